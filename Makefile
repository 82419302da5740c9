# The two commands of the README: `make run` and `make test`. Both create .venv as needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_APP := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck pytest translations bundle tarball benchmarks clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_APP): pyproject.toml setup.py | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml setup.py | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(STAMP_APP)

translations: $(STAMP_APP)
	$(BIN)/python -m imwu_desktop.gui.i18n_build

run: $(STAMP_APP) translations
	$(BIN)/imwu-desktop $(ARGS)

lint: $(STAMP_TEST)
	$(BIN)/ruff check imwu_desktop tests benchmarks installers

typecheck: $(STAMP_TEST)
	$(BIN)/mypy

pytest: $(STAMP_TEST) translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bundle: $(STAMP_TEST)
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build installers/imwu-desktop.spec
	dist/imwu-desktop/imwu-desktop --version

tarball: bundle
	installers/linux/make-tarball.sh

benchmarks: $(STAMP_TEST)
	$(BIN)/python -m benchmarks.run_all

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
