# Silta — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
ONLY ?=
PYTEST_ARGS ?=

.DEFAULT_GOAL := help

help: ## Show this help
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install Silta with its dev tools

run: install ## Start web, worker and beat with demo data (embedded PostgreSQL/Redis unless DATABASE_URL/REDIS_URL are set)
	$(PY) -m counselling.stack run $(PORT)

test: install lint translations ## Run the linters and the whole test suite
	$(PY) -m counselling.stack exec -- $(PY) -m pytest $(PYTEST_ARGS)

lint: install ## ruff, the import contracts and Django's system checks
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy

format: install ## Reformat the code with ruff
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

translations: install ## Compile the catalogues under locale/ (make run and make test do it)
	DJANGO_SETTINGS_MODULE=tests.settings $(PY) manage.py compilemessages -v 0 --ignore=.venv --ignore=.data

messages: install ## Extract new strings into every catalogue under locale/
	$(PY) -m counselling.stack exec -- $(PY) manage.py makemessages --all --no-obsolete --ignore=.venv --ignore=.data --ignore=tests

otp: install ## Print a demo account's current two-factor code (make otp NAME=coordinator)
	DEBUG=1 $(PY) -m counselling.stack exec -- $(PY) manage.py demo_otp $(NAME)

bench: install ## Seed a large data set and print the benchmark figures (ONLY=audit|casework|intake|knowledge|privacy|referrals|reports|signin|startup)
	$(PY) -m counselling.stack exec -- $(PY) -m tests.perf.bench $(ONLY)

.PHONY: help install run test lint format translations messages otp bench
