# Every target here is exactly what the README and CI run.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
# CI adds pg (psycopg) for the PostgreSQL store suite: make test EXTRAS=dev,pg
EXTRAS ?= dev

.PHONY: demo test lint bench fixtures clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsdesk run --session 2026-11-20

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check pipeline tests scripts bench
	$(BIN)/mypy pipeline

bench: $(STAMP)
	$(BIN)/python bench/indicators_bench.py
	$(BIN)/python bench/verify_bench.py
	$(BIN)/python bench/review_outputs_bench.py
	$(BIN)/python bench/ingest_bench.py
	$(BIN)/python bench/chart_bench.py
	$(BIN)/python bench/worker_bench.py
	$(BIN)/python bench/engine_peers_bench.py
	$(BIN)/python bench/scale_bench.py
	$(BIN)/python bench/backfill_bench.py
	$(BIN)/python bench/model_batch_bench.py
	$(BIN)/python bench/editorial.py

fixtures: $(STAMP)
	$(BIN)/python scripts/make_fixtures.py

clean:
	rm -rf $(VENV) outputs/* .newsdesk .pytest_cache
