"""Commenters' emails never leak; avatars are private; personal data can be exported and erased."""

import base64
import hashlib
import hmac
import json
import re
from datetime import timedelta
from io import StringIO
from urllib.parse import quote, urljoin, urlsplit

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment, Subscription
from comments.rendering import avatar_colour
from tests.factories import comment_form_data, make_article, make_comment, make_tag, make_user

pytestmark = pytest.mark.django_db

EMAILS = ["Leak.Canary.One@private-mail.example", "canary-two+tag@private-mail.example"]
LINK = re.compile(r"""(?:href|src|action)\s*=\s*["']([^"']+)["']|<(?:loc|link|id|guid|comments)>([^<]+)<""")
SKIPPED = ("/static/", "/media/", "/admin/")
CRAWL_LIMIT = 600


def forms_of(email):
    """The email as it could leak: as typed, lower and upper case, URL- and base64-encoded, and hashed."""
    variants = {email, email.lower(), email.upper(), quote(email), quote(email.lower())}
    variants |= {base64.b64encode(v.encode()).decode().rstrip("=") for v in [email, email.lower()]}
    for value in [email, email.lower(), email.strip().lower()]:
        for algorithm in ["md5", "sha1", "sha256"]:
            variants.add(hashlib.new(algorithm, value.encode()).hexdigest())
    return variants


def crawl(client, start_urls):
    """Every same-site page reachable from the start URLs (pages, feeds, sitemaps, search), once each."""
    seen, queue, pages = set(), list(start_urls), {}
    while queue and len(seen) < CRAWL_LIMIT:
        url = queue.pop(0)
        parts = urlsplit(url)
        if parts.netloc not in {"", "testserver"} or url in seen or parts.path.startswith(SKIPPED):
            continue
        seen.add(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        response = client.get(path, follow=True)
        body = response.content.decode(errors="replace")
        pages[path] = (response.status_code, body, dict(response.headers))
        for match in LINK.finditer(body):
            link = (match.group(1) or match.group(2)).replace("&amp;", "&").strip()
            if link.startswith(("mailto:", "javascript:", "data:", "#")):
                continue
            queue.append(urljoin("http://testserver" + parts.path, link.split("#")[0]))
    return pages


def test_commenter_emails_never_appear_in_any_public_response(client, discussion):
    discussion(moderation="none")
    tag = make_tag()
    article = make_article(tags=[tag], headline="Harbour cranes return")
    other = make_article(headline="Quiet week at the observatory")
    for number, email in enumerate(EMAILS):
        data = comment_form_data(
            article, email=email, name=f"Canary {number}", body=f"Harbour canary words {number}"
        )
        data |= {"website": "https://canary.example/", "notify": "on", "remember": "on"}
        client.post(
            reverse("comments:create", kwargs={"article_id": article.pk}),
            data,
            REMOTE_ADDR=f"192.0.2.{50 + number}",
        )
    top = Comment.objects.filter(article=article).first()
    make_comment(article, parent=top, email=EMAILS[0], name="Canary reply", body="Harbour reply")
    make_comment(other, email=EMAILS[1], name="Canary elsewhere", body="Observatory canary")
    make_comment(article, email=EMAILS[0], status="pending", body="Held canary")
    make_comment(
        article, email=EMAILS[1], name="Canary blog", kind="pingback", website="https://blog.example/"
    )
    Comment.objects.update(status="approved")
    assert Comment.objects.filter(email__in=EMAILS).count() == 6
    leaks = set().union(*(forms_of(email) for email in EMAILS))
    leaks |= set(Comment.objects.values_list("avatar_key", flat=True))

    starts = ["/", article.get_absolute_url(), other.get_absolute_url(), "/sitemap.xml", "/robots.txt"]
    starts += ["/feed/", "/feed/atom/", article.get_absolute_url() + "feed/", "/comments/feed/"]
    starts += ["/search/?q=harbour", "/search/?q=canary", "/search/?q=private-mail.example"]
    starts += [
        article.get_absolute_url() + f"?replytocom={top.pk}",
        reverse("comments:permalink", args=[top.pk]),
    ]
    pages = crawl(Client(), starts)

    assert len(pages) > 20, "the crawl should reach the site's pages"
    assert any("Harbour canary words 0" in body for _, body, _ in pages.values()), "comments are on the pages"
    for feed in [article.get_absolute_url() + "feed/", other.get_absolute_url() + "feed/", "/comments/feed/"]:
        assert pages[feed][0] == 200 and "canary" in pages[feed][1].lower(), f"{feed} is crawled"
    for path, (_, body, headers) in pages.items():
        haystack = (body + json.dumps(headers)).lower()
        for leak in leaks:
            assert leak.lower() not in haystack, f"{path} leaks a commenter's email (as {leak!r})"


def test_avatar_colour_comes_from_a_keyed_hash_of_the_email():
    comment = make_comment(email="Same.Person@example.org")
    again = make_comment(email="same.person@example.org ")
    assert comment.avatar_key == again.avatar_key
    for algorithm in ["md5", "sha1", "sha256"]:
        assert comment.avatar_key != hashlib.new(algorithm, b"same.person@example.org").hexdigest()
    assert comment.avatar_colour == avatar_colour(comment.avatar_key)


def test_avatar_changes_with_the_server_secret(settings):
    before = make_comment(email="reader@example.org").avatar_key
    settings.SECRET_KEY = "another-secret-entirely"
    assert make_comment(email="reader@example.org").avatar_key != before
    assert before != hmac.new(b"", b"reader@example.org", hashlib.sha256).hexdigest()


def test_avatars_are_drawn_locally_with_initials(client):
    article = make_article()
    make_comment(article, name="Lucija Kovač")
    html = client.get(article.get_absolute_url()).content.decode()
    assert re.search(r'<span class="avatar avatar--\d+" aria-hidden="true">LK</span>', html)
    assert "gravatar" not in html.lower()


def test_remembered_details_are_never_put_into_the_page_by_the_server(client, discussion):
    discussion(moderation="none")
    article = make_article()
    data = comment_form_data(article, name="Remembered Rosa", email="rosa@private-mail.example") | {
        "remember": "on"
    }
    client.post(reverse("comments:create", kwargs={"article_id": article.pk}), data, REMOTE_ADDR="192.0.2.60")
    own_page = client.get(article.get_absolute_url()).content.decode()
    assert 'value="Remembered Rosa"' not in own_page
    assert "rosa@private-mail.example" not in own_page
    assert not any("rosa" in morsel.value.lower() for morsel in client.cookies.values())


def test_ip_addresses_are_removed_after_the_retention_period(
    client, discussion, django_capture_on_commit_callbacks
):
    discussion(ip_retention_days=30)
    article = make_article()
    old = make_comment(article, ip_address="192.0.2.70", created_at=timezone.now() - timedelta(days=31))
    recent = make_comment(article, ip_address="192.0.2.71", created_at=timezone.now() - timedelta(days=29))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("comments:create", kwargs={"article_id": article.pk}),
            comment_form_data(article),
            REMOTE_ADDR="192.0.2.72",
        )
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.ip_address, recent.ip_address) == (None, "192.0.2.71")


