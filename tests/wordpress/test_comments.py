from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article
from comments.models import Comment
from tests.factories import make_article, make_comment
from tests.wordpress.conftest import run_import
from tests.wordpress.test_export import empty_the_site
from tests.wordpress.test_import import GAZETTE, ISLAND, item, write_wxr

pytestmark = pytest.mark.django_db


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


def test_export_comments_and_threads(import_wxr):
    output = import_wxr(GAZETTE)
    # 10 in the file: 9 on posts (a reply listed before its parent among them) and 1 on a page,
    # which is kept with the page for export (pages show no comments here).
    assert Comment.objects.count() == 9
    statuses = Counter(Comment.objects.values_list("status", flat=True))
    assert statuses == {"approved": 6, "pending": 1, "spam": 1, "trash": 1}
    assert Comment.objects.filter(parent__isnull=False).count() == 3
    kinds = Counter(Comment.objects.values_list("kind", flat=True))
    assert kinds == {"comment": 7, "pingback": 1, "trackback": 1}
    assert "1 comment kept with the page for export_wordpress" in output
    by_name = {c.name: c for c in Comment.objects.select_related("parent")}
    assert by_name["Pekka"].parent == by_name["Tomas Rell"]
    assert by_name["Tomas Rell"].parent == by_name["Ana Ruus"]
    assert by_name["Pekka"].ip_address == "2001:db8::12"
    assert by_name["Ольга Петрова"].body == "Наконец-то! 🚢 Ждём паром."
    # Names come entity-encoded from WordPress and are stored as the text they stand for.
    assert by_name["Harbour Watch » Ferries back in May – at last"].kind == "pingback"
    for reply in Comment.objects.filter(parent__isnull=False).select_related("parent"):
        assert reply.parent.article_id == reply.article_id


def test_imported_thread_shows_only_approved_comments(client, import_wxr):
    import_wxr(GAZETTE)
    article = Article.objects.get(slug="ferry-line-to-reopen-in-may")
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<h2 id="comments-title" class="comments__title">3 comments</h2>' in html
    for shown in ["Ana Ruus", "Tomas Rell", "Ольга Петрова", "Island Diary", "Harbour Watch »"]:
        assert shown in html
    for hidden in ["Pekka", "Cheap Flights 4U", "Second Thoughts", "ana@reader.example"]:
        assert hidden not in html


def test_wxr_1_1_comment(import_wxr):
    import_wxr(ISLAND)
    only = Comment.objects.get()
    assert (only.name, only.status, only.website) == (
        "Skarholm School",
        "approved",
        "http://school.skarholm.example/",
    )
    assert only.article == Article.objects.get(slug="welcome")
    assert only.body == "Hello from the school.\nWe'll send you our term dates."


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


def test_pingbacks_and_trackbacks_keep_their_kind(client, tmp_path):
    comments = comment(1) + comment(2, comment_type="pingback") + comment(3, comment_type="trackback")
    comments += comment(4, comment_type="something-else")
    output = run_import(write_wxr(tmp_path, item(1, extra=comments)))
    kinds = dict(Comment.objects.values_list("name", "kind"))
    assert kinds == {"Reader 1": "comment", "Reader 2": "pingback", "Reader 3": "trackback"}
    assert "skipped 1 comment: comment type 'something-else' is not imported (ids 4)" in output
    html = client.get(Article.objects.get().get_absolute_url()).content.decode()
    assert '<h2 id="comments-title" class="comments__title">1 comment</h2>' in html
    assert "Pingback:" in html and "Trackback:" in html


def test_comments_round_trip_with_their_kind_and_private_fields(tmp_path):
    article = make_article(headline="Cranes")
    top = make_comment(article, name="Ana", email="ana@example.org", website="https://ana.example/")
    make_comment(article, parent=top, name="Ben", status=Comment.Status.PENDING, ip_address="192.0.2.9")
    make_comment(article, name="Blog", email="", kind=Comment.Kind.PINGBACK, body="[…] cranes […]")
    make_comment(article, name="Diary", email="", kind=Comment.Kind.TRACKBACK, status=Comment.Status.SPAM)

    def comments():
        return {
            (c.name, c.email, c.website, c.ip_address, c.status, c.kind, c.body, c.parent and c.parent.name)
            for c in Comment.objects.select_related("parent")
        }

    before = comments()
    out = tmp_path / "site.xml"
    call_command("export_wordpress", str(out), stdout=StringIO())
    text = out.read_text()
    assert "<wp:comment_type>pingback</wp:comment_type>" in text
    assert "<wp:comment_type>trackback</wp:comment_type>" in text

    empty_the_site()
    assert not Comment.objects.exists()
    run_import(out)
    assert comments() == before
