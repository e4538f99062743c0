import socket
from datetime import timedelta

import dj_database_url
import pytest
from django.db import connection, connections
from django.db.utils import load_backend
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from comments.tasks import deliver
from operations.tasks_recovery import stale_running

pytestmark = pytest.mark.django_db

MESSAGE = {"subject": "Your comment", "body": "Thanks for writing.", "to": ["reader@example.org"]}
HEALTHY = {
    "status": "ok",
    "database": {"ok": True},
    "cache": {"ok": True},
    "tasks": {"ok": True, "waiting": 0, "oldest_waiting_seconds": 0, "stale_running": 0},
}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(autouse=True)
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.TASKS_STALE_AFTER = 300
    settings.HEALTHZ_MAX_TASK_AGE = 600


@pytest.fixture
def database_down():
    """The default connection pointed at a PostgreSQL port where nothing listens."""
    working = connections["default"]
    url = f"postgres://newsroom@127.0.0.1:{free_port()}/newsroom"
    settings_dict = connections.configure_settings({"default": dj_database_url.parse(url)})["default"]
    connections["default"] = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, "default")
    yield
    connections["default"] = working


def waiting_task(*, enqueued_ago, run_after=None):
    result = deliver.using(run_after=run_after).enqueue(MESSAGE)
    DBTaskResult.objects.filter(pk=result.id).update(enqueued_at=timezone.now() - enqueued_ago)
    return result


def running_task(*, started_ago):
    result = deliver.enqueue(MESSAGE)
    DBTaskResult.objects.get(pk=result.id).claim("worker")
    DBTaskResult.objects.filter(pk=result.id).update(started_at=timezone.now() - started_ago)
    return result


def test_healthy_site_answers_200(client):
    response = client.get(reverse("operations:healthz"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == HEALTHY


def test_tasks_wait_from_when_they_could_run(client):
    """A retry waits from its run_after time, not from when it was queued hours before."""
    waiting_task(enqueued_ago=timedelta(seconds=30))
    waiting_task(enqueued_ago=timedelta(hours=6), run_after=timezone.now() - timedelta(seconds=10))
    waiting_task(enqueued_ago=timedelta(hours=6), run_after=timezone.now() + timedelta(hours=1))
    running_task(started_ago=timedelta(seconds=5))
    tasks = client.get(reverse("operations:healthz")).json()["tasks"]
    assert tasks["waiting"] == 2
    assert 30 <= tasks["oldest_waiting_seconds"] < 60
    assert tasks["stale_running"] == 0


def test_task_waiting_too_long_answers_503(client):
    waiting_task(enqueued_ago=timedelta(seconds=601))
    response = client.get(reverse("operations:healthz"))
    assert response.status_code == 503
    assert response.json()["status"] == "fail"
    assert response.json()["tasks"]["ok"] is False
    assert response.json()["database"] == {"ok": True}


def test_stale_running_task_answers_503(client):
    running_task(started_ago=timedelta(seconds=301))
    response = client.get(reverse("operations:healthz"))
    assert response.status_code == 503
    assert response.json()["tasks"] == {
        "ok": False,
        "waiting": 0,
        "oldest_waiting_seconds": 0,
        "stale_running": 1,
    }


def test_unreachable_cache_answers_503(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        }
    }
    response = client.get(reverse("operations:healthz"))
    assert response.status_code == 503
    assert response.json()["cache"] == {"ok": False, "error": "ConnectionError"}
    assert response.json()["database"] == {"ok": True}


def test_unreachable_database_answers_503_not_500(client, database_down):
    response = client.get(reverse("operations:healthz"))
    assert response.status_code == 503
    assert response.json() == {
        "status": "fail",
        "database": {"ok": False, "error": "OperationalError"},
        "cache": {"ok": True},
        "tasks": {"ok": False, "waiting": None, "oldest_waiting_seconds": None, "stale_running": None},
    }


def test_answer_is_never_cached_nor_indexed_and_sets_no_cookie(client):
    response = client.get(reverse("operations:healthz"))
    assert "no-store" in response["Cache-Control"]
    assert "Cookie" not in response.get("Vary", "")
    assert response.cookies == {}
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_head_is_answered_and_post_refused(client):
    assert client.head(reverse("operations:healthz")).status_code == 200
    assert client.post(reverse("operations:healthz")).status_code == 405


def test_query_count_does_not_grow_with_the_queue(client, django_assert_num_queries):
    for age in range(1, 6):
        waiting_task(enqueued_ago=timedelta(seconds=age))
        running_task(started_ago=timedelta(seconds=age))
    # 1. waiting tasks: how many, and since when; 2. stale running tasks. The cache is not the database.
    with django_assert_num_queries(2):
        response = client.get(reverse("operations:healthz"))
    assert response.json()["tasks"]["waiting"] == 5


@pytest.mark.skipif(connection.vendor != "sqlite", reason="PostgreSQL's planner scans tables this small")
def test_task_queries_read_an_index_not_the_whole_table():
    """The table keeps every finished task; each poll must not read it all (our index may not survive a
    library migration that rebuilds the table on SQLite)."""
    full_scan = f"SCAN {DBTaskResult._meta.db_table}"
    assert full_scan not in DBTaskResult.objects.ready().order_by().explain()
    assert full_scan not in stale_running().order_by().explain()
