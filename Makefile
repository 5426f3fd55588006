# Two commands: `make run` and `make test`; each sets up what it needs first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Without a token `make run` opens the local chat; `make run LOCAL_CHAT=on|off` chooses.
LOCAL_CHAT ?= auto

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python bot.py --local-chat=$(LOCAL_CHAT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/vulture
	$(BIN)/python tools/sizes.py

# One test process per core (each with its own template database and media worker); whole
# files stay together so a file's shared fixtures are made once. The 20 slowest are listed.
PYTEST_WORKERS ?= auto
test: $(STAMP) lint
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist loadfile --durations=20

bench: $(STAMP)
	$(BIN)/python bench/reminders.py

clean:
	rm -rf $(VENV) data
