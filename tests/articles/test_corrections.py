"""How a story was corrected: notes as records of their kind, where readers see them, the public
corrections page and its feeds, and "Updated" only for a change readers were told of (issue #14)."""

from datetime import timedelta

import pytest
from defusedxml import ElementTree
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Correction
from tests.editorial.conftest import article_edit_data, make_staff
from tests.factories import make_article
from tests.structured_data import story_data

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def note(article, kind=Correction.Kind.CORRECTION, **fields):
    fields = {
        "note": "The vote was 7–2, not 8–1.",
        "created_at": timezone.now() - timedelta(minutes=5),
    } | fields
    return Correction.objects.create(article=article, kind=kind, **fields)


def story_page(client, article):
    return client.get(article.get_absolute_url()).content.decode()


def test_a_serious_correction_comes_before_the_story_and_the_others_after(client):
    article = make_article(body="<p>The council voted on Tuesday.</p>")
    serious = note(article, at_top=True, note="We wrongly named the mayor.")
    later = note(article, kind=Correction.Kind.UPDATE, note="The mayor has since replied.")
    page = story_page(client, article)
    body_at = page.index("The council voted on Tuesday.")
    assert page.index(f'id="correction-{serious.pk}"') < body_at < page.index(f'id="correction-{later.pk}"')


def test_a_save_without_a_note_is_not_an_update(client):
    article = make_article(published_at=timezone.now() - timedelta(days=1))
    article.body = "<p>A typo fixed.</p>"
    article.save()
    assert ">Updated<" not in story_page(client, article).replace(" <time", "<")
    note(article, kind=Correction.Kind.UPDATE)
    article.refresh_from_db()
    assert article.was_updated and "Updated" in story_page(client, article)


def test_structured_data_carries_corrections_and_clarifications_not_updates(client):
    article = make_article()
    note(article, note="Wrong figure.")
    note(article, kind=Correction.Kind.CLARIFICATION, note="We meant the old bridge.")
    note(article, kind=Correction.Kind.UPDATE, note="Now with the minister's reply.")
    page = story_page(client, article)
    data = story_data(page)
    assert [comment["text"] for comment in data["correction"]] == [
        "Wrong figure.",
        "We meant the old bridge.",
    ]


def test_the_corrections_page_lists_every_public_note_newest_first_with_its_story(client):
    older = note(make_article(headline="Bridge vote"), created_at=timezone.now() - timedelta(days=2))
    newer = note(
        make_article(headline="Ferry fares"), kind=Correction.Kind.CLARIFICATION, note="Fares, not fees."
    )
    note(make_article(headline="Secret draft", status=Article.Status.DRAFT), note="Never shown.")
    page = client.get(reverse("articles:corrections")).content.decode()
    assert page.index("Ferry fares") < page.index("Bridge vote")
    assert f'href="{newer.get_absolute_url()}"' in page and f'href="{older.get_absolute_url()}"' in page
    assert "Clarification" in page and "Fares, not fees." in page
    assert "Secret draft" not in page and "Never shown." not in page


@pytest.mark.usefixtures("uncached_pages")
def test_the_corrections_page_is_paginated_in_a_fixed_number_of_queries(client, django_assert_num_queries):
    article = make_article()
    for minutes in range(25):
        note(article, created_at=timezone.now() - timedelta(minutes=minutes + 1))
    # The notes' count for the paginator, the page's notes with their stories, the site's sections.
    with django_assert_num_queries(3):
        first = client.get(reverse("articles:corrections"))
    assert first.content.decode().count('class="correction-log__entry"') == 20
    second = client.get(reverse("articles:corrections"), {"page": 2}).content.decode()
    assert second.count('class="correction-log__entry"') == 5


