import pytest

from articles.models import Article
from comments.models import Comment
from tests.wordpress.conftest import run_import
from tests.wordpress.test_import import item, write_wxr

pytestmark = pytest.mark.django_db
HAS_KIND = any(field.name == "kind" for field in Comment._meta.get_fields())


def comment(comment_id, parent=0, approved="1", comment_type="", email="r@example.com"):
    return (
        f"<wp:comment><wp:comment_id>{comment_id}</wp:comment_id><wp:comment_author>Reader {comment_id}"
        f"</wp:comment_author><wp:comment_author_email>{email}</wp:comment_author_email>"
        "<wp:comment_author_url>https://reader.example/</wp:comment_author_url>"
        "<wp:comment_author_IP>192.0.2.7</wp:comment_author_IP>"
        "<wp:comment_date_gmt>2020-05-02 09:00:00</wp:comment_date_gmt>"
        f"<wp:comment_content><![CDATA[Words of {comment_id}<br />second line]]></wp:comment_content>"
        f"<wp:comment_approved>{approved}</wp:comment_approved><wp:comment_type>{comment_type}</wp:comment_type>"
        f"<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>"
    )


def test_theme_unit_test_comments_and_threads(import_wxr):
    output = import_wxr("themeunittestdata.wordpress.xml")
    # 33 in the file: 28 on posts (27 approved, 1 pending, 9 replies; 2 pingbacks, 2 trackbacks among
    # them) and 5 on pages, which take no comments here.
    pings = 4 if HAS_KIND else 0
    assert Comment.objects.count() == 24 + pings
    assert Comment.objects.filter(status="approved").count() == 23 + pings
    assert Comment.objects.filter(status="pending").count() == 1
    assert Comment.objects.filter(parent__isnull=False).count() == 9
    assert "skipped 5 comment: comments on pages are not imported" in output
    if HAS_KIND:
        assert set(Comment.objects.values_list("kind", flat=True)) == {"comment", "pingback", "trackback"}
    else:
        assert "skipped 2 comment: pingbacks need Comment.kind" in output
    for reply in Comment.objects.filter(parent__isnull=False).select_related("parent"):
        assert reply.parent.article_id == reply.article_id


def test_small_export_comment(import_wxr):
    import_wxr("small-export.xml")
    only = Comment.objects.get()
    assert (only.name, only.status, only.website) == ("Mr WordPress", "approved", "http://wordpress.org/")
    assert only.article == Article.objects.get(slug="hello-world")
    assert "<br" not in only.body


def test_threads_statuses_and_private_fields(tmp_path):
    comments = (
        comment(1) + comment(3, parent=2) + comment(2, parent=1, approved="0") + comment(4, approved="spam")
    )
    comments += comment(5, parent=99) + comment(6, approved="trash")
    output = run_import(write_wxr(tmp_path, item(1, extra=comments)))
    by_name = {c.name: c for c in Comment.objects.select_related("parent")}
    assert by_name["Reader 2"].parent == by_name["Reader 1"]
    assert by_name["Reader 3"].parent == by_name["Reader 2"]
    assert [by_name[f"Reader {n}"].status for n in (1, 2, 4, 6)] == ["approved", "pending", "spam", "trash"]
    assert by_name["Reader 5"].parent is None
    assert "comment 5: parent 99 is missing; imported as a top-level comment" in output
    assert (by_name["Reader 1"].email, by_name["Reader 1"].ip_address) == ("r@example.com", "192.0.2.7")
    assert by_name["Reader 1"].body == "Words of 1\nsecond line"


def test_comments_are_not_duplicated_by_a_second_import(tmp_path):
    path = write_wxr(tmp_path, item(1, extra=comment(1) + comment(2, parent=1)))
    run_import(path)
    output = run_import(path)
    assert Comment.objects.count() == 2
    assert "comment               0          0          2          0" in output


def test_comment_on_a_public_article_never_shows_the_email(client, tmp_path):
    run_import(write_wxr(tmp_path, item(1, extra=comment(1, email="secret@example.com"))))
    response = client.get(Article.objects.get().get_absolute_url())
    assert response.status_code == 200
    assert b"secret@example.com" not in response.content
