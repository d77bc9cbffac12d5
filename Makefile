# The two commands: `make run` and `make test`.  Both create .venv if it is missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck bytecode bench snapshots clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## Open the TUI on the demo inspection in your data folder (written on first run).
run: $(STAMP)
	@$(BIN)/python -m compileall -q store tui exporters cli demo  # bytecode now, not at every start
	$(BIN)/fieldwork

## Lint, type checks, layering contract and the whole test suite, two workers a core
## (pytest-xdist; each test has its own tmp_path, databases and tmux socket): a test
## that waits (for the real terminal, LibreOffice, a process it started) leaves its core
## to another worker instead of idle.  The long tests come first (tests/conftest.py); the
## workers split the list in order and one that runs out takes another's last tests
## (worksteal), so they finish together.  TEST_WORKERS=N to choose.  PYTHONPATH makes
## the commands the tests start (`fieldwork` in tmux, on a terminal) run this checkout's
## code even where the venv's editable install points at another checkout of the repo.
TEST_WORKERS ?= $(shell echo $$((2 * $$(nproc 2>/dev/null || echo 1))))
test: lint typecheck bytecode
	PYTHONPATH=$(CURDIR) $(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist worksteal

## Bytecode where a checkout has none yet (a clean clone): the product compiled on every
## core, and the test modules as pytest rewrites their asserts, in two collections of
## half the folders each.  Otherwise each parallel worker of the run compiles and
## rewrites all of it at once at its start (about 3 CPU-s a worker, 12 a run, before the
## first test).  Nothing is run; a checkout that has it already skips this.
REWRITTEN := $(wildcard tests/export/__pycache__/conftest.*-pytest-*.pyc)
COLLECT := $(BIN)/python -m pytest -q --collect-only -p no:cacheprovider
bytecode: $(STAMP)
ifeq ($(REWRITTEN),)
	$(BIN)/python -m compileall -q -j 0 store tui exporters cli demo templates bench tests
	@$(COLLECT) tests/export tests/store tests/demo tests/fixtures >/dev/null 2>&1 & \
	$(COLLECT) tests/tui tests/merge tests/team $(wildcard tests/test_*.py) >/dev/null 2>&1; \
	wait
endif

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

## Benchmarks: each prints a ratio against a baseline measured in the same run.
bench: $(STAMP)
	$(BIN)/python -m bench

## Regenerate SVG snapshots after a deliberate change to a screen (look at them first).
snapshots: $(STAMP)
	$(BIN)/python -m pytest -q tests/tui --snapshot-update

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