def test_corrections_have_an_rss_and_an_atom_feed(client):
    correction = note(make_article(headline="Bridge vote"))
    rss = ElementTree.fromstring(client.get(reverse("articles:corrections_feed")).content)
    item = rss.find("./channel/item")
    assert item.findtext("title") == "Correction: Bridge vote"
    assert item.findtext("link").endswith(correction.get_absolute_url())
    assert item.findtext("description") == "The vote was 7–2, not 8–1."
    atom = ElementTree.fromstring(client.get(reverse("articles:corrections_feed_atom")).content)
    assert atom.find(f"{ATOM}entry/{ATOM}title").text == "Correction: Bridge vote"


def test_every_page_links_to_the_corrections(client):
    page = client.get(reverse("articles:home")).content.decode()
    assert f'href="{reverse("articles:corrections")}"' in page


def test_a_new_correction_shows_at_once_with_the_page_cache_on(settings):
    settings.PAGE_CACHE = True
    article = make_article(headline="Bridge vote")
    reader = Client()
    reader.get(reverse("articles:corrections"))
    note(article, note="The bridge is 300 metres long, not 200.")
    assert "300 metres" in reader.get(reverse("articles:corrections")).content.decode()


class TestTheAdminAsksWhetherReadersNeedANote:
    @pytest.fixture
    def editor(self, client):
        client.force_login(make_staff("Editor"))
        return client

    @staticmethod
    def edit(client, article, **changes):
        return client.post(
            reverse("admin:articles_article_change", args=[article.pk]), article_edit_data(article, **changes)
        )

    def test_changing_a_public_storys_text_needs_an_answer(self, editor):
        article = make_article(body="<p>The vote was 8–1.</p>")
        response = self.edit(editor, article, body="<p>The vote was 7–2.</p>")
        assert response.status_code == 200
        assert response.context["adminform"].form.errors["change_note_kind"] == [
            "This story is public: say whether readers need a note about this change."
        ]
        assert "The vote was 7–2." in response.content.decode()  # what was typed is kept
        assert Article.objects.get().body == "<p>The vote was 8–1.</p>"

    def test_a_typo_fix_saves_with_no_note_and_no_update(self, editor, client):
        article = make_article(
            body="<p>The vote was on Teusday.</p>", published_at=timezone.now() - timedelta(days=1)
        )
        assert (
            self.edit(
                editor, article, body="<p>The vote was on Tuesday.</p>", change_note_kind="none"
            ).status_code
            == 302
        )
        article.refresh_from_db()
        assert article.body == "<p>The vote was on Tuesday.</p>" and not article.was_updated
        assert not article.corrections.exists()

    def test_an_answered_correction_is_published_with_the_change(self, editor):
        article = make_article(
            body="<p>The vote was 8–1.</p>", published_at=timezone.now() - timedelta(days=1)
        )
        response = self.edit(
            editor,
            article,
            body="<p>The vote was 7–2.</p>",
            change_note_kind="correction",
            change_note="An earlier version gave the wrong result of the vote.",
            change_note_at_top="on",
        )
        assert response.status_code == 302
        correction = article.corrections.get()
        assert (correction.kind, correction.at_top) == ("correction", True)
        article.refresh_from_db()
        assert article.was_updated

    def test_a_note_kind_without_its_text_is_refused_beside_the_note(self, editor):
        article = make_article(body="<p>The vote was 8–1.</p>")
        response = self.edit(editor, article, body="<p>The vote was 7–2.</p>", change_note_kind="update")
        assert response.context["adminform"].form.errors["change_note"] == [
            "Write the note readers will see."
        ]

    def test_a_draft_is_edited_without_the_question(self, editor):
        article = make_article(status=Article.Status.DRAFT, body="<p>First go.</p>")
        response = self.edit(editor, article, body="<p>Second go.</p>", status="draft")
        assert response.status_code == 302
        assert (
            "change_note_kind"
            not in editor.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
        )


