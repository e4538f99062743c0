from io import StringIO

import pytest
from django.core.management import call_command

from pages.models import Page
from tests.wordpress.conftest import run_import
from tests.wordpress.test_import import item, write_wxr
from wordpress.models import WordPressObject

pytestmark = pytest.mark.django_db

COURIER = "valley-courier-1.2.xml"  # about → team → photographers; internal (draft) → rota


def page_item(post_id, slug, parent=0, status="publish"):
    return (
        item(
            post_id, title=slug.title(), post_type="page", extra=f"<wp:post_parent>{parent}</wp:post_parent>"
        )
        .replace(f"<wp:post_name>post-{post_id}</wp:post_name>", f"<wp:post_name>{slug}</wp:post_name>")
        .replace("<wp:status>publish</wp:status>", f"<wp:status>{status}</wp:status>")
    )


def test_parent_pages_become_the_page_tree(import_wxr):
    import_wxr(COURIER)
    photographers = Page.objects.get(slug="photographers")
    assert photographers.parent.slug == "team"
    assert photographers.parent.parent.slug == "about"
    assert photographers.get_absolute_url() == "/page/about/team/photographers/"


def test_old_page_addresses_answer_301_to_the_tree(client, import_wxr):
    import_wxr(COURIER)
    response = client.get("/news/about/team/photographers/")
    assert response.status_code == 301
    assert response["Location"] == "/page/about/team/photographers/"
    assert client.get(response["Location"]).status_code == 200


def test_child_of_a_draft_page_neither_shows_nor_redirects(client, import_wxr):
    import_wxr(COURIER)
    rota = Page.objects.get(slug="rota")
    assert rota.is_live and rota.parent.slug == "internal"
    assert client.get(rota.get_absolute_url()).status_code == 404
    assert client.get("/news/internal/rota/").status_code == 404


def test_parent_listed_after_its_child_is_linked(tmp_path):
    path = write_wxr(tmp_path, page_item(2, "team", parent=1), page_item(1, "about"))
    run_import(path)
    assert Page.objects.get(slug="team").get_absolute_url() == "/page/about/team/"


def test_parents_that_loop_are_reported_and_kept_at_the_top(tmp_path):
    path = write_wxr(tmp_path, page_item(1, "one", parent=2), page_item(2, "two", parent=1))
    output = run_import(path)
    assert "would make a loop; kept at the top" in output
    paths = sorted(Page.objects.values_list("path", flat=True))
    assert paths in (["one", "one/two"], ["two", "two/one"])


def test_missing_parent_is_reported(tmp_path):
    output = run_import(write_wxr(tmp_path, page_item(1, "orphan", parent=99)))
    assert "parent page 99 is not in the export; kept at the top" in output
    assert Page.objects.get().path == "orphan"


def test_second_import_leaves_the_tree_alone(import_wxr):
    import_wxr(COURIER)
    before = dict(Page.objects.values_list("slug", "updated_at"))
    import_wxr(COURIER)
    assert dict(Page.objects.values_list("slug", "updated_at")) == before


def test_export_writes_post_parent_and_a_round_trip_keeps_the_tree(tmp_path, import_wxr):
    import_wxr(COURIER)
    before = sorted(Page.objects.values_list("path", "is_live"))
    out = tmp_path / "site.xml"
    call_command("export_wordpress", str(out), stdout=StringIO())
    Page.objects.filter(parent__parent__isnull=False).delete()
    Page.objects.filter(parent__isnull=False).delete()
    Page.objects.all().delete()
    WordPressObject.objects.filter(kind="page").delete()

    run_import(out)

    assert sorted(Page.objects.values_list("path", "is_live")) == before