def test_forget_ips_command_reports_what_it_did(settings):
    make_comment(ip_address="192.0.2.73", created_at=timezone.now() - timedelta(days=90))
    out = StringIO()
    call_command("forget_comment_ips", stdout=out)
    assert "Removed the IP address of 1 comment older than 30 days." in out.getvalue()


def test_export_command_prints_everything_stored_about_an_email():
    article = make_article()
    make_comment(article, email="Export.Me@example.org", name="Ex", body="Mine", ip_address="192.0.2.80")
    make_comment(article, email="someone.else@example.org")
    Subscription.objects.create(article=article, email="export.me@example.org")
    out = StringIO()
    call_command("export_commenter_data", "export.me@EXAMPLE.org", stdout=out, stderr=StringIO())
    data = json.loads(out.getvalue())
    assert [c["comment"] for c in data["comments"]] == ["Mine"]
    assert data["comments"][0]["ip_address"] == "192.0.2.80"
    assert len(data["follow_up_subscriptions"]) == 1


def test_erase_command_anonymises_and_keeps_the_text():
    article = make_article()
    mine = make_comment(
        article, email="erase.me@example.org", name="Eve", website="https://eve.example/", body="Kept words"
    )
    other = make_comment(article, email="keep.me@example.org", name="Kim")
    Subscription.objects.create(article=article, email="erase.me@example.org")
    out = StringIO()
    call_command("erase_commenter_data", "Erase.Me@example.org", no_input=True, stdout=out)
    mine.refresh_from_db()
    assert (mine.name, mine.email, mine.website, mine.ip_address, mine.body) == (
        "Anonymous",
        "",
        "",
        None,
        "Kept words",
    )
    assert mine.avatar_key == ""
    other.refresh_from_db()
    assert other.name == "Kim"
    assert not Subscription.objects.exists()
    assert "1 comment anonymised, 1 subscription deleted" in out.getvalue()


@pytest.mark.parametrize("command", ["export_commenter_data", "erase_commenter_data"])
def test_privacy_commands_refuse_a_non_address(command):
    options = {"no_input": True} if command.startswith("erase") else {}
    with pytest.raises(CommandError, match="is not an email address"):
        call_command(command, "not an address", **options)


def test_admin_actions_export_and_erase_by_email(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    article = make_article()
    mine = make_comment(article, email="admin.erase@example.org", body="Admin kept words")
    url = reverse("admin:comments_comment_changelist")
    exported = client.post(url, {"action": "export_personal_data", "_selected_action": [mine.pk]})
    assert exported["Content-Type"] == "application/json"
    assert json.loads(exported.content)[0]["comments"][0]["comment"] == "Admin kept words"
    confirm = client.post(url, {"action": "erase_personal_data", "_selected_action": [mine.pk]})
    assert b"admin.erase@example.org" in confirm.content and b"cannot be undone" in confirm.content
    mine.refresh_from_db()
    assert mine.name != "Anonymous"
    done = client.post(
        url, {"action": "erase_personal_data", "_selected_action": [mine.pk], "confirm": "yes"}, follow=True
    )
    assert b"Erased the personal data of 1 commenter: 1 comment anonymised." in done.content
    mine.refresh_from_db()
    assert (mine.name, mine.email, mine.body) == ("Anonymous", "", "Admin kept words")
