# roleqa: `make run` sets up, builds the index of corpus/ and serves it; `make test` runs the tests.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

# Models come from the installed package; nothing is ever fetched from a model hub.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install system-packages run build test bench lint clean

install: $(VENV)/.installed

# torch first, pinned to the CPU build: a bare torch requirement would pull a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# The widget's tests drive the system Chromium (never a downloaded browser); the store tests
# start a real redis-server of their own.
SYSTEM_PACKAGES := /usr/bin/chromium:chromium /usr/bin/redis-server:redis-server

system-packages:
	@missing=; for pair in $(SYSTEM_PACKAGES); do \
	  test -x "$${pair%%:*}" || missing="$$missing $${pair##*:}"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  echo "Installing$$missing from Debian's packages"; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; fi

build: install
	$(BIN)/roleqa build --corpus corpus --index index

run: build
	$(BIN)/roleqa serve --index index --host $(HOST) --port $(PORT)

test: install system-packages
	$(BIN)/python -m pytest

# Benchmarks print their figures and how they were measured; wrk drives the HTTP load and
# matplotlib (the optional `bench` extra) draws the charts in docs/bench/. `make bench` runs
# bench/latency.py; the others take longer or need the public data in ../shared/data:
#   bench/scale.py           search, answers and memory at 1x, 10x, 50x the O*NET corpus
#   bench/startup_memory.py  start-up and memory of `roleqa serve` against the bare model, soak
#   bench/import_build.py    O*NET import and build speed against the bare encoder
#   bench/load.py            two workers and Redis under 64 clients for 15 minutes
#   bench/onet_eval.py       accuracy over the imported O*NET corpus
bench: install system-packages
	@command -v wrk >/dev/null || { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	$(BIN)/python bench/latency.py --chart docs/bench/throughput-clients.png
	@echo "More: bench/scale.py, bench/startup_memory.py, bench/import_build.py, bench/load.py," \
	  "bench/onet_eval.py (see the Makefile and README's Speed section)."

lint: install
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) index/versions index/cache index/CURRENT index/.build.lock
