import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from live.models import Coverage, Entry
from tests.editorial.conftest import make_staff
from tests.editorial.pictures import picture_bytes
from tests.factories import make_article, make_author, make_entry, make_live_article, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = make_staff("Editor")
    client.force_login(user)
    return user


def add_url(article):
    return reverse("admin:live_coverage_add_entry", args=[article.pk])


def test_the_live_articles_admin_page_has_the_quick_form(client, editor):
    article = make_live_article()
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert 'id="live-entry-form"' in html and add_url(article) in html
    assert "js/admin/live-entry.js" in html
    # Its own form, outside the article's: posting it never submits the article.
    assert html.index('id="live-entry-form"') < html.index('id="article_form"')


def test_an_article_that_is_not_live_has_no_quick_form(client, editor):
    article = make_article()
    html = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
    assert "live-entry-form" not in html


def test_posting_with_javascript_answers_json_and_the_entry_is_live(client, editor):
    article = make_live_article()
    author = make_author()
    response = client.post(
        add_url(article),
        {"live-title": "Port closed", "live-body": "No ships in or out.\n\nThe harbour master spoke at noon.",
         "live-authors": [author.pk], "live-is_key_event": "on"},
        HTTP_ACCEPT="application/json",
    )  # fmt: skip
    assert response.status_code == 200
    entry = Entry.objects.get(pk=response.json()["id"])
    assert entry.body == "<p>No ships in or out.</p>\n<p>The harbour master spoke at noon.</p>"
    assert entry.is_key_event and list(entry.authors.all()) == [author]
    assert entry.coverage.article == article


def test_posting_without_javascript_returns_to_the_article(client, editor):
    article = make_live_article()
    response = client.post(add_url(article), {"live-body": "The tram is still running."})
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:articles_article_change", args=[article.pk])
    assert Entry.objects.filter(coverage__article=article).count() == 1


def test_an_empty_update_is_refused_beside_its_field_keeping_what_was_typed(client, editor):
    article = make_live_article()
    response = client.post(add_url(article), {"live-title": "Port closed", "live-body": "<p> </p>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Write the update." in html and 'value="Port closed"' in html
    assert not Entry.objects.exists()
    as_json = client.post(add_url(article), {"live-body": ""}, HTTP_ACCEPT="application/json")
    assert as_json.status_code == 400 and "body" in as_json.json()["errors"]


def picture():
    return SimpleUploadedFile("waves.jpg", picture_bytes(), content_type="image/jpeg")


def test_an_image_needs_its_alt_text(client, editor):
    article = make_live_article()
    response = client.post(
        add_url(article), {"live-body": "Waves over the wall.", "live-image_file": picture()},
        HTTP_ACCEPT="application/json",
    )  # fmt: skip
    assert response.status_code == 400 and "image_alt" in response.json()["errors"]
    client.post(
        add_url(article),
        {
            "live-body": "Waves over the wall.",
            "live-image_file": picture(),
            "live-image_alt": "Spray over the harbour wall",
        },
        HTTP_ACCEPT="application/json",
    )
    entry = Entry.objects.get()
    assert entry.image.alt_text == "Spray over the harbour wall" and entry.image.renditions


def test_a_reader_or_an_author_of_other_stories_cannot_post(client):
    article = make_live_article()
    client.force_login(make_user())
    assert client.post(add_url(article), {"live-body": "Hello"}).status_code == 302  # to the admin's login
    client.force_login(make_staff("Author"))
    assert client.post(add_url(article), {"live-body": "Hello"}).status_code == 403
    assert not Entry.objects.exists()


def test_an_entry_becomes_a_draft_article_that_links_back(client, editor):
    article = make_live_article()
    reporter = make_author()
    entry = make_entry(article, title="Port closed for the night", authors=[reporter])
    response = client.post(
        reverse("admin:live_entry_changelist"),
        {"action": "make_draft_articles", ACTION_CHECKBOX_NAME: [entry.pk]},
    )
    assert response.status_code == 302
    draft = Article.objects.get(headline="Port closed for the night")
    assert draft.status == Article.Status.DRAFT
    assert draft.section == article.section and draft.byline_authors == [reporter]
    assert entry.get_absolute_url() in draft.body


def test_ending_the_coverage_in_the_admin_records_when(client, editor):
    article = make_live_article()
    coverage = Coverage.objects.get(article=article)
    data = {
        "article": article.pk, "started_at_0": "", "started_at_1": "", "is_closed": "on",
        "summary": "The storm has passed.",
        "entries-TOTAL_FORMS": 0, "entries-INITIAL_FORMS": 0,
    }  # fmt: skip
    response = client.post(reverse("admin:live_coverage_change", args=[coverage.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    coverage.refresh_from_db()
    assert coverage.is_closed and coverage.closed_at and coverage.summary == "The storm has passed."


def test_an_author_sees_only_the_updates_of_their_own_stories(client):
    author = make_staff("Author")
    own = make_live_article(authors=[author.author_profile])
    make_entry(own, title="On my own story")
    make_entry(make_live_article(), title="On a colleague's story")
    client.force_login(author)
    html = client.get(reverse("admin:live_entry_changelist")).content.decode()
    assert "On my own story" in html and "On a colleague's story" not in html
    response = client.post(add_url(own), {"live-body": "From the quay."})
    assert response.status_code == 302 and Entry.objects.filter(coverage__article=own).count() == 2
