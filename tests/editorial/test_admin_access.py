"""One rule for every admin view of an article: an author sees only their own articles and changes only
their own drafts and pending ones, judged on the article as stored, never on a revision being restored.

The walks below take their URLs from the article admin and the admin site themselves, so a URL added
later is covered without touching this file."""

import re
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import URLPattern, reverse
from django.urls.resolvers import RoutePattern

from articles import presence
from articles.models import Article
from tests.editorial.conftest import article_form_data, make_staff
from tests.factories import make_article

pytestmark = pytest.mark.django_db

SECRET_HEADLINE = "Harbour authority plans quiet takeover"
SECRET_SLUG = "harbour-authority-plans-quiet-takeover"
SECRET_BODY = "Three board members confirmed the plan off the record"


def revise(article, **changes):
    for name, value in changes.items():
        setattr(article, name, value)
    article.save()
    return article


def colleagues_article(status):
    """A colleague's article with two revisions, the newest carrying the secret headline and body."""
    colleague = make_staff("Author")
    article = make_article(
        authors=[colleague.author_profile], status=status, headline="First go", slug=SECRET_SLUG
    )
    return revise(article, headline=SECRET_HEADLINE, body=f"<p>{SECRET_BODY}.</p>")


def url_parameters(article):
    """What each URL parameter of the article admin stands for, by position."""
    older, newer = article.history.order_by("history_id")[:2]
    return [str(article.pk), str(older.history_id)], f"?older={older.history_id}&newer={newer.history_id}"


def filled(pattern, values):
    """The path of one of the article admin's URL patterns, its parameters filled from `values`."""
    values = iter(values)
    if isinstance(pattern.pattern, RoutePattern):
        route = str(pattern.pattern)
        names = re.findall(r"<(?:\w+:)?(\w+)>", route)
        assert set(names) <= {"object_id"}, f"teach this walk what {names} means in {route}"
        return re.sub(r"<(?:\w+:)?\w+>", lambda _: next(values), route)
    regex = str(pattern.pattern).strip("^$")
    return re.sub(r"\([^)]*\)", lambda _: next(values), regex)


def article_admin_urls(article):
    """(url, is about one article) for every URL the article admin serves, plus the admin site's
    "view on site" for the article and an autocomplete for every field that chooses articles."""
    values, revisions_query = url_parameters(article)
    base = reverse("admin:articles_article_changelist")
    urls = []
    for pattern in admin.site._registry[Article].get_urls():
        assert isinstance(pattern, URLPattern)
        path = base + filled(pattern, values)
        about_one = "(" in str(pattern.pattern) or "<" in str(pattern.pattern)
        urls += [(path, about_one), (path + revisions_query, about_one)]
    content_type = ContentType.objects.get_for_model(Article)
    urls.append((reverse("admin:view_on_site", args=[content_type.pk, article.pk]), True))
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if field.concrete and field.is_relation and field.related_model is Article:
                query = f"?app_label={model._meta.app_label}&model_name={model._meta.model_name}"
                query += f"&field_name={field.name}"
                urls += [
                    (reverse("admin:autocomplete") + query, False),
                    (reverse("admin:autocomplete") + query + "&term=Harbour", False),
                ]
    return urls


def leaks(response, article):
    """What of the article a response gives away: its headline, body, address, or its id in a choice."""
    text = response.content.decode() + response.headers.get("Location", "")
    found = [secret for secret in [SECRET_HEADLINE, SECRET_BODY, SECRET_SLUG] if secret in text]
    if response.headers.get("Content-Type", "").startswith("application/json"):
        found += [
            f"id {article.pk}"
            for result in response.json().get("results", [])
            if result["id"] == str(article.pk)
        ]
    return found


def refusal_problem(client, url, about_one, article):
    """Why the response to GET `url` is not a refusal that gives nothing away; None when it is."""
    response = client.get(url)
    for _ in range(3):  # /<id>/ answers with a redirect to /<id>/change/: follow the admin's own hops
        location = urlsplit(response.headers.get("Location", "")).path
        if response.status_code != 302 or not location.startswith(
            reverse("admin:articles_article_changelist") + f"{article.pk}/"
        ):
            break
        if found := leaks(response, article):
            return f"{response.status_code} leaks {found}"
        response = client.get(location)
    if found := leaks(response, article):
        return f"{response.status_code} leaks {found}"
    location = urlsplit(response.headers.get("Location", "")).path
    refused = response.status_code in (403, 404) or (
        response.status_code == 302
        and location
        in {reverse("admin:index"), reverse("admin:login"), reverse("admin:articles_article_changelist")}
    )
    if refused or (response.status_code == 200 and not about_one):
        return None
    return f"answered {response.status_code} {location}"


