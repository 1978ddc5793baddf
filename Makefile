# Zoning Review — every task of the project. `make demo` and `make test` set up everything
# they need on a fresh Debian 12 / Ubuntu machine.

SHELL := /bin/bash
PY := .venv/bin/python
APT_PACKAGES := python3-qgis qgis qgis-providers python3-jsonschema python3-yaml xvfb xauth \
	fonts-noto-cjk poppler-utils pyqt5-dev-tools qttools5-dev-tools python3-venv \
	postgresql postgresql-postgis python3-gdal libreoffice-writer-nogui debootstrap
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PROFILE ?= default
QGIS_PLUGINS_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/$(PROFILE)/python/plugins
export QT_QPA_PLATFORM ?= offscreen

.PHONY: deps qm test test-fast test-matrix demo lint package deploy i18n bench sample guide clean

deps: .venv/.stamp

.apt-stamp: Makefile
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@touch $@

.venv/.stamp: .apt-stamp requirements-dev.txt
	@[ -x $(PY) ] || /usr/bin/python3 -m venv --system-site-packages .venv
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

i18n: deps
	$(PY) tools/i18n_update.py

qm: deps
	$(PY) tools/i18n_update.py --compile

# The host suite in TEST_WORKERS processes (pytest-xdist), a test file whole in one of them.
TEST_WORKERS ?= 2
test: deps qm
	$(PY) -m pytest -q -ra -n $(TEST_WORKERS) --dist loadfile tests

# The whole suite on QGIS 3.40 and 3.44 (the current 3.x LTR), each in a Debian root built with
# debootstrap under .cache/matrix/ (rebuilt when missing); MATRIX="3.44" runs one version.
MATRIX ?= 3.40 3.44
test-matrix: deps qm
	$(SUDO) tools/matrix/run_matrix.sh $(MATRIX)

test-fast: deps qm
	$(PY) -m pytest -q -ra -n $(TEST_WORKERS) --dist loadfile -m "not e2e and not qgis_process" tests

demo: deps qm
	$(PY) tools/run_demo.py

lint: deps
	$(PY) -m ruff check .

package: deps qm
	$(PY) tools/package.py --release

deploy: package
	mkdir -p "$(QGIS_PLUGINS_DIR)"
	rm -rf "$(QGIS_PLUGINS_DIR)/zoning_review"
	cd "$(QGIS_PLUGINS_DIR)" && unzip -q -o "$(CURDIR)/dist/zoning_review.zip"
	@echo "Installed into $(QGIS_PLUGINS_DIR)/zoning_review — enable it in Plugins ▸ Manage and Install Plugins."

# QGIS=3.44 (or 3.40) runs the benchmark in that version's matrix root, on the same data.
bench: deps qm
ifdef QGIS
	$(PY) -c "import sys; sys.path.insert(0, 'tools/bench'); from build_data import ensure_data; ensure_data()"
	$(SUDO) tools/matrix/run_in_root.sh $(QGIS) -- python tools/bench/run_bench.py
else
	$(PY) tools/bench/run_bench.py
endif

sample: deps
	$(PY) tools/build_sample.py

guide: deps qm
	$(PY) -m pytest -q tests/e2e tests/test_notes_sample.py
	$(PY) tools/guide_images.py
	$(PY) -m pytest -q tests/test_guide.py

clean:
	rm -rf dist demo-output tests/artifacts .pytest_cache .ruff_cache i18n/*.qm
