import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from pages.models import Page
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def make_page(title, parent=None, **overrides):
    fields = {"title": title, "body": f"<p>{title}.</p>", "is_live": True, "parent": parent} | overrides
    return Page.objects.create(**fields)


def test_child_page_address_is_the_path_of_its_ancestors(client):
    about = make_page("About")
    team = make_page("Team", parent=about)
    desk = make_page("Photo desk", parent=team)
    assert desk.get_absolute_url() == "/page/about/team/photo-desk/"
    response = client.get("/page/about/team/photo-desk/")
    assert response.status_code == 200
    assert response.context["page"] == desk


def test_page_links_the_pages_above_and_below_it_but_no_hidden_ones(client):
    about = make_page("About")
    team = make_page("Team", parent=about)
    make_page("Photo desk", parent=team)
    make_page("Secret plans", parent=team, is_live=False)
    page = client.get(team.get_absolute_url()).content.decode()
    assert '<a href="/page/about/">About</a>' in page
    assert '<a href="/page/about/team/photo-desk/">Photo desk</a>' in page
    assert "Secret plans" not in page


def test_old_single_level_address_answers_301_to_the_new_one(client):
    team = make_page("Team")
    old = team.get_absolute_url()
    team.parent = make_page("About")
    team.save()
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == "/page/about/team/"


def test_moving_a_parent_moves_its_children():
    about = make_page("About")
    team = make_page("Team", parent=about)
    desk = make_page("Desk", parent=team)
    about.slug = "who-we-are"
    about.save()
    desk.refresh_from_db()
    assert desk.get_absolute_url() == "/page/who-we-are/team/desk/"


def test_child_of_an_unpublished_page_is_hidden(client):
    internal = make_page("Internal", is_live=False)
    rota = make_page("Rota", parent=internal)
    grandchild = make_page("Weekends", parent=rota)
    assert client.get("/page/internal/rota/").status_code == 404
    assert client.get("/page/rota/").status_code == 404  # nor through its old address
    assert client.get(grandchild.get_absolute_url()).status_code == 404
    assert not rota.is_published()
    assert list(Page.objects.published()) == []


def test_a_page_cannot_sit_under_itself_or_its_descendants():
    about = make_page("About")
    team = make_page("Team", parent=about)
    about.parent = team
    with pytest.raises(ValidationError) as error:
        about.full_clean()
    assert "parent" in error.value.message_dict
    with pytest.raises(ValidationError):
        about.save()
    about.parent = about
    with pytest.raises(ValidationError):
        about.full_clean()


@pytest.mark.usefixtures("uncached_pages")
def test_page_detail_queries_do_not_grow_with_depth(client, django_assert_num_queries):
    top = make_page("Top")
    shallow = make_page("Shallow", parent=top)
    page = shallow
    for depth in range(5):
        page = make_page(f"Level {depth}", parent=page)
    client.get(shallow.get_absolute_url())  # warm the site-wide caches
    # The page (its ancestors checked in the same query), the pages above it and below it for the
    # page's own links, and the site's sections for the menu.
    with django_assert_num_queries(4):
        client.get(shallow.get_absolute_url())
    with django_assert_num_queries(4):
        assert client.get(page.get_absolute_url()).status_code == 200


def test_admin_shows_the_parent_and_refuses_a_loop(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    about = make_page("About")
    team = make_page("Team", parent=about)
    changelist = client.get(reverse("admin:pages_page_changelist"))
    assert "about/team" in changelist.content.decode()
    response = client.post(
        reverse("admin:pages_page_change", args=[about.pk]),
        {"title": "About", "slug": "about", "body": "", "is_live": "on", "parent": team.pk, "language": ""},
    )
    assert response.status_code == 200
    assert "A page cannot sit under itself" in response.content.decode()


def test_a_page_moved_under_a_parent_answers_at_once_with_the_page_cache_on(settings):
    settings.PAGE_CACHE = True
    reader = Client()
    team = make_page("Team")
    about = make_page("About")
    assert reader.get("/page/team/").status_code == 200
    assert "Team" not in reader.get("/page/about/").content.decode()
    team.parent = about
    team.save()
    assert reader.get("/page/team/").status_code == 301
    assert '<a href="/page/about/team/">Team</a>' in reader.get("/page/about/").content.decode()


@pytest.mark.parametrize("path", ["/page/about//team/", "/page/%00/", "/page/about/%00/", "/page/a/../b/"])
def test_a_malformed_page_address_is_not_found(client, path):
    make_page("About")
    assert client.get(path).status_code == 404


def test_a_policy_page_under_a_parent_is_linked_at_its_tree_address(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # every app server's footer follows the commit
        about = make_page("About")
        make_page("How we correct", parent=about, policy=Page.Policy.CORRECTIONS)
    assert 'href="/page/about/how-we-correct/"' in client.get(reverse("articles:home")).content.decode()
