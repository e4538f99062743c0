from types import SimpleNamespace

import pytest
from django.contrib.sites.models import Site
from django.urls import reverse

from dashboard.navigation import grouped_app_list

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")


def groups(client, user):
    client.force_login(user)
    response = client.get(INDEX)
    return {app["name"]: [model["name"] for model in app["models"]] for app in response.context["app_list"]}


def test_an_editor_sees_the_newsroom_groups_without_the_machinery(client, editor_user):
    shown = groups(client, editor_user)
    assert list(shown) == ["Stories", "Settings"]
    assert shown["Stories"] == [
        "Articles", "Authors", "Sections", "Tags", "Images",
        "Live coverage", "Live entries", "Breaking-news banners",
    ]  # fmt: skip
    assert "Discussion settings" in shown["Settings"]


def test_a_moderator_sees_the_community(client, moderator_user):
    shown = groups(client, moderator_user)
    assert shown["Community"] == ["Comments"]
    assert "System" not in shown and "Stories" not in shown


def test_superusers_also_see_the_system_group_in_plain_words(client, admin_user):
    shown = groups(client, admin_user)
    assert list(shown) == ["Stories", "Community", "Settings", "System"]
    assert shown["Stories"][5:] == ["Pages", "Live coverage", "Live entries", "Breaking-news banners"]
    assert shown["Community"] == ["Comments", "Follow-up subscriptions", "Comment email opt-outs"]
    assert shown["System"] == [
        "Login lockouts",
        "Failed sign-ins",
        "Sign-in log",
        "Background tasks",
        "WordPress import records",
        "Redirects",
        "Site address",
        "Staff accounts",
        "Roles",
    ]


def test_the_sidebar_shows_the_same_groups(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("admin:articles_article_changelist"))
    assert [app["name"] for app in response.context["available_apps"]] == [
        "Stories", "Community", "Settings", "System"
    ]  # fmt: skip
    page = response.content.decode()
    assert '<span class="section">Stories</span>' in page
    assert "Word press" not in page and "Access attempts" not in page and "Task Results" not in page


def test_a_model_no_group_names_is_listed_under_more_before_system(admin_user):
    # Stands for a model of an app added later (only its _meta is read).
    Issue = SimpleNamespace(_meta=SimpleNamespace(app_label="newsletter", model_name="issue"))
    app_dict = {
        "newsletter": {"models": [{"model": Issue, "name": "Issues"}]},
        "sites": {"models": [{"model": Site, "name": "Sites"}]},
    }
    listed = grouped_app_list(app_dict, admin_user)
    assert [(app["name"], [model["name"] for model in app["models"]]) for app in listed] == [
        ("More", ["Issues"]),
        ("System", ["Site address"]),
    ]


def test_an_apps_own_page_still_lists_it(client, editor_user):
    client.force_login(editor_user)
    response = client.get(reverse("admin:app_list", kwargs={"app_label": "articles"}))
    assert response.status_code == 200
    assert response.context["app_list"][0]["app_label"] == "articles"
