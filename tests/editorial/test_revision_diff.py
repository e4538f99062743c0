import pytest
from django.urls import reverse

from articles.models import Article
from tests.editorial.conftest import article_form_data
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


def compare_url(article, older, newer):
    url = reverse("admin:articles_article_compare", args=[article.pk])
    return f"{url}?older={older.history_id}&newer={newer.history_id}"


def edit(article, **changes):
    for name, value in changes.items():
        setattr(article, name, value)
    article.save()
    return article.history.first()


def test_diff_shows_each_changed_field_before_and_after(client, editor_user):
    article = make_article(headline="Ferry fares rise", body="<p>Fares rise in May.</p>")
    first = article.history.first()
    edit(article, headline="Ferry fares rise again", body="<p>Fares rise in May.</p>")
    latest = edit(article, section=make_section(name="Harbour"), status=Article.Status.UNPUBLISHED)
    client.force_login(editor_user)
    response = client.get(compare_url(article, first, latest))
    assert response.status_code == 200
    changes = {change.label: (change.old, change.new) for change in response.context["changes"]}
    assert changes["Headline"] == ("Ferry fares rise", "Ferry fares rise again")
    assert changes["Status"] == ("Published", "Unpublished")
    assert changes["Section"][1] == "Harbour"
    assert "Body" not in changes


def test_body_diff_marks_inserted_and_deleted_words(client, editor_user):
    article = make_article(body="<p>The ferry leaves at nine.</p><p>Tickets cost five euros.</p>")
    first = article.history.first()
    latest = edit(
        article, body="<p>The ferry leaves at ten.</p><p>Tickets cost five euros.</p><p>New line.</p>"
    )
    client.force_login(editor_user)
    html = client.get(compare_url(article, first, latest)).content.decode()
    assert "leaves at <del>nine.</del><ins>ten.</ins>" in html
    assert "<ins>New line.</ins>" in html
    assert "Tickets cost five euros." not in html  # unchanged lines are left out


def test_body_diff_escapes_what_editors_typed(client, editor_user):
    article = make_article(body="<p>Plain.</p>")
    first = article.history.first()
    latest = edit(article, body="<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>")
    client.force_login(editor_user)
    html = client.get(compare_url(article, first, latest)).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_revisions_compare_in_either_order(client, editor_user):
    article = make_article(headline="One")
    first = article.history.first()
    latest = edit(article, headline="Two")
    client.force_login(editor_user)
    response = client.get(compare_url(article, latest, first))
    assert response.context["older"] == first
    assert response.context["changes"][0].new == "Two"


def test_compare_links_to_restoring_the_older_revision(client, editor_user, section):
    article = make_article(headline="Original", section=section)
    first = article.history.first()
    latest = edit(article, headline="Botched edit")
    client.force_login(editor_user)
    response = client.get(compare_url(article, first, latest))
    restore_url = reverse("admin:articles_article_simple_history", args=[article.pk, first.history_id])
    assert f'href="{restore_url}"' in response.content.decode()
    data = article_form_data(
        section,
        headline="Original",
        slug=article.slug,
        status="published",
        published_at_0=f"{article.published_at:%Y-%m-%d}",
        published_at_1=f"{article.published_at:%H:%M:%S}",
        change_note_kind="none",
    )
    assert client.post(restore_url, data).status_code == 302
    article.refresh_from_db()
    assert article.headline == "Original"
    assert article.history.count() == 3


def test_history_page_offers_the_comparison_form(client, editor_user):
    article = make_article()
    edit(article, headline="Changed")
    client.force_login(editor_user)
    response = client.get(reverse("admin:articles_article_history", args=[article.pk]))
    html = response.content.decode()
    assert reverse("admin:articles_article_compare", args=[article.pk]) in html
    assert '<label for="id_older">Compare revision:</label>' in html


def test_revision_of_another_article_is_refused_with_a_message(client, editor_user):
    article, other = make_article(), make_article()
    client.force_login(editor_user)
    response = client.get(compare_url(article, article.history.first(), other.history.first()))
    assert response.status_code == 200
    assert response.context["changes"] is None
    assert "Choose one of this article&#x27;s revisions." in response.content.decode()


def test_authors_cannot_compare_colleagues_articles(client, author_user):
    article = make_article()
    client.force_login(author_user)
    response = client.get(compare_url(article, article.history.first(), article.history.first()))
    assert response.status_code == 404
