# The two commands: `make run` and `make test`.  Both create .venv if it is missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck bench snapshots clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

## Open the TUI on the demo inspection in your data folder (written on first run).
run: $(STAMP)
	@$(BIN)/python -m compileall -q store tui exporters cli demo  # bytecode now, not at every start
	$(BIN)/fieldwork

## Lint, type checks, layering contract and the whole test suite, on every core
## (pytest-xdist; each test has its own tmp_path, databases and tmux socket).  The long
## tests come first (tests/conftest.py); the workers split the list in order and the one
## that runs out takes the other's last tests (worksteal), so they finish together.
test: lint typecheck
	$(BIN)/python -m pytest -q -n auto --dist worksteal

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
