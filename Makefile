# Everything installs into .venv on first use; `make test` is what CI runs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
BASE   := $(VENV)/.installed-base
DEV    := $(VENV)/.installed-dev
# two workers; a notebook's cells (and a module's tests) stay on one worker
PYTEST := $(BIN)/python -m pytest -n 2 --dist loadscope

.PHONY: install browser run check test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# what the report needs, nothing more
$(BASE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# the test, notebook and benchmark tools (the `dev` extra)
$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(BASE)

install: $(DEV)

# Debian's chromium for the report's browser test (apt needs root; without it the test is skipped)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is not installed and cannot be: the browser test will be skipped"; fi; }

run: $(BASE)                  ## the main job on the shipped corpus: report/report.html + data files
	$(BIN)/corpus-tools report seeds/ -o report/

check: $(DEV)                 ## unit tests and doctests: no browser, wheel, fuzzing or notebooks (< 1 min)
	$(BIN)/ruff check corpus_tools tests benchmarks
	$(PYTEST) -m "not slow" corpus_tools tests

test: $(DEV) browser          ## every test: ruff, unit tests, fuzzing, notebooks (nbval), the wheel, Chromium
	$(BIN)/ruff check corpus_tools tests benchmarks
	$(PYTEST)

bench: $(DEV)                 ## the scale benchmark on Reuters-21578 (needs ../shared/data; ~6 min)
	$(BIN)/python benchmarks/scale.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis report
