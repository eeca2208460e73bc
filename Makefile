# Mianba: `make run` starts the app, `make test` runs every check. Both bootstrap what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
TEST_MODELS ?= $(HOME)/.cache/mianba-test/models
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test test-llm lint bench screenshots package package-test system clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.app: pyproject.toml scripts/system-packages.txt | $(BIN)/python
	bash scripts/bootstrap-system.sh scripts/system-packages.txt
	$(BIN)/pip install -q -e .
	$(BIN)/python -m mianba.setup_models
	touch $@

$(VENV)/.test: $(VENV)/.app scripts/test-packages.txt
	bash scripts/bootstrap-system.sh scripts/test-packages.txt
	$(BIN)/pip install -q -e '.[test]'
	MIANBA_MODELS_DIR=$(TEST_MODELS) $(BIN)/python -m mianba.setup_models
	touch $@

run: $(VENV)/.app
	$(BIN)/mianba

lint: $(VENV)/.test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen MIANBA_MODELS_DIR=$(TEST_MODELS) $(BIN)/python -m pytest -q

# the real-model tier (tests/llm): builds llama.cpp's llama-server once (~10 min on 2 cores,
# cached in ~/.cache/mianba-test), assembles Qwen2.5-Coder-0.5B, serves it on 127.0.0.1
test-llm: $(VENV)/.test
	bash scripts/bootstrap-system.sh scripts/llm-packages.txt
	MIANBA_MODELS_DIR=$(TEST_MODELS) PYTHON=$(BIN)/python bash scripts/test_llm.sh

bench: $(VENV)/.test
	$(BIN)/python benchmarks/run_all.py

screenshots: $(VENV)/.test
	$(BIN)/python scripts/screenshots.py

$(VENV)/.package: $(VENV)/.app scripts/package-packages.txt
	bash scripts/bootstrap-system.sh scripts/package-packages.txt
	$(BIN)/pip install -q -e '.[package]'
	touch $@

# dist/mianba/ (one-folder app), dist/mianba-*.tar.gz and dist/mianba_*.deb (see packaging/)
package: $(VENV)/.package
	bash packaging/build.sh $(BIN)/python

# runs the built .deb from a scratch root with no venv on the PATH (builds it when missing)
package-test: $(if $(wildcard dist/mianba_*.deb),,package)
	bash scripts/bootstrap-system.sh scripts/package-packages.txt
	bash packaging/smoke_test.sh

clean:
	rm -rf $(VENV) build dist *.egg-info
