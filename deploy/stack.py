"""The production shape on one machine: Varnish in front of two gunicorn app servers, PostgreSQL,
Redis and a task worker, all on loopback (`make stack`, `make stack-stop`).

    python deploy/stack.py start   # prints the addresses
    python deploy/stack.py stop    # ends exactly what `start` started

STACK_PORT (8100) is Varnish; the app servers take the next two ports. STACK_DATABASE_URL
(postgres://postgres@127.0.0.1:5432/newsroom_stack, created if missing) and STACK_REDIS_URL
(redis://127.0.0.1:6379/3) are shared by both. STACK_DIR (.stack/; Varnish's own user must be
able to read it) holds the logs, the pids and app-env.json, the app servers' environment (for
`manage.py` against the stack).
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
WAIT = 60  # seconds each server may take to answer


def say(message):
    print(f"stack: {message}", flush=True)


def fail(message):
    sys.exit(f"stack: {message}")


def config():
    port = int(os.environ.get("STACK_PORT", "8100"))
    return {
        "dir": Path(os.environ.get("STACK_DIR", ROOT / ".stack")),
        "edge": port,
        "apps": [port + 1, port + 2],
        "database": os.environ.get("STACK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom_stack"),
        "redis": os.environ.get("STACK_REDIS_URL", "redis://127.0.0.1:6379/3"),
    }


APP_VARIABLES = [
    "DJANGO_SETTINGS_MODULE", "DJANGO_DEBUG", "DJANGO_SECRET_KEY", "DJANGO_HTTPS", "NEWSROOM_SITE_URL",
    "DJANGO_ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "TRUSTED_PROXIES", "EDGE_PURGE_URLS",
    "NEWSROOM_SERVE_MEDIA", "MEDIA_ROOT", "STATIC_ROOT",
]  # fmt: skip


def app_environment(stack):
    site = f"http://127.0.0.1:{stack['edge']}"
    secret = stack["dir"] / "secret-key"
    if not secret.exists():
        secret.write_text(os.urandom(32).hex())
        secret.chmod(0o600)
    return os.environ | {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secret.read_text(),
        "DJANGO_HTTPS": "0",
        "NEWSROOM_SITE_URL": site,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": stack["database"],
        "REDIS_URL": stack["redis"],
        "TRUSTED_PROXIES": "127.0.0.1",
        "EDGE_PURGE_URLS": site + "/",
        "NEWSROOM_SERVE_MEDIA": "1",
        "MEDIA_ROOT": str(stack["dir"] / "media"),
        "STATIC_ROOT": str(stack["dir"] / "static"),
    }


def ensure_varnish():
    if shutil.which("varnishd") or Path("/usr/sbin/varnishd").exists():
        return
    say("installing Varnish (Debian: varnish, varnish-modules)…")
    updated = subprocess.run(["apt-get", "update", "-qq"], check=False)
    installed = subprocess.run(["apt-get", "install", "-y", "-qq", "varnish", "varnish-modules"], check=False)
    if updated.returncode != 0 or installed.returncode != 0:
        fail("Varnish is not installed and could not be installed (apt-get install varnish varnish-modules).")


def ensure_database(url, fresh=False):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=5) as connection:
            if fresh:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                connection.execute(f'CREATE DATABASE "{name}"')
                say(f"created the database {name}")
    except psycopg.Error as error:
        fail(f"PostgreSQL at {parts.hostname}:{parts.port} is not reachable: {error}".strip())


def manage(env, *arguments):
    command = [PYTHON, "manage.py", *arguments]
    finished = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        fail(f"manage.py {' '.join(arguments)} failed:\n{finished.stderr.strip()}")


def spawn(stack, name, command, env):
    log = open(stack["dir"] / f"{name}.log", "ab")  # noqa: SIM115 - the process keeps it
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    return process.pid


def wait_for(url, name):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    fail(f"{name} did not answer at {url} within {WAIT} s (see its log in the stack folder)")


def start():
    stack = config()
    pids_file = stack["dir"] / "pids.json"
    if pids_file.exists():
        fail(f"a stack is already running ({pids_file}); run `make stack-stop` first")
    stack["dir"].mkdir(parents=True, exist_ok=True)
    ensure_varnish()
    # STACK_FRESH=1 (the stack test): an empty database and cache, as on a first start.
    fresh = os.environ.get("STACK_FRESH") == "1"
    ensure_database(stack["database"], fresh)
    if fresh:
        import redis

        redis.Redis.from_url(stack["redis"]).flushdb()
    env = app_environment(stack)
    # What the app servers run with, so `manage.py` can be pointed at the stack's database.
    app_env_file = stack["dir"] / "app-env.json"
    app_env_file.write_text(json.dumps({name: env[name] for name in APP_VARIABLES}))
    app_env_file.chmod(0o600)
    say("migrating, collecting static files, loading the demo content on an empty database…")
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "seed_demo", "--if-empty")
    pids = {}
    for number, port in enumerate(stack["apps"], start=1):
        app_env = env | {"GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2"}
        command = [str(BIN / "gunicorn"), "-c", str(DEPLOY / "gunicorn.conf.py"), "newsroom.wsgi"]
        pids[f"app{number}"] = spawn(stack, f"app{number}", command, app_env)
    pids["worker"] = spawn(stack, "worker", [PYTHON, "manage.py", "db_worker", "--no-reload"], env)
    pids_file.write_text(json.dumps(pids))
    servers = list(enumerate(stack["apps"], start=1))
    backends = "\n".join(f'backend app{n} {{ .host = "127.0.0.1"; .port = "{p}"; }}' for n, p in servers)
    adds = "\n".join(f"    app.add_backend(app{n});" for n, _ in servers)
    director = f"sub vcl_init {{\n    new app = directors.round_robin();\n{adds}\n}}\n"
    (stack["dir"] / "backends.vcl").write_text(f"{backends}\n\n{director}")
    for number, port in enumerate(stack["apps"], start=1):
        wait_for(f"http://127.0.0.1:{port}/healthz", f"app server {number}")
    varnishd = [
        shutil.which("varnishd") or "/usr/sbin/varnishd",
        *("-a", f"127.0.0.1:{stack['edge']}", "-f", str(DEPLOY / "varnish.vcl")),
        *("-p", f"vcl_path={stack['dir']}:{DEPLOY}:/etc/varnish", "-n", str(stack["dir"] / "varnish")),
        *("-s", "malloc,128m", "-P", str(stack["dir"] / "varnish.pid")),
    ]
    varnish = subprocess.run(varnishd, capture_output=True, text=True, check=False)
    if varnish.returncode != 0:
        stop(quiet=True)
        fail(f"Varnish did not start:\n{varnish.stderr.strip() or varnish.stdout.strip()}")
    pids["varnish"] = int((stack["dir"] / "varnish.pid").read_text())
    pids_file.write_text(json.dumps(pids))
    wait_for(f"http://127.0.0.1:{stack['edge']}/healthz", "Varnish")
    say(f"Varnish (the site):  http://127.0.0.1:{stack['edge']}/")
    for number, port in enumerate(stack["apps"], start=1):
        say(f"app server {number}:       http://127.0.0.1:{port}/")
    say(f"database {stack['database']}, cache {stack['redis']}, logs in {stack['dir']}")
    say("stop it with `make stack-stop`")


def stop(quiet=False):
    stack = config()
    pids_file = stack["dir"] / "pids.json"
    if not pids_file.exists():
        if not quiet:
            say("no stack is running")
        return
    for name, pid in json.loads(pids_file.read_text()).items():
        try:
            # Each was started in a session of its own: end it with everything it started.
            if name == "varnish":
                os.kill(pid, signal.SIGTERM)
            else:
                os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            continue
        if not quiet:
            say(f"stopped {name} (pid {pid})")
    pids_file.unlink()


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action == "start":
        start()
    elif action == "stop":
        stop()
    else:
        fail("usage: python deploy/stack.py start|stop")
