# tinjau: two commands on a fresh Debian machine with Swift.
#   make site   builds the Bantul review from content/ into output/, with search and link-preview images
#   make test   runs every test (Swift Testing)
#   make pdf    the same site plus output/laporan-review-<year>.pdf (headless Chromium), linked from its pages
SWIFT ?= swift
CONTENT ?= content
TEMPLATES ?= templates
OUTPUT ?= output

.PHONY: site pdf tools tools-pdf test deps build release clean install dist dist-check

# install: the release build on your PATH (PREFIX=~/.local for a user install). It needs this
# machine's Swift runtime; `make dist` makes a binary that needs none.
PREFIX ?= /usr/local
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 "$$($(SWIFT) build -c release --show-bin-path)/tinjau" "$(DESTDIR)$(PREFIX)/bin/tinjau"
	@echo "tinjau terpasang di $(DESTDIR)$(PREFIX)/bin/tinjau"

# libcmark is a system C library: install it when pkg-config cannot find it.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "libcmark tidak ditemukan; memasang libcmark-dev dengan apt-get"; \
		SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO="sudo"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libcmark-dev pkg-config; \
	fi

release: deps
	$(SWIFT) build -c release --product tinjau

# The extras of make site and make pdf run programs outside tinjau: Pagefind (pinned, in its own venv,
# found by tinjau as `python3 -m pagefind` with that venv's bin/ first on PATH), rsvg-convert, and for
# the PDF Chromium and pdfinfo. scripts/publish_tools_setup.sh installs what is missing.
TOOLS_VENV ?= .build-tools/venv
EXTRAS ?= --search --preview-images
TINJAU_ENV = PATH="$(abspath $(TOOLS_VENV))/bin:$$PATH"
tools:
	@TOOLS_VENV=$(TOOLS_VENV) scripts/publish_tools_setup.sh
tools-pdf:
	@TOOLS_VENV=$(TOOLS_VENV) scripts/publish_tools_setup.sh pdf

site: release tools
	$(TINJAU_ENV) "$$($(SWIFT) build -c release --show-bin-path)/tinjau" build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT) $(EXTRAS) $(ARGS)

# pdf: the site of make site plus the full report printed to $(OUTPUT)/laporan-review-<year>.pdf (A4, title
# page, table of contents with page numbers, running header, page numbers), which its home, print and
# data pages then link.
pdf: release tools-pdf
	$(TINJAU_ENV) "$$($(SWIFT) build -c release --show-bin-path)/tinjau" build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT) $(EXTRAS) --pdf $(ARGS)
	@ls -l $(OUTPUT)/laporan-review-*.pdf

build: deps
	$(SWIFT) build

# The tests remove the folders they make (TemporaryDirectory in TinjauTestSupport), but SwiftPM and
# swift-driver leave an empty TemporaryDirectory.* folder in $$TMPDIR on every run (11 for one build and
# test run, measured with strace): make test points TMPDIR at .build/tmp and empties it afterwards.
TEST_TMP = $(CURDIR)/.build/tmp
test: deps
	@rm -rf "$(TEST_TMP)" && mkdir -p "$(TEST_TMP)"
	TMPDIR="$(TEST_TMP)/" $(SWIFT) build --build-tests
	TMPDIR="$(TEST_TMP)/" $(SWIFT) test --skip-build --disable-xctest; status=$$?; rm -rf "$(TEST_TMP)"; exit $$status

# lint: swift-format (it ships with the toolchain) with the project's .swift-format, in strict mode, over
# the whole tree. `make format` rewrites the files in place.
.PHONY: lint format
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift
	python3 scripts/check_i18n_keys.py

format:
	$(SWIFT) format format -i -r Sources Tests Package.swift

clean:
	rm -rf .build .build-dist .build-tools dist output output-contoh .output.tinjau-baru .output.tinjau-lama .output.tinjau-cache

# theme: compiles templates/ into the binary (Sources/TinjauKit/Render/EmbeddedTheme+Files.swift).
# Run it after every change under templates/ and commit both; `make test` fails until then.
.PHONY: theme
theme:
	python3 scripts/embed_theme.py

