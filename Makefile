# JunLite CRM: `make dev` runs the product, `make test` runs every suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: dev web mobile test test-python test-web test-mobile lint schema install lock clean

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "JunLite needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

## Embedded PostgreSQL + Redis, migrations, demo data, API and worker; Ctrl-C stops all of it.
## The API serves the web console, built first when Node is here.
dev: $(STAMP) web
	$(BIN)/junlite dev

web:
	@if [ -f web/package.json ] && command -v npm >/dev/null; then $(MAKE) -C web build; \
	else echo "make dev: no Node here: the web console is not built (the API serves /graphql)"; fi

## The field app's development server (Expo): scan its QR code with Expo Go on a phone.
mobile:
	$(MAKE) -C mobile start

## Every suite: lint and types, the Python suite, then the web and mobile suites.
test: lint test-python test-web test-mobile

# The Python suite runs on JUNLITE_TEST_WORKERS pytest-xdist workers (measured fastest on this
# 2-core machine: docs/architecture.md#tests); JUNLITE_TEST_WORKERS=0 runs it in one process.
# PYTEST_ARGS adds options, e.g. PYTEST_ARGS='-k login'.
JUNLITE_TEST_WORKERS ?= 2
PYTEST_WORKERS = $(if $(filter 0,$(JUNLITE_TEST_WORKERS)),-p no:xdist,-n $(JUNLITE_TEST_WORKERS) --dist loadfile)

test-python: $(STAMP)
	@status=0; $(BIN)/python -m pytest -q $(PYTEST_WORKERS) $(PYTEST_ARGS) || status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test-python: FAILED: pytest collected no tests" >&2; fi; \
	exit $$status

test-web:
	@if [ -f web/package.json ]; then $(MAKE) -C web test; \
	else echo "make test: web/ has no app yet: no web suite to run"; fi

test-mobile:
	@if [ -f mobile/package.json ]; then $(MAKE) -C mobile test; \
	else echo "make test: mobile/ has no app yet: no mobile suite to run"; fi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## Regenerate schema.graphql, the contract the clients generate their types from.
schema: $(STAMP)
	$(BIN)/junlite export-schema --output schema.graphql

## Re-pin every Python dependency after changing pyproject.toml.
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^junlite' > requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
