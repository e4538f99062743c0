import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.models import Article
from tests.editorial.conftest import article_form_data
from tests.factories import make_article

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_article_changelist"


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def own_article(user, **overrides):
    return make_article(authors=[user.author_profile], **overrides)


def test_roles_are_created_by_the_migration_with_their_rights():
    author, editor, moderator = (Group.objects.get(name=name) for name in ["Author", "Editor", "Moderator"])
    author_rights = set(author.permissions.values_list("codename", flat=True))
    editor_rights = set(editor.permissions.values_list("codename", flat=True))
    assert {"add_article", "change_article", "add_image"} <= author_rights
    assert "publish_article" not in author_rights
    assert "delete_article" not in author_rights
    assert {
        "publish_article",
        "change_section",
        "change_tag",
        "change_author",
        "add_correction",
    } <= editor_rights
    assert not moderator.permissions.filter(content_type__app_label="articles").exists()


def test_author_lists_only_own_articles(client, author_user):
    mine = own_article(author_user, status=Article.Status.DRAFT)
    make_article(status=Article.Status.DRAFT, headline="A colleague's draft")
    client.force_login(author_user)
    response = client.get(reverse(CHANGELIST))
    assert list(response.context["cl"].result_list) == [mine]
    assert "A colleague&#x27;s draft" not in response.content.decode()


def test_author_cannot_open_or_post_to_a_colleagues_draft(client, author_user, section):
    theirs = make_article(status=Article.Status.DRAFT, headline="Theirs")
    client.force_login(author_user)
    assert client.get(change_url(theirs)).status_code == 302  # "doesn't exist", back to the index
    client.post(change_url(theirs), article_form_data(section, headline="Hijacked"))
    theirs.refresh_from_db()
    assert theirs.headline == "Theirs"


def test_author_writes_a_draft_that_carries_their_byline(client, author_user, section):
    client.force_login(author_user)
    response = client.post(reverse("admin:articles_article_add"), article_form_data(section))
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert article.byline_authors == [author_user.author_profile]


def test_author_form_offers_no_publish_choice(client, author_user):
    client.force_login(author_user)
    response = client.get(reverse("admin:articles_article_add"))
    choices = [value for value, _ in response.context["adminform"].form.fields["status"].choices]
    assert sorted(choices) == ["draft", "pending"]
    assert "published_at" not in response.context["adminform"].form.fields


def test_author_forged_publish_post_is_refused(client, author_user, section):
    article = own_article(author_user, status=Article.Status.DRAFT, section=section)
    client.force_login(author_user)
    response = client.post(change_url(article), article_form_data(section, status="published"))
    assert response.status_code == 200
    assert "Select a valid choice" in str(response.context["adminform"].form.errors["status"])
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert not Article.objects.published().filter(pk=article.pk).exists()


def test_author_forged_publish_action_is_refused(client, author_user):
    article = own_article(author_user, status=Article.Status.PENDING)
    client.force_login(author_user)
    changelist = client.get(reverse(CHANGELIST))
    assert "publish" not in dict(changelist.context["action_form"].fields["action"].choices)
    client.post(reverse(CHANGELIST), {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.PENDING


def test_author_submits_own_draft_for_review(client, author_user):
    article = own_article(author_user, status=Article.Status.DRAFT)
    client.force_login(author_user)
    client.post(reverse(CHANGELIST), {"action": "submit_for_review", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.PENDING


def test_author_cannot_edit_own_published_article(client, author_user, section):
    article = own_article(author_user, section=section, headline="As published")
    client.force_login(author_user)
    response = client.get(change_url(article))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert client.post(change_url(article), article_form_data(section)).status_code == 403
    article.refresh_from_db()
    assert article.headline == "As published"


def test_author_cannot_delete(client, author_user):
    article = own_article(author_user, status=Article.Status.DRAFT)
    client.force_login(author_user)
    response = client.post(reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


def test_editor_sees_every_article_and_publishes_with_the_action(client, editor_user):
    pending = make_article(status=Article.Status.PENDING, published_at=None)
    client.force_login(editor_user)
    assert pending in client.get(reverse(CHANGELIST)).context["cl"].result_list
    client.post(reverse(CHANGELIST), {"action": "publish", "_selected_action": [pending.pk]})
    pending.refresh_from_db()
    assert pending.is_published()


def test_editor_unpublishes_and_the_page_is_gone(client, editor_user):
    article = make_article()
    url = article.get_absolute_url()
    client.force_login(editor_user)
    client.post(reverse(CHANGELIST), {"action": "unpublish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.UNPUBLISHED
    client.logout()
    assert client.get(url).status_code == 404


def test_editor_manages_sections_tags_and_authors(client, editor_user):
    client.force_login(editor_user)
    for model in ["section", "tag", "author"]:
        assert client.get(reverse(f"admin:articles_{model}_add")).status_code == 200


def test_author_cannot_manage_sections(client, author_user):
    client.force_login(author_user)
    assert client.get(reverse("admin:articles_section_add")).status_code == 403
    response = client.post(reverse("admin:articles_section_add"), {"name": "Forged", "slug": "forged"})
    assert response.status_code == 403


def test_moderator_has_no_article_rights(client, moderator_user):
    article = make_article(status=Article.Status.DRAFT)
    client.force_login(moderator_user)
    assert client.get(reverse(CHANGELIST)).status_code == 403
    assert client.get(change_url(article)).status_code == 403
    assert (
        client.post(reverse(CHANGELIST), {"action": "publish", "_selected_action": [article.pk]}).status_code
        == 403
    )


def test_admin_rule_authors_see_their_own_and_change_their_unpublished(author_user, editor_user):
    own_draft = own_article(author_user, status=Article.Status.DRAFT)
    own_pending = own_article(author_user, status=Article.Status.PENDING)
    own_published = own_article(author_user)
    colleagues = make_article(status=Article.Status.DRAFT)
    assert set(Article.objects.visible_to(author_user)) == {own_draft, own_pending, own_published}
    assert set(Article.objects.editable_by(author_user)) == {own_draft, own_pending}
    everything = {own_draft, own_pending, own_published, colleagues}
    assert (
        set(Article.objects.visible_to(editor_user))
        == set(Article.objects.editable_by(editor_user))
        == everything
    )


def test_comments_app_grants_its_own_rights_to_moderator_and_editor():
    moderator, editor = (Group.objects.get(name=name) for name in ["Moderator", "Editor"])
    moderator_rights = set(moderator.permissions.values_list("content_type__app_label", "codename"))
    editor_rights = set(editor.permissions.values_list("content_type__app_label", "codename"))
    assert {("comments", "change_comment"), ("comments", "view_discussionsettings")} <= moderator_rights
    assert ("comments", "change_discussionsettings") not in moderator_rights
    assert ("comments", "change_discussionsettings") in editor_rights