def stored(article):
    article.refresh_from_db()
    return article.headline, article.status, article.body, article.slug


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.PUBLISHED])
def test_author_gets_nothing_of_a_colleagues_article_from_any_admin_url(client, author_user, status):
    article = colleagues_article(status)
    client.force_login(author_user)
    problems = {}
    for url, about_one in article_admin_urls(article):
        if problem := refusal_problem(client, url, about_one, article):
            problems[url] = problem
    assert problems == {}


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.PUBLISHED])
def test_author_changes_nothing_of_a_colleagues_article_by_posting_to_any_admin_url(
    client, author_user, section, status
):
    article = colleagues_article(status)
    before = stored(article)
    revisions = article.history.count()
    client.force_login(author_user)
    # A valid form for an author: a draft (which takes a published story off the site) with a new headline.
    forged = article_form_data(
        section, headline="Hijacked", slug="hijacked", body="<p>Hijacked.</p>", post="yes"
    )
    model_admin = admin.site._registry[Article]
    actions = [name for _, name, _ in model_admin._get_base_actions()]
    problems = {}
    for url, _about_one in article_admin_urls(article):
        posts = [forged]
        if urlsplit(url).path == reverse("admin:articles_article_changelist"):
            posts += [
                {"action": action, "_selected_action": [article.pk], "post": "yes"} for action in actions
            ]
        for data in posts:
            response = client.post(url, data)
            if found := leaks(response, article):
                problems[f"{url} {data.get('action', '')}"] = f"{response.status_code} leaks {found}"
    assert problems == {}
    assert stored(article) == before
    assert article.history.count() == revisions
    assert presence.others_editing(article.pk, make_staff("Editor")) == []


def test_author_reaches_and_restores_every_revision_of_their_own_draft(client, author_user, section):
    """Judged on the draft as stored: a revision from when an editor had published it is restorable too."""
    article = make_article(authors=[author_user.author_profile], headline="Published once", section=section)
    revise(article, headline="Back to a draft", status=Article.Status.DRAFT)
    published_revision = article.history.order_by("history_id").first()
    client.force_login(author_user)
    for name in ["change", "history", "compare", "editing"]:
        assert client.get(reverse(f"admin:articles_article_{name}", args=[article.pk])).status_code == 200
    view_on_site = reverse(
        "admin:view_on_site", args=[ContentType.objects.get_for_model(Article).pk, article.pk]
    )
    assert client.get(view_on_site).status_code == 302
    autocomplete = reverse("admin:autocomplete") + "?app_label=comments&model_name=comment&field_name=article"
    assert [result["id"] for result in client.get(autocomplete).json()["results"]] == [str(article.pk)]
    revert_url = reverse("admin:articles_article_simple_history", args=[article.pk, published_revision.pk])
    assert client.get(revert_url).context["revert_disabled"] is False
    response = client.post(
        revert_url, article_form_data(section, headline="Published once", slug=article.slug)
    )
    assert response.status_code == 302
    assert stored(article)[:2] == ("Published once", Article.Status.DRAFT)


def test_author_cannot_restore_a_draft_revision_over_their_own_published_article(
    client, author_user, section
):
    article = make_article(
        authors=[author_user.author_profile], status=Article.Status.DRAFT, headline="Draft", section=section
    )
    draft_revision = article.history.get()
    revise(article, headline="As published", status=Article.Status.PUBLISHED)
    client.force_login(author_user)
    revert_url = reverse("admin:articles_article_simple_history", args=[article.pk, draft_revision.pk])
    assert client.get(revert_url).context["revert_disabled"] is True
    data = article_form_data(section, headline="Draft", slug=article.slug, change_note_kind="none")
    response = client.post(revert_url, data)
    assert response.status_code == 403
    assert stored(article)[:2] == ("As published", Article.Status.PUBLISHED)
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_view_on_site_is_refused_for_articles_the_user_may_not_see(client, author_user):
    article = colleagues_article(Article.Status.DRAFT)
    url = reverse("admin:view_on_site", args=[ContentType.objects.get_for_model(Article).pk, article.pk])
    client.force_login(author_user)
    assert client.get(url).status_code == 404
    client.force_login(make_staff("Editor"))
    assert client.get(url).status_code == 302


def test_editor_opens_restores_and_deletes_a_colleagues_draft(client, editor_user, section):
    article = colleagues_article(Article.Status.DRAFT)
    first = article.history.order_by("history_id").first()
    client.force_login(editor_user)
    for url, _about_one in article_admin_urls(article):
        response = client.get(url)
        assert response.status_code in (200, 302), url
        if response.status_code == 302:
            assert urlsplit(response["Location"]).path not in {
                reverse("admin:index"),
                reverse("admin:login"),
            }, url
    autocomplete = reverse("admin:autocomplete") + "?app_label=comments&model_name=comment&field_name=article"
    assert str(article.pk) in [result["id"] for result in client.get(autocomplete).json()["results"]]
    revert_url = reverse("admin:articles_article_simple_history", args=[article.pk, first.pk])
    response = client.post(revert_url, article_form_data(section, headline="First go", slug=SECRET_SLUG))
    assert response.status_code == 302
    assert stored(article)[0] == "First go"
    client.post(reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"})
    assert not Article.objects.filter(pk=article.pk).exists()


def test_editor_still_reads_the_history_of_a_deleted_article(client, editor_user, author_user):
    article = colleagues_article(Article.Status.DRAFT)
    history_url = reverse("admin:articles_article_history", args=[article.pk])
    article.delete()
    client.force_login(author_user)
    assert client.get(history_url).status_code == 403
    client.force_login(editor_user)
    assert client.get(history_url).status_code == 200
