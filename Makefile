# learnloop: `make run` serves the demo; `make test` runs every test (SQLite, then PostgreSQL).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/learnloop
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test assets browser services check lint test-sqlite test-postgres demo clean engine

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[engine]'
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed assets engine
install-test: $(VENV)/.installed-test assets browser engine

# The de-identification engine compiled with mypyc (optional: without it, or while it is older
# than its sources, the pure Python engine runs). A failed build says so and exits 0, but 1 under
# CI=true; see docs/adr/0022-an-optional-compiled-engine.md.
ENGINE_SOURCES := $(addprefix learnloop/sharing/,wordlists.py names.py locations.py deidentify.py spans.py) \
	learnloop/reports/nhs_number.py
build/engine/manifest.json: $(ENGINE_SOURCES) scripts/build_engine.py | $(VENV)/.installed
	$(BIN)/python scripts/build_engine.py

engine: build/engine/manifest.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

# NHS.UK frontend's compiled CSS, JS and images, copied from npm into static files.
learnloop/static/nhsuk/.copied: node_modules/.package-lock.json
	rm -rf learnloop/static/nhsuk
	mkdir -p learnloop/static/nhsuk
	cp node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.js learnloop/static/nhsuk/
	cp -r node_modules/nhsuk-frontend/dist/nhsuk/assets learnloop/static/nhsuk/assets
	touch $@

assets: learnloop/static/nhsuk/.copied

# Debian's Chromium for the browser tests (Playwright cannot download its own here).
browser:
	@command -v chromium >/dev/null || { echo "Installing Chromium from Debian's packages"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || { echo "Could not install chromium; run: sudo apt-get install chromium"; exit 1; }; }

services:
	@scripts/services.sh

demo: install
	DEBUG=1 $(BIN)/learnloop migrate --verbosity 0
	DEBUG=1 $(BIN)/learnloop load_demo --base-url http://$(HOST):$(PORT)

run: demo
	@echo "learnloop is at http://$(HOST):$(PORT)/  (Ctrl-C to stop)"
	DEBUG=1 $(BIN)/learnloop runserver $(HOST):$(PORT)

check: install-test
	$(BIN)/python scripts/check_tenancy.py
	$(BIN)/ruff check learnloop scripts tests bench

test-sqlite: install-test
	$(BIN)/pytest -n 2 --dist loadgroup -p xdist --cov --cov-report=term:skip-covered

test-postgres: install-test services
	DATABASE_URL=$(PG_TEST_URL) $(BIN)/pytest -n 2 --dist loadgroup

test: check test-sqlite test-postgres

clean:
	rm -rf $(VENV) node_modules learnloop/static/nhsuk var build
