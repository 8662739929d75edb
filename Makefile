# Everything installs into .venv on first use; `make test` is what CI runs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)                 ## the main job on the shipped corpus
	$(BIN)/corpus-tools summary seeds/

test: $(STAMP)                ## every test: unit tests, notebooks (nbval), ruff
	$(BIN)/ruff check corpus_tools tests benchmarks
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
