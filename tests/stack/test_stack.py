"""The production shape, for real: Varnish in front of two gunicorn app servers on PostgreSQL and
Redis, with a task worker (deploy/stack.py, as `make stack` starts it), on ports of its own.

Everything a reader sees goes through Varnish; editors work on one app server or the other. A
change must show through Varnish as soon as the worker has purged it: each check waits for that,
up to PURGE_WAIT seconds, and fails if it never comes.
"""

import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.processes import shell

pytestmark = pytest.mark.stack

ROOT = Path(__file__).resolve().parents[2]
PURGE_WAIT = 20
PASSWORD = "a long stack editor password"


def free_base_port():
    """Three free ports in a row (Varnish, then the two app servers)."""
    for base in range(18100, 19000, 10):
        ports = [base, base + 1, base + 2]
        if all(port_is_free(port) for port in ports):
            return base
    pytest.fail("no three free ports in a row")


def port_is_free(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


class Stack:
    def __init__(self, env):
        self.env = env
        base = int(env["STACK_PORT"])
        self.edge, self.app1, self.app2 = (f"http://127.0.0.1:{port}" for port in (base, base + 1, base + 2))

    def manage(self, code):
        """Python run by `manage.py shell` on the stack's database (as an operator would)."""
        app_env = self.env | json.loads((Path(self.env["STACK_DIR"]) / "app-env.json").read_text())
        return shell(code, app_env).strip()

    def address_of(self, pk):
        return self.manage(
            f"from articles.models import Article; print(Article.objects.get(pk={pk}).get_absolute_url())"
        )


class Session:
    """One browser: its own cookies, the Origin header browsers send with posts."""

    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def get(self, path, **headers):
        request = urllib.request.Request(self.base + path, headers=headers)
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read().decode()

    def post(self, path, fields, **headers):
        data = urllib.parse.urlencode(fields, doseq=True).encode()
        headers = {"Origin": self.base, "Content-Type": "application/x-www-form-urlencoded"} | headers
        request = urllib.request.Request(self.base + path, data=data, headers=headers, method="POST")
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def csrf_token(self):
        return next(cookie.value for cookie in self.cookies if cookie.name == "csrftoken")

    def sign_in(self):
        self.get("/admin/login/")
        fields = {"username": "editor", "password": PASSWORD, "csrfmiddlewaretoken": self.csrf_token()}
        status, html = self.post("/admin/login/?next=/admin/", fields)
        assert status == 200 and "Log out" in html, html[:500]
        return self

    def admin_action(self, changelist, action, pk):
        fields = {"action": action, "_selected_action": [pk], "csrfmiddlewaretoken": self.csrf_token()}
        status, html = self.post(changelist, fields)
        assert status == 200, html[:500]


def wait_until(what, check):
    deadline = time.monotonic() + PURGE_WAIT
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"Waited {PURGE_WAIT} s for {what}")
        time.sleep(0.2)


def form_token(html):
    return re.search(r'name="form_token" value="([^"]+)"', html).group(1)