# dist: the release binary for CI and servers without Swift, dist/tinjau: the Swift runtime and
# Foundation linked statically (--static-swift-stdlib), libcmark too (Package.swift links libcmark.a),
# the default theme inside, stripped. It needs glibc, libstdc++ and libgcc_s only. Built in its own
# scratch folder so that it never mixes with the dynamically linked builds of .build/.
DIST_SCRATCH ?= .build-dist
dist: deps
	$(SWIFT) build -c release --product tinjau --static-swift-stdlib --scratch-path $(DIST_SCRATCH)
	@mkdir -p dist
	cp "$$($(SWIFT) build -c release --static-swift-stdlib --scratch-path $(DIST_SCRATCH) --show-bin-path)/tinjau" dist/tinjau
	strip dist/tinjau
	@echo "dist/tinjau: $$(stat -c %s dist/tinjau) bytes; $$(dist/tinjau --version)"

# dist-check: runs dist/tinjau where no Swift and no libcmark can be found (ldd, then an empty root
# entered with env -i and unshare, with Pagefind's static binary beside it) and compares its site, search
# index included, with the release binary's byte for byte; also the embedded theme, a project layout,
# GitHub annotations, and the time of a CI-like run. CI runs it.
dist-check: dist release tools
	$(TINJAU_ENV) scripts/dist_check.sh dist/tinjau "$$($(SWIFT) build -c release --show-bin-path)/tinjau"

