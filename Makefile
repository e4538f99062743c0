# Newsroom: the commands in the README. `make run` to try it, `make test` to check it.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
WORKERS ?= 3
# Test processes in parallel (pytest-xdist); 2 suits the 2-core CI machines.
TEST_WORKERS ?= 2
# Local development runs in debug mode; `make serve` does not.
DEV_ENV := DJANGO_DEBUG=1 NEWSROOM_SITE_URL=$${NEWSROOM_SITE_URL:-http://127.0.0.1:$(PORT)}

.PHONY: run test serve lint bench bench-stack clean stack stack-stop stack-test messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The W3C Nu HTML checker for tests/quality/test_html_validity.py: the current vnu.jar, which W3C publishes
# on the npm registry. Without npm the install is skipped, and so (with one line) are those tests.
VNU_VERSION := 26.9.27
VNU := $(VENV)/vnu

# The schema.org vocabulary for tests/discovery/test_schema_vocabulary.py: every type and property with the
# types its values may have, as Google's schema-dts package publishes it (generated from schema.org's own
# definitions) on the npm registry. Without npm those tests are skipped, with one line.
SCHEMA_DTS_VERSION := 2.1.0
SCHEMA_DTS := $(VENV)/schema-dts

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python $(VNU)/.installed-$(VNU_VERSION) \
		$(SCHEMA_DTS)/.installed-$(SCHEMA_DTS_VERSION)
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

# --ignore-scripts: the package's postinstall would download a Java runtime; the tests use the system's Java.
$(VNU)/.installed-$(VNU_VERSION):
	@if ! command -v npm >/dev/null 2>&1; then \
		echo "npm not found: the HTML validity tests will be skipped (install Node.js and npm to run them)."; \
	elif rm -rf $(VNU) && npm install --silent --no-audit --no-fund --ignore-scripts --prefix $(VNU) \
		vnu-jar@$(VNU_VERSION); then \
		touch $@; \
	else \
		echo "Could not install vnu-jar from the npm registry: the HTML validity tests will be skipped."; \
	fi

$(SCHEMA_DTS)/.installed-$(SCHEMA_DTS_VERSION):
	@if ! command -v npm >/dev/null 2>&1; then \
		echo "npm not found: the schema.org vocabulary tests will be skipped."; \
	elif rm -rf $(SCHEMA_DTS) && npm install --silent --no-audit --no-fund --ignore-scripts \
		--prefix $(SCHEMA_DTS) schema-dts@$(SCHEMA_DTS_VERSION); then \
		touch $@; \
	else \
		echo "Could not install schema-dts from the npm registry: the schema.org vocabulary tests will be skipped."; \
	fi

# `run` and `serve` start the task worker (comment emails) beside the web server, and stop it with it.
run: $(VENV)/.installed
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py seed_demo --if-empty
	$(DEV_ENV) $(BIN)/python manage.py db_worker --no-reload & trap 'kill $$!' EXIT INT TERM; \
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The interface in other languages (README, "Languages"): every marked string from the code and templates
# into locale/<language>/LC_MESSAGES/django.po, to translate there, then the compiled django.mo that Django
# reads. Both are committed, so `make run` needs no gettext tools. Needs GNU gettext (apt-get install gettext).
TRANSLATIONS ?= ru
MESSAGES_IGNORE := --ignore=.venv --ignore=test-artifacts --ignore=staticfiles --ignore=media --ignore=tests \
	--ignore=bench --ignore=deploy --ignore=docs

messages: $(VENV)/.installed
	$(DEV_ENV) $(BIN)/python manage.py makemessages $(addprefix -l ,$(TRANSLATIONS)) --no-obsolete \
		--add-location=file $(MESSAGES_IGNORE)
	$(DEV_ENV) $(BIN)/python manage.py compilemessages $(addprefix -l ,$(TRANSLATIONS)) $(MESSAGES_IGNORE)

# Production-like: debug off, hashed and compressed static files served by WhiteNoise, gunicorn.
# Plain HTTP on 127.0.0.1, so HTTPS enforcement is off unless DJANGO_HTTPS=1 is set.
.secret-key: | $(BIN)/python
	$(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@

serve: $(VENV)/.installed .secret-key
	export DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .secret-key)}" DJANGO_HTTPS="$${DJANGO_HTTPS:-0}" \
		NEWSROOM_SERVE_MEDIA="$${NEWSROOM_SERVE_MEDIA:-1}" NEWSROOM_SITE_URL="$${NEWSROOM_SITE_URL:-http://127.0.0.1:$(PORT)}"; \
	$(BIN)/python manage.py migrate --noinput && \
	$(BIN)/python manage.py seed_demo --if-empty && \
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0 && \
	{ $(BIN)/python manage.py db_worker --no-reload & trap 'kill $$!' EXIT INT TERM; \
	$(BIN)/gunicorn newsroom.wsgi --bind 127.0.0.1:$(PORT) --workers $(WORKERS) --access-logfile -; }

bench: $(VENV)/.installed
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/search.py --database all
	$(BIN)/python bench/wxr_import.py

# The running `make stack`, through Varnish and at one app server directly, beside the floor.
bench-stack: $(VENV)/.installed
	$(BIN)/python bench/stack.py

clean:
	rm -rf $(VENV) staticfiles

# The production shape on loopback: Varnish on STACK_PORT (8100) before two gunicorn app servers on
# the next two ports, PostgreSQL (STACK_DATABASE_URL), Redis (STACK_REDIS_URL) and a task worker.
stack: $(VENV)/.installed
	$(BIN)/python deploy/stack.py start

stack-stop:
	$(BIN)/python deploy/stack.py stop

# Starts a stack of its own on free ports, proves it through Varnish, and stops it.
stack-test: $(VENV)/.installed
	$(BIN)/python -m pytest -m stack tests/stack

