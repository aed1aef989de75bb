# Every target sets itself up: a fresh clone needs nothing but python3.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: test lint typecheck pytest demo generate bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,speed,bench]'
	touch $(STAMP)

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(PY) -m ruff check perfectgym_async generator tests benchmarks
	$(PY) -m ruff format --check perfectgym_async generator tests benchmarks

typecheck: $(STAMP)
	$(PY) -m mypy

pytest: $(STAMP)
	$(PY) -m pytest -q

generate: $(STAMP)
	$(PY) -m generator
	$(PY) -m ruff format --quiet perfectgym_async

demo: $(STAMP)
	$(PY) -m perfectgym_async demo

bench: $(STAMP)
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
