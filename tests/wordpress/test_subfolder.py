"""A WordPress site that lived at valley-courier.example/news: every old address answers 301, whether
Newsroom is served at the domain root or under the same /news path."""

import pytest
from django.urls import clear_script_prefix, set_script_prefix

from articles.models import Article, Author, Image, Section, Tag
from pages.models import Page
from tests.wordpress.conftest import UPLOADS, run_import, wxr_path

pytestmark = pytest.mark.django_db

COURIER = "valley-courier-1.2.xml"


@pytest.fixture
def courier(import_wxr):
    import_wxr(COURIER, "--media-dir", str(UPLOADS))


@pytest.fixture
def served_under_news(settings):
    """Newsroom itself at /news/, as a server or FORCE_SCRIPT_NAME mounts it."""
    settings.FORCE_SCRIPT_NAME = "/news"
    set_script_prefix("/news/")
    yield
    clear_script_prefix()


def moved_to(client, path):
    response = client.get(path)
    assert response.status_code == 301, path
    return response["Location"]


def article():
    return Article.objects.get(slug="river-bridge-vote")


@pytest.mark.parametrize(
    "old, new",
    [
        ("/news/", lambda: "/"),
        ("/news/2024/03/14/river-bridge-vote/", lambda: article().get_absolute_url()),
        ("/news/about/team/", lambda: "/page/about/team/"),
        ("/news/category/valley/", lambda: Section.objects.get(slug="valley").get_absolute_url()),
        ("/news/category/valley/feed/", lambda: "/section/valley/feed/"),
        ("/news/tag/bridges/", lambda: Tag.objects.get(slug="bridges").get_absolute_url()),
        ("/news/tag/bridges/feed/", lambda: "/tag/bridges/feed/"),
        ("/news/author/teo/", lambda: Author.objects.get(name="Teo Brandt").get_absolute_url()),
        ("/news/author/teo/feed/", lambda: f"/author/{Author.objects.get(name='Teo Brandt').slug}/feed/"),
        ("/news/feed/", lambda: "/feed/"),
        ("/news/feed/atom/", lambda: "/feed/atom/"),
        ("/news/?p=10", lambda: article().get_absolute_url()),
        ("/news/?p=10&utm_source=mail", lambda: article().get_absolute_url()),
        ("/news/?page_id=21", lambda: "/page/about/team/"),
        ("/news/?cat=4", lambda: "/section/valley/"),
        ("/news/?cat=4&feed=rss2", lambda: "/section/valley/feed/"),
        ("/news/?tag=bridges", lambda: "/tag/bridges/"),
        ("/news/?author=3", lambda: Author.objects.get(name="Teo Brandt").get_absolute_url()),
        ("/news/?feed=rss2", lambda: "/feed/"),
    ],
)
def test_old_address_under_the_subfolder_answers_301_at_the_domain_root(client, courier, old, new):
    location = moved_to(client, old)
    assert location == new()
    assert client.get(location).status_code == 200


@pytest.mark.parametrize(
    "old",
    [
        "/news/wp-content/uploads/2024/03/ferry-pier.jpg",
        "/news/wp-content/uploads/2024/03/ferry-pier-300x200.jpg",
        "/news/wp-content/uploads/2024/03/ferry-pier-1024x768.jpg",
        "/news/wp-content/uploads/2024/03/ferry-pier-scaled.jpg",
        "/news/2024/03/14/river-bridge-vote/bridge-photo/",
        "/news/?attachment_id=30",
        "/news/?p=30",
    ],
)
def test_old_image_addresses_answer_301_to_the_imported_image(client, courier, old):
    assert moved_to(client, old) == Image.objects.get().file.url


def test_sized_copy_of_an_upload_that_was_not_imported_is_not_found(client, courier):
    assert client.get("/news/wp-content/uploads/2024/03/unknown-300x200.jpg").status_code == 404


@pytest.mark.parametrize(
    "old", ["/news/?p=12", "/news/?page_id=23", "/news/?page_id=24", "/news/internal/rota/"]
)
def test_unpublished_things_are_never_redirected_to(client, courier, old):
    assert client.get(old).status_code == 404


def test_query_strings_elsewhere_are_left_alone(client, courier):
    """Only the old site's home took WordPress's query strings; a Newsroom page with ?p= is itself."""
    response = client.get("/section/valley/?p=10")
    assert response.status_code == 200


def test_a_later_unpublished_article_is_not_redirected_to_by_id(client, courier):
    Article.objects.filter(slug="river-bridge-vote").update(status=Article.Status.DRAFT)
    assert client.get("/news/?p=10").status_code == 404


@pytest.mark.usefixtures("uncached_pages")
def test_a_query_string_redirect_costs_a_few_indexed_queries(client, courier, django_assert_num_queries):
    client.get("/news/?p=11")  # content types cached
    # The old home's redirect row, the WordPress id's mapping, the article itself.
    with django_assert_num_queries(3):
        assert client.get("/news/?p=10").status_code == 301
    with django_assert_num_queries(2):  # at our own root there is no old home to look up
        assert client.get("/?p=10").status_code == 301


@pytest.mark.parametrize(
    "old, new",
    [
        ("/category/valley/", "/news/section/valley/"),
        ("/category/valley/feed/", "/news/section/valley/feed/"),
        ("/about/team/", "/news/page/about/team/"),
        ("/?p=10", "/news/2024/03/14/river-bridge-vote/"),
        ("/?page_id=22", "/news/page/about/team/photographers/"),
        ("/?cat=4&feed=rss2", "/news/section/valley/feed/"),
        ("/wp-content/uploads/2024/03/ferry-pier-300x200.jpg", None),
    ],
)
def test_old_address_answers_301_when_newsroom_is_served_under_the_same_path(
    client, served_under_news, import_wxr, old, new
):
    import_wxr(COURIER, "--media-dir", str(UPLOADS))
    # The test client's path is the part after the script name: "/category/valley/" is /news/category/valley/.
    assert moved_to(client, old) == (new or Image.objects.get().file.url)


def test_permalinks_that_match_ours_under_the_same_path_need_no_redirect(
    client, served_under_news, import_wxr
):
    import_wxr(COURIER)
    assert article().get_absolute_url() == "/news/2024/03/14/river-bridge-vote/"
    assert client.get("/2024/03/14/river-bridge-vote/").status_code == 200
    assert Page.objects.get(slug="team").get_absolute_url() == "/news/page/about/team/"


@pytest.mark.parametrize(
    "path", ["/news%00/?p=10", "/news/wp-content/uploads/2024/03/a%00-300x200.jpg", "/news/?p=1%000"]
)
def test_an_address_with_a_nul_is_simply_not_found(client, courier, path):
    assert client.get(path).status_code == 404


def test_a_post_unpublished_in_a_newer_export_loses_its_old_address(client, courier, tmp_path):
    newer = tmp_path / "newer.xml"
    text = wxr_path(COURIER).read_text()
    published = "<wp:status><![CDATA[publish]]></wp:status>"
    status = text.index(published, text.index("<wp:post_id>10</wp:post_id>"))
    newer.write_text(
        text[:status] + "<wp:status><![CDATA[draft]]></wp:status>" + text[status + len(published) :]
    )
    run_import(newer)
    assert client.get("/news/2024/03/14/river-bridge-vote/").status_code == 404
    assert client.get("/news/?p=10").status_code == 404