# Fuzzing: libFuzzer over the whole pipeline for FUZZ_SECONDS (default ten minutes).
# Crashes are written to .fuzz/; minimise them and keep them in Tests/Fuzz/regressions/.
FUZZ_SECONDS ?= 600
.PHONY: fuzz
fuzz: deps
	$(SWIFT) build -c release --product tinjau-fuzz --scratch-path .build-fuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld -Xswiftc -DTINJAU_FUZZ > .build-fuzz.log 2>&1 || (tail -20 .build-fuzz.log; exit 1)
	mkdir -p .fuzz/corpus .fuzz/crashes
	cp -n Tests/Fuzz/seeds/* Tests/Fuzz/regressions/* .fuzz/corpus/ 2>/dev/null || true
	TINJAU_TEMPLATES=templates ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/tinjau-fuzz \
		-max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
		-dict=Tests/Fuzz/tinjau.dict -artifact_prefix=.fuzz/crashes/ .fuzz/corpus

# check-site: builds the site with every extra (make pdf), then checks it as visitors see it (scripts/check_site.py): the W3C
# Nu HTML Checker on every page, well-formed SVG, internal links and assets, page weight, axe-core
# (WCAG 2.1 A and AA), horizontal scrolling, chart labels (cut off by the viewBox or overlapping) and
# tables (no column hidden behind a scroll region at 1280 px, the first column in view at 360 px) in
# headless Chromium at 360 and 1280 px, and the site with JavaScript off; the open data (JSON Schema,
# CSV, `frictionless validate data/datapackage.json`) of the site and of the hostile fixture
# (Tests/TinjauKitTests/Fixtures/hostile), built into a temporary folder; the search (Pagefind's index,
# queried in the browser under a sub-path and from disk); the PDF (pdfinfo, pdftotext, pdfimages: pages,
# title, contents, running header, vector charts); the link-preview images. Then the same for the
# illustrative 2021 review (examples/bantul-2021: its archived 2020 site, the changes page, trends) built
# into a temporary folder with --strict, with its archives against docs/schema/arsip.schema.json
# (screenshots in output-screenshots/contoh/), and for the chart gallery's fixture reviews
# (gallery-sites). Screenshots go to output-screenshots/. Installs what the machine lacks first.
CHECK_SITE_VENV ?= .build-check/venv
.PHONY: check-site
check-site: pdf gallery-sites
	@CHECK_SITE_VENV=$(CHECK_SITE_VENV) scripts/check_site_setup.sh
	$(TINJAU_ENV) $(CHECK_SITE_VENV)/bin/python scripts/check_site.py --output $(OUTPUT) --screenshots output-screenshots \
		--tinjau "$$($(SWIFT) build -c release --show-bin-path)/tinjau" --hostile Tests/TinjauKitTests/Fixtures/hostile/content
	@echo "check-site: contoh review 2021 (examples/bantul-2021), dibangun ke folder sementara"
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	"$$($(SWIFT) build -c release --show-bin-path)/tinjau" build --content examples/bantul-2021/content --templates $(TEMPLATES) \
		--output "$$tmp/site" --strict && \
	$(CHECK_SITE_VENV)/bin/python scripts/check_site.py --output "$$tmp/site" --screenshots output-screenshots/contoh --optional search,pdf,previews \
		--archives examples/bantul-2021/content/arsip
	@for s in $(GALLERY_SCENARIOS); do \
		echo "check-site: galeri $$s"; \
		$(CHECK_SITE_VENV)/bin/python scripts/check_site.py --discover --optional search,pdf,previews --output $(GALLERY_OUTPUT)/$$s \
			--screenshots output-screenshots/galeri-$$s || exit 1; \
	done


# The chart gallery: reviews under Tests/TinjauKitTests/Fixtures/galeri/ with every edge of the charts
# (long names, 0 of 0, 0 % and 100 %, one programme, 45 OPDs, 21 years, ...). gallery-sites builds
# them as sites for check-site; gallery re-records their golden SVGs and docs/gallery/index.html
# (review the diff) and screenshots the page at 360 and 1280 px into output-screenshots/.
GALLERY_SCENARIOS ?= tepi satu-program besar
GALLERY_OUTPUT ?= .build-check/galeri
.PHONY: gallery-sites gallery
gallery-sites: release
	@for s in $(GALLERY_SCENARIOS); do \
		"$$($(SWIFT) build -c release --show-bin-path)/tinjau" build --content Tests/TinjauKitTests/Fixtures/galeri/$$s/content \
			--templates $(TEMPLATES) --output $(GALLERY_OUTPUT)/$$s || exit 1; \
	done

gallery: deps
	$(SWIFT) build --build-tests
	TINJAU_RECORD=1 $(SWIFT) test --skip-build --disable-xctest --filter ChartGalleryTests
	mkdir -p output-screenshots
	for w in 360 1280; do \
		chromium --headless=new --no-sandbox --disable-dev-shm-usage --hide-scrollbars --window-size=$$w,20000 \
			--screenshot=output-screenshots/galeri-$$w.png "file://$$(pwd)/docs/gallery/index.html"; \
	done

# contoh: builds the illustrative 2021 review (examples/bantul-2021) into output-contoh/.
# contoh-arsip: writes its archive of the 2020 review again from content/ (after an intended change to
# content/ or to the archive format; a test fails until then), with `tinjau arsip` in a scratch copy.
.PHONY: contoh contoh-arsip
contoh: release
	"$$($(SWIFT) build -c release --show-bin-path)/tinjau" build --content examples/bantul-2021/content --templates $(TEMPLATES) --output output-contoh $(ARGS)

contoh-arsip: release
	@rm -rf .build/contoh-arsip && mkdir -p .build/contoh-arsip && cp -R $(CONTENT) .build/contoh-arsip/content
	"$$($(SWIFT) build -c release --show-bin-path)/tinjau" arsip --content .build/contoh-arsip/content --templates $(TEMPLATES)
	cp .build/contoh-arsip/content/arsip/*.json examples/bantul-2021/content/arsip/

# bench: the benchmark (not a timed test). Generates synthetic reviews of 1 000, 10 000 and 100 000
# programmes (bench/generate.py) under .bench/ and measures tinjau build, rebuilds, the cmark floor
# and Hugo (bench/hugo/) side by side, and full builds of two corpora of look-alike programmes (zipf,
# near-identical); writes the results into docs/performance.md.
# BENCH_SIZES="1000 10000" limits the sizes, BENCH_CORPORA="default" the corpora; see scripts/bench.py
# for the other settings.
.PHONY: bench
bench: deps
	python3 scripts/bench.py