@pytest.fixture(scope="module")
def stack():
    # In the project, not in pytest's private temporary folder: Varnish's compiler runs as its own
    # user and must read the backends file there.
    folder = ROOT / ".stack-test"
    shutil.rmtree(folder, ignore_errors=True)
    env = os.environ | {
        "STACK_PORT": str(free_base_port()),
        "STACK_DIR": str(folder),
        "STACK_DATABASE_URL": "postgres://postgres@127.0.0.1:5432/newsroom_stack_test",
        "STACK_REDIS_URL": "redis://127.0.0.1:6379/4",
        "STACK_FRESH": "1",
    }
    started = subprocess.run(
        [sys.executable, "deploy/stack.py", "start"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if started.returncode != 0 and "could not be installed" in started.stderr:
        pytest.skip(started.stderr.strip())
    try:
        assert started.returncode == 0, started.stderr
        stack = Stack(env)
        stack.manage(
            "from django.contrib.auth.models import User; "
            f"User.objects.create_superuser('editor', 'editor@example.org', {PASSWORD!r}); "
            # The test posts straight after loading a page, faster than the anti-spam clock allows.
            "from comments.models import DiscussionSettings; s = DiscussionSettings.objects.get(); "
            "s.min_form_seconds = 0; s.save()"
        )
        yield stack
    finally:
        subprocess.run([sys.executable, "deploy/stack.py", "stop"], cwd=ROOT, env=env, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def test_pages_come_from_varnish_with_no_cookie_and_no_keys_shown(stack):
    reader = Session(stack.edge)
    # The setup's own changes are purged a moment later, by the worker: wait for a page that stays.
    wait_until("Varnish to keep the front page", lambda: reader.get("/")[1]["X-Edge-Cache"] == "hit")
    status, headers, _ = reader.get("/")
    assert status == 200 and headers["X-Edge-Cache"] == "hit"
    assert "xkey" not in {name.lower() for name in headers} and "Set-Cookie" not in headers
    assert "X-Request-ID" not in headers  # the id of whichever request built the page
    assert headers["Cache-Control"] == "public, max-age=0"


def test_published_on_one_server_and_approved_on_the_other_show_through_varnish(stack):
    pk = stack.manage(
        "from articles.models import Article, Section; from django.utils import timezone; "
        "a = Article.objects.create(headline='Night ferry returns to the island', "
        "body='<p>At last.</p>', section=Section.objects.first(), status=Article.Status.DRAFT, "
        "published_at=timezone.now()); print(a.pk)"
    )
    reader = Session(stack.edge)
    for path in ["/", "/feed/"]:
        reader.get(path), reader.get(path)  # both kept by Varnish
        assert "Night ferry returns to the island" not in reader.get(path)[2]

    Session(stack.app1).sign_in().admin_action("/admin/articles/article/", "publish", pk)
    for path in ["/", "/feed/"]:
        wait_until(f"the story on {path}", lambda path=path: "Night ferry returns" in reader.get(path)[2])
    url = stack.manage(
        f"from articles.models import Article; print(Article.objects.get(pk={pk}).get_absolute_url())"
    )

    page = reader.get(url)[2]
    fields = {
        "body": "Will it run in winter too?",
        "name": "Island reader",
        "email": "reader@example.org",
        "form_token": form_token(page),
    }
    status, _ = reader.post(f"/comments/post/{pk}/", fields)
    assert status in (200, 302)
    assert "Will it run in winter too?" in reader.get(url)[2]  # the writer sees it, held, in the preview
    other = Session(stack.edge)
    other.get(url)
    assert "Will it run in winter too?" not in other.get(url)[2]  # held for moderation
    comment = stack.manage(
        f"from comments.models import Comment; print(Comment.objects.get(article_id={pk}).pk)"
    )
    Session(stack.app2).sign_in().admin_action("/admin/comments/comment/", "approve", comment)
    wait_until("the approved comment", lambda: "Will it run in winter too?" in other.get(url)[2])


def test_a_signed_in_editor_is_never_served_a_cached_page(stack):
    editor = Session(stack.edge).sign_in()
    Session(stack.edge).get("/"), Session(stack.edge).get("/")
    for _ in range(2):
        status, headers, _ = editor.get("/")
        assert status == 200 and headers["X-Edge-Cache"] == "miss"
        assert "X-Page-Cache" not in headers


def test_flood_control_holds_across_the_two_servers(stack):
    pk = stack.manage("from articles.models import Article; print(Article.objects.published().first().pk)")
    url = stack.manage(
        f"from articles.models import Article; print(Article.objects.get(pk={pk}).get_absolute_url())"
    )
    answers = []
    for server, body in [(stack.app1, "First thought on the story."), (stack.app2, "And a second one.")]:
        session = Session(server)
        page = session.get(url)[2]
        fields = {
            "body": body,
            "name": "Quick reader",
            "email": "quick@example.org",
            "form_token": form_token(page),
        }
        # The same reader, as Varnish (a trusted proxy) tells both servers.
        answers.append(session.post(f"/comments/post/{pk}/", fields, **{"X-Forwarded-For": "192.0.2.77"}))
    assert answers[0][0] in (200, 302)
    assert answers[1][0] == 400 and "too quickly" in answers[1][1]


def test_a_session_begun_on_one_server_works_on_the_other(stack):
    editor = Session(stack.app1).sign_in()
    editor.base = stack.app2
    status, _, html = editor.get("/admin/")
    assert status == 200 and "Log out" in html


def test_the_anti_spam_clock_holds_across_the_two_servers(stack):
    pk = stack.manage("from articles.models import Article; print(Article.objects.published().first().pk)")
    url = stack.address_of(pk)
    set_clock = "from comments.models import DiscussionSettings; s = DiscussionSettings.objects.get(); "
    stack.manage(set_clock + "s.min_form_seconds = 30; s.save()")
    try:
        reader = Session(stack.app1)
        hasty = {"body": "Posted the moment the page loaded.", "name": "Hasty", "email": "hasty@example.org"}
        hasty["form_token"] = form_token(reader.get(url)[2])
        reader.base = stack.app2  # served by one server, posted to the other
        patient = hasty | {"body": "Posted after reading the story."}
        patient["form_token"] = stack.manage(
            f"import time; from articles.models import Article; from comments.forms import form_token; "
            f"print(form_token(Article.objects.get(pk={pk}), served_at=time.time() - 60))"
        )
        for fields, address in [(hasty, "192.0.2.81"), (patient, "192.0.2.82")]:
            status, _ = reader.post(f"/comments/post/{pk}/", fields, **{"X-Forwarded-For": address})
            assert status in (200, 302)
        verdicts = json.loads(
            stack.manage(
                "import json; from comments.models import Comment; "
                "print(json.dumps({c.body: c.reason for c in Comment.objects.filter(name='Hasty')}))"
            )
        )
        assert verdicts["Posted the moment the page loaded."] == "too_fast"
        assert verdicts["Posted after reading the story."] != "too_fast"
    finally:
        stack.manage(set_clock + "s.min_form_seconds = 0; s.save()")


def test_an_app_server_starting_a_new_edition_empties_varnish(stack):
    """As when the servers restart with a new release or DJANGO_LANGUAGE_CODE switched."""
    reader = Session(stack.edge)
    wait_until("Varnish to keep the front page", lambda: reader.get("/")[1]["X-Edge-Cache"] == "hit")
    started = stack.manage(
        "from django.conf import settings; from pagecache import editions; "
        "settings.SITE_NAME = 'The Harbour Post'; print(editions.start())"
    )
    assert started == "True"
    wait_until("the purge to reach Varnish", lambda: reader.get("/")[1]["X-Edge-Cache"] == "miss")