class TestCorrectingIsItsOwnRight:
    """Telling readers of a change is the `correct_article` permission, which Editors hold; the admin
    shows who published, retracted and corrected a story, and when."""

    @pytest.fixture
    def publisher_only(self, client):
        """Someone who may publish and edit every story, but not add notes to readers."""
        user = make_staff("Editor")
        user.groups.clear()
        names = ["change_article", "view_article", "publish_article", "add_correction", "change_correction"]
        user.user_permissions.set(Permission.objects.filter(codename__in=names))
        client.force_login(user)
        return client

    def test_without_the_right_only_a_typo_fix_may_be_saved(self, publisher_only):
        article = make_article(body="<p>The vote was 8–1.</p>")
        response = publisher_only.post(
            reverse("admin:articles_article_change", args=[article.pk]),
            article_edit_data(
                article, body="<p>The vote was 7–2.</p>", change_note_kind="correction", change_note="Fixed."
            ),
        )
        assert response.status_code == 200
        assert "change_note_kind" in response.context["adminform"].form.errors
        assert not article.corrections.exists()

    def test_without_the_right_no_note_can_be_added_below_the_story(self, publisher_only):
        article = make_article(body="<p>The vote was 8–1.</p>")
        change_page = reverse("admin:articles_article_change", args=[article.pk])
        data = article_edit_data(article) | {
            "corrections-TOTAL_FORMS": "1",
            "corrections-0-kind": "correction",
            "corrections-0-note": "Slipped in.",
            "corrections-0-created_at_0": "2026-12-01",
            "corrections-0-created_at_1": "10:00:00",
        }
        publisher_only.post(change_page, data)
        assert not article.corrections.exists()
        assert 'name="corrections-0-note"' not in publisher_only.get(change_page).content.decode()

    def test_editors_hold_the_right_and_their_notes_name_them(self, client):
        editor = make_staff("Editor", first_name="Vera", last_name="Lind")
        client.force_login(editor)
        article = make_article(
            body="<p>The vote was 8–1.</p>", published_at=timezone.now() - timedelta(days=1)
        )
        response = client.post(
            reverse("admin:articles_article_change", args=[article.pk]),
            article_edit_data(
                article,
                body="<p>The vote was 7–2.</p>",
                change_note_kind="correction",
                change_note="An earlier version gave the wrong result.",
            ),
        )
        assert response.status_code == 302
        assert article.corrections.get().created_by == editor
        page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
        assert "Correction: Vera Lind," in page

    def test_the_admin_shows_who_published_and_who_retracted(self, client):
        editor = make_staff("Editor", first_name="Omar", last_name="Haddad")
        client.force_login(editor)
        article = make_article(status=Article.Status.DRAFT)
        data = article_edit_data(article, status="published")
        assert (
            client.post(reverse("admin:articles_article_change", args=[article.pk]), data).status_code == 302
        )
        article.refresh_from_db()
        data = article_edit_data(article, status="retracted", retraction_note="The source withdrew.")
        assert (
            client.post(reverse("admin:articles_article_change", args=[article.pk]), data).status_code == 302
        )
        page = client.get(reverse("admin:articles_article_change", args=[article.pk])).content.decode()
        record = page[page.index('class="workflow-record"') :]
        assert record.index("Published: Omar Haddad,") < record.index("Retracted: Omar Haddad,")


def test_how_we_reported_this_ends_the_story_with_its_sources(client):
    article = make_article(
        backstory="We read the draft plan and asked the harbour authority, which replied in writing.",
        sources="Draft harbour plan, March 2026\nAuthority's reply https://harbour.example.org/reply\njavascript:alert(1)",
    )
    page = story_page(client, article)
    assert "How we reported this" in page and "replied in writing" in page
    assert '<a href="https://harbour.example.org/reply" rel="noopener">Authority&#x27;s reply</a>' in page
    assert "<li>Draft harbour plan, March 2026</li>" in page
    assert 'href="javascript' not in page
    data = story_data(page)
    assert data["backstory"].startswith("We read the draft plan")
    assert data["citation"][1] == {
        "@type": "CreativeWork",
        "name": "Authority's reply",
        "url": "https://harbour.example.org/reply",
    }
