# Two commands matter: `make run` and `make test`. Everything else supports them.
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
# Local defaults; the environment overrides them (CI sets DATABASE_URL).
RUN_ENV := DJANGO_DEBUG=1
TEST_ENV := DJANGO_HTTPS=$${DJANGO_HTTPS:-0} DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-test-only-secret-key-not-for-production}

.PHONY: install run serve bench test lint format migrate sample-content messages clean

$(VENV)/.installed: pyproject.toml
	@python=$$(scripts/find-python) || exit 1; \
	 test -x $(PY) || { echo "Creating $(VENV) with $$python"; "$$python" -m venv $(VENV); }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(VENV)/.installed

migrate: install
	$(RUN_ENV) $(PY) manage.py migrate --noinput

sample-content: migrate
	$(RUN_ENV) $(PY) manage.py load_sample_content

run: sample-content
	$(RUN_ENV) $(PY) manage.py runserver 127.0.0.1:8000

# As in production: gunicorn, debug off, hashed static files served by whitenoise.
# Needs DJANGO_SECRET_KEY; DJANGO_HTTPS=0 for plain HTTP on this machine.
serve: install
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py migrate --noinput
	$(BIN)/gunicorn --config portal/gunicorn.conf.py portal.wsgi:application

# Measures the portal under gunicorn on PostgreSQL with wrk on this machine, cached and uncached, with
# five and with 11,000 cities; writes the figures into docs/benchmarks.md, which says how. As root,
# scripts/provision installs wrk, starts PostgreSQL and creates the benchmark's database. About ten minutes.
bench: install
	$(PY) scripts/bench

test: install
	$(TEST_ENV) $(PY) -m tests.environment collectstatic --noinput --verbosity 0
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

# ruff, and import-linter's contract of the layers (pyproject.toml, [tool.importlinter]).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Interface translations: extract every language's catalogue, compile the .mo
# files (committed, so `make run` needs no gettext), then list what is still open.
LOCALES := de en uk ar tr ru fa
messages: install
	$(RUN_ENV) $(PY) manage.py makemessages $(addprefix -l ,$(LOCALES)) --no-obsolete \
		--ignore '.venv/*' --ignore 'staticfiles/*' --ignore 'tests/*'
	$(RUN_ENV) $(PY) manage.py compilemessages --ignore '.venv/*'
	scripts/check-translations

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
