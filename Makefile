# make run  : set up everything on a fresh machine, then start the kiosk
# make test : set up everything, then run every test, ruff and mypy
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Debian packages: Qt's runtime libraries (libpulse0 for text to speech), the X11
# window and a voice (make run),
# the QR decoder the tests scan codes with, and a virtual screen.
DEB_QT   := libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 libpulse0
DEB_X11  := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 speech-dispatcher speech-dispatcher-espeak-ng
DEB_TEST := zbar-tools xvfb xauth

.PHONY: run test lint bench screenshots package clean deb-run deb-test

run: $(STAMP) deb-run
	$(BIN)/kiosk $(ARGS)

test: $(STAMP) deb-test
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q
	$(BIN)/ruff check kiosk tests benchmarks
	$(BIN)/mypy

lint: $(STAMP)
	$(BIN)/ruff check kiosk tests benchmarks
	$(BIN)/mypy

bench: $(STAMP) deb-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

screenshots: $(STAMP) deb-run deb-test
	$(BIN)/python tools/screenshots.py

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

deb-run:
	@tools/debian-packages.sh $(DEB_QT) $(DEB_X11)

deb-test:
	@tools/debian-packages.sh $(DEB_QT) $(DEB_TEST)

# make package : build dist/kiosk with PyInstaller, then run its smoke test on a virtual screen
package: $(STAMP) deb-run deb-test
	$(BIN)/pip install -q -e '.[test,package]'
	$(BIN)/python packaging/build.py
	KIOSK_PACKAGE=dist/kiosk xvfb-run -a -s "-screen 0 1280x800x24" \
		env QT_QPA_PLATFORM=xcb $(BIN)/pytest -q -p no:cacheprovider tests/test_package.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
