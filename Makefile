# chronology — `make demo` and `make test` work on a fresh machine (network: package registries only).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
SYSSTAMP := $(VENV)/.sysdeps
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_PROGRESS_BARS := 1
export ANONYMIZED_TELEMETRY := False
SYS_PACKAGES := chromium fonts-liberation tesseract-ocr tesseract-ocr-eng poppler-utils
SAMPLES := $(sort $(filter-out sample_cases/expected/ sample_cases/__pycache__/,$(wildcard sample_cases/*/)))

.PHONY: help install sysdeps demo test lint samples clean

help: ## Show the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0          # first and pinned: the local CPU wheel, never a CUDA build
	$(PIP) install -q -e ".[test,llm]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project (CPU torch pinned)

$(SYSSTAMP): | $(PY)
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium fonts-liberation"; \
	command -v tesseract >/dev/null || missing="$$missing tesseract-ocr tesseract-ocr-eng"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	command -v soffice >/dev/null || missing="$$missing libreoffice-writer-nogui"; \
	command -v ip >/dev/null || missing="$$missing iproute2"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	  else echo "Please install with apt-get:$$missing" >&2; exit 1; fi; \
	fi
	touch $(SYSSTAMP)

sysdeps: $(SYSSTAMP) ## Install the Debian packages the tests use (Chromium, Tesseract, poppler, LibreOffice, iproute2)

demo: install ## Ingest the sample cases, draft them and open the review screen
	@for d in $(SAMPLES); do c=$$(basename $$d); echo "== $$c"; \
	  $(VENV)/bin/chronology ingest $$d --case $$c --quiet || true; \
	  $(VENV)/bin/chronology draft --case $$c; \
	  $(VENV)/bin/chronology status --case $$c | head -2; \
	done
	@echo "Opening the review screen at http://127.0.0.1:8501 (Ctrl+C to stop)"
	$(VENV)/bin/streamlit run app.py --server.port 8501

lint: install ## Check the one-way import layers
	$(VENV)/bin/lint-imports

test: install sysdeps ## Install everything and run the whole test suite
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q

samples: install ## Regenerate sample_cases/ from its script
	$(PY) sample_cases/generate.py

clean: ## Remove the local store (.chronology) and caches
	rm -rf .chronology .pytest_cache tests/artifacts
