# Open Klachten: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PG_URL ?= postgres://postgres@127.0.0.1:5432/openklachten
DEMO_SIZE ?= 50000

.PHONY: install demo serve test lint format test-sqlite test-postgres bench eval-anonymisation screenshots generated

$(VENV)/.installed: pyproject.toml package.json
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@# Spectral lints the OpenAPI file against the NL API Design Rules; without npm that test skips.
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; else echo "npm ontbreekt: de API-linttest wordt overgeslagen" >&2; fi
	touch $@

install: $(VENV)/.installed

## Build the demo dataset (50,000 synthetic complaints) and serve the site at http://127.0.0.1:8000
demo: install
	$(BIN)/openklachten demo --size $(DEMO_SIZE)

serve: install
	$(BIN)/openklachten serve

## Run every test on SQLite (with the browser tests) and on PostgreSQL
test: install
	scripts/ensure-services
	$(MAKE) --no-print-directory lint test-sqlite test-postgres

## Lint and format check (ruff, configured in pyproject.toml); `make format` rewrites
lint:
	$(BIN)/ruff check openklachten tests
	$(BIN)/ruff format --check openklachten tests

format:
	$(BIN)/ruff check --fix openklachten tests
	$(BIN)/ruff format openklachten tests

test-sqlite:
	$(BIN)/python -m pytest

test-postgres:
	@if pg_isready -q -h 127.0.0.1 -p 5432; then \
	  DATABASE_URL=$(PG_URL) $(BIN)/python -m pytest -m "not browser"; \
	else echo "PostgreSQL is niet bereikbaar op 127.0.0.1:5432: de PostgreSQL-helft van de tests is NIET gedraaid." >&2; exit 1; fi

## Benchmarks: print numbers, never fail on them
bench: install
	$(BIN)/openklachten bench_validate
	$(BIN)/openklachten bench_import_memory
	$(BIN)/openklachten bench_import_job
	$(BIN)/openklachten bench_dashboard
	$(BIN)/openklachten bench_exports
	$(BIN)/openklachten bench_delivery_api
	$(BIN)/openklachten bench_readmodel
	$(BIN)/openklachten bench_site
	$(BIN)/openklachten bench_load --size 1000000
	nice -n 10 $(BIN)/openklachten bench_scale --size 10000000
	$(BIN)/openklachten bench_kanonymity
	$(BIN)/openklachten bench_reports --size 1000000
	$(BIN)/openklachten eval_anonymisation
	nice -n 10 $(BIN)/openklachten bench_anonymisation --instructies

eval-anonymisation: install
	$(BIN)/openklachten eval_anonymisation
	$(BIN)/openklachten eval_risk_model
	$(BIN)/openklachten eval_risk_model --replay docs/metingen/replay-b307b69-KL.jsonl --replay docs/metingen/replay-98e6316-MN.jsonl

screenshots: install
	$(BIN)/openklachten screenshots --output screenshots

## Regenerate the committed generated files (schemas, docs, template, OpenAPI)
generated: install
	$(BIN)/openklachten regenerate
