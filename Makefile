# Everything installs into .venv on first use; `make test` is what CI runs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install browser run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the report's browser test (apt needs root; without it the test is skipped)
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is not installed and cannot be: the browser test will be skipped"; fi; }

run: $(STAMP)                 ## the main job on the shipped corpus: report/report.html + data files
	$(BIN)/corpus-tools report seeds/ -o report/

test: $(STAMP) browser        ## every test: ruff, unit tests, notebooks (nbval), the report in Chromium
	$(BIN)/ruff check corpus_tools tests benchmarks
	$(BIN)/python -m pytest

bench: $(STAMP)               ## the scale benchmark on Reuters-21578 (needs ../shared/data; ~6 min)
	$(BIN)/python benchmarks/scale.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis report
