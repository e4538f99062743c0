import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.urls import reverse

from articles.models import Article, Author
from tests.factories import make_section, make_user

pytestmark = pytest.mark.django_db

QUICK_DRAFT = reverse("admin:quick_draft")


def draft_data(section, **overrides):
    return {
        "headline": "Tram line to the harbour gets a date",
        "section": section.pk,
        "notes": "The council will vote in March.\r\n\r\nWork could start in the autumn.",
    } | overrides


def test_a_quick_draft_becomes_a_draft_with_the_writers_byline(client, author_user):
    section = make_section()
    client.force_login(author_user)
    response = client.post(QUICK_DRAFT, draft_data(section), follow=True)
    article = Article.objects.get()
    assert response.redirect_chain == [(reverse("admin:index"), 302)]
    assert (article.status, article.section, article.headline) == (
        Article.Status.DRAFT, section, "Tram line to the harbour gets a date"
    )  # fmt: skip
    assert article.body == "<p>The council will vote in March.</p>\n<p>Work could start in the autumn.</p>"
    assert article.byline_authors == [author_user.author_profile]
    assert article.slug == "tram-line-to-the-harbour-gets-a-date"
    page = response.content.decode()
    assert "Draft “Tram line to the harbour gets a date” saved." in page
    assert reverse("admin:articles_article_change", args=[article.pk]) in page
    assert article in response.context["dashboard"]["drafts"]
    assert LogEntry.objects.get().get_edited_object() == article


def test_an_editor_without_a_profile_gets_one(client):
    from django.contrib.auth.models import Group

    editor = make_user(is_staff=True, first_name="Ines", last_name="Berg")
    editor.groups.add(Group.objects.get(name="Editor"))
    client.force_login(editor)
    client.post(QUICK_DRAFT, draft_data(make_section()))
    assert Article.objects.get().byline_authors == [Author.objects.get(user=editor)]
    assert Author.objects.get(user=editor).name == "Ines Berg"


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("headline", "   ", "Give the draft a headline."),
        ("notes", "", "Write a line or two to start the story with."),
        ("section", "", "Choose the section the story belongs in."),
        ("section", "999999", "Choose one of the sections in the list."),
    ],
)
def test_a_refused_draft_keeps_what_was_typed_with_the_error_beside_its_field(
    client, author_user, field, value, error
):
    section = make_section()
    client.force_login(author_user)
    data = draft_data(section) | {field: value}
    response = client.post(QUICK_DRAFT, data)
    assert response.status_code == 200
    assert not Article.objects.exists()
    form = response.context["dashboard"]["quick_draft_form"]
    assert form.errors == {field: [error]}
    page = response.content.decode()
    assert f'<ul class="errorlist" id="id_{field}_error"><li>{error}</li></ul>' in page
    assert 'aria-invalid="true"' in page
    if field != "headline":
        assert 'value="Tram line to the harbour gets a date"' in page
    if field != "notes":
        assert "Work could start in the autumn." in page


def test_a_moderator_may_not_write_drafts(client, moderator_user):
    client.force_login(moderator_user)
    assert client.post(QUICK_DRAFT, draft_data(make_section())).status_code == 403
    assert not Article.objects.exists()
    assert 'id="quick-draft"' not in client.get(reverse("admin:index")).content.decode()


def test_quick_draft_takes_posts_only(client, author_user):
    client.force_login(author_user)
    assert client.get(QUICK_DRAFT).status_code == 405


def test_quick_draft_needs_the_forms_csrf_token(author_user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(author_user)
    assert client.post(QUICK_DRAFT, draft_data(make_section())).status_code == 403
    page = client.get(reverse("admin:index")).content.decode()
    assert 'name="csrfmiddlewaretoken"' in page[page.index('id="quick-draft"') :]
    assert not Article.objects.exists()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.post(QUICK_DRAFT, draft_data(make_section()))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
    assert not Article.objects.exists()
