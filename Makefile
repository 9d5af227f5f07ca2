# Two commands do all the set-up on a fresh machine:
#   make demo   crawl the bundled sample site, served on 127.0.0.1, into out/posts.jsonl
#   make test   run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The tests run on this many processes (pytest-xdist; CI's machine has 2 cores). A test
# module runs whole on one of them (--dist loadfile), so its fixtures are made once.
TEST_WORKERS ?= 2

.PHONY: demo test install bench clean wordpress

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,redis]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m crawler.demo

test: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

wordpress: $(STAMP)  # a throw-away WordPress on 127.0.0.1 to poke at; Ctrl-C stops
	$(BIN)/python -m tests.services.wordpress

# Every figure of the README's quality-and-speed table, dated, into benchmarks/RESULTS.md.
bench: $(STAMP)
	$(BIN)/python benchmarks/results.py

clean:
	rm -rf $(VENV) out build *.egg-info
