"""The production path: settings pass Django's deploy checks, and gunicorn serves the site with
WhiteNoise's compressed, hashed, long-cached static files with debug off."""

import json
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from tests.processes import run_manage as manage

BASE_DIR = Path(settings.BASE_DIR)
VENV_BIN = Path(sys.executable).parent


def production_env(**overrides):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.pop("DATABASE_URL", None)
    env |= {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "news.example.org,127.0.0.1",
        "NEWSROOM_SITE_URL": "https://news.example.org",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
    }
    return env | overrides


def test_deploy_checks_pass_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["DJANGO_SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in result.stderr


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process, log, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited: {log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail("gunicorn did not start listening in time")


@pytest.fixture
def gunicorn(tmp_path):
    env = production_env(
        DJANGO_HTTPS="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
        NEWSROOM_SERVE_MEDIA="1",
        LOG_FORMAT="json",
    )
    for command in [("migrate", "--noinput"), ("seed_demo",), ("collectstatic", "--noinput")]:
        result = manage(*command, env=env)
        assert result.returncode == 0, result.stderr
    port = free_port()
    log = tmp_path / "app-server.log"
    with log.open("w") as log_file:
        process = subprocess.Popen(
            [VENV_BIN / "gunicorn", "-c", "deploy/gunicorn.conf.py", "newsroom.wsgi"],
            cwd=BASE_DIR,
            env=env | {"GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"},
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_port(port, process, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def fetch(url, **headers):
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as response:
        return response.status, response.headers, response.read()


def test_gunicorn_serves_pages_and_compressed_hashed_static_files(gunicorn):
    status, headers, body = fetch(gunicorn + "/")
    assert status == 200
    assert "Content-Security-Policy" in headers
    stylesheet = re.search(rb'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body)
    assert stylesheet, "the page should link the hashed stylesheet"
    status, headers, _ = fetch(gunicorn + stylesheet[1].decode(), **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    _, headers, _ = fetch(gunicorn + stylesheet[1].decode(), **{"Accept-Encoding": "gzip, deflate, br"})
    assert headers["Content-Encoding"] == "br"
    assert "max-age=31536000" in headers["Cache-Control"]
    assert "immutable" in headers["Cache-Control"]


def test_make_serve_setup_serves_uploaded_images(gunicorn):
    _, _, body = fetch(gunicorn + "/")
    image = re.search(rb'<img src="(/media/[^"]+\.jpg)"', body)
    assert image, "the front page should show the lead story's image"
    status, headers, _ = fetch(gunicorn + image[1].decode())
    assert (status, headers["Content-Type"]) == (200, "image/jpeg")


@pytest.mark.parametrize(
    "value", ["", "news.example.org", "ftp://news.example.org", "https://news.example.org/path"]
)
def test_production_refuses_to_start_without_a_valid_site_address(value):
    result = manage("check", env=production_env(NEWSROOM_SITE_URL=value))
    assert result.returncode != 0
    assert "NEWSROOM_SITE_URL" in result.stderr


def test_a_bad_number_stops_start_up_with_one_line_naming_the_variable():
    result = manage("check", env=production_env(DJANGO_HSTS_SECONDS="abc"))
    assert result.returncode != 0
    assert result.stderr == "Configuration error: DJANGO_HSTS_SECONDS='abc' is not a whole number.\n"


@pytest.mark.parametrize(
    ("variable", "value", "complaint"),
    [
        ("DJANGO_HTTPS", "maybe", "is neither on (1, true, yes, on) nor off (0, false, no, off)."),
        ("LOG_FORMAT", "xml", "is not one of: text, json."),
        ("LOG_LEVEL", "loud", "is not one of: DEBUG, INFO, WARNING, ERROR, CRITICAL."),
        ("TIME_ZONE", "Mars/Olympus", "is not a time zone name such as Europe/Minsk or UTC."),
        ("NEWSROOM_ADMIN_PATH", "../x/", "must be letters, digits, - and _ (with / between parts)."),
        (
            "NEWSROOM_SEARCH_LANGUAGES",
            "ru,klingon",
            "names klingon, not a language code such as ru, de or en-gb.",
        ),
    ],
)
def test_a_bad_choice_stops_start_up_with_one_line_naming_the_variable(variable, value, complaint):
    result = manage("check", env=production_env(**{variable: value}))
    assert result.returncode != 0
    assert result.stderr == f"Configuration error: {variable}={value!r} {complaint}\n"


@pytest.mark.parametrize(
    ("variable", "value"),
    [("DATABASE_URL", "mysql://newsroom:hunter2@db/newsroom"), ("REDIS_URL", "http://:hunter2@cache:6379")],
)
def test_a_bad_address_stops_start_up_without_repeating_its_password(variable, value):
    result = manage("check", env=production_env(**{variable: value}))
    assert result.returncode != 0
    assert result.stderr.startswith(f"Configuration error: {variable} (scheme ")
    assert result.stderr.count("\n") == 1 and "hunter2" not in result.stderr


def test_an_empty_host_list_means_the_default_not_no_hosts():
    code = "from django.conf import settings; print(settings.ALLOWED_HOSTS)"
    result = manage("shell", "-c", code, env=production_env(DJANGO_ALLOWED_HOSTS=""))
    assert "news.example.org" in result.stdout, result.stderr


def test_a_dotenv_file_fills_in_what_the_environment_leaves_unset(tmp_path):
    env_file = tmp_path / "newsroom.env"
    env_file.write_text(
        "# the site's own settings\nNEWSROOM_SITE_NAME='Minsk Daily'\nPAGE_CACHE_SECONDS=42\n"
    )
    env = production_env(NEWSROOM_ENV_FILE=str(env_file), PAGE_CACHE_SECONDS="7")
    env.pop("NEWSROOM_SITE_NAME", None)
    code = "from django.conf import settings; print(settings.SITE_NAME, settings.PAGE_CACHE_SECONDS)"
    result = manage("shell", "-c", code, env=env)
    assert result.stdout == "Minsk Daily 7\n", result.stderr


def test_a_one_off_shell_command_prints_only_what_it_was_asked(tmp_path):
    env = production_env(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    result = manage("shell", "-c", "print('ready')", env=env)
    assert (result.stdout, result.stderr) == ("ready\n", "")


def test_the_app_server_logs_one_json_line_per_request_and_nothing_private(gunicorn, tmp_path):
    paths = ["/", "/search/?q=my+private+search", "/no-such-page/", "/healthz"]
    for path in paths:
        try:
            fetch(gunicorn + path)
        except urllib.error.HTTPError as error:
            assert error.code == 404
    lines = (tmp_path / "app-server.log").read_text().splitlines()
    entries = [json.loads(line) for line in lines if line.startswith("{")]
    requests = [entry for entry in entries if entry["logger"] == "newsroom.requests"]
    assert [(entry["path"], entry["status"]) for entry in requests] == [
        ("/", 200),
        ("/search/", 200),
        ("/no-such-page/", 404),
        ("/healthz", 200),
    ]
    assert all(entry["request_id"] and entry["duration_ms"] >= 0 for entry in requests)
    assert not [line for line in lines if "GET /" in line and not line.startswith("{")], "a second access log"
    assert "private" not in "\n".join(lines)
    assert "127.0.0.1" not in "\n".join(line for line in lines if line.startswith("{"))
