# tinjau: two commands on a fresh Debian machine with Swift.
#   make site   builds the Bantul review from content/ into output/
#   make test   runs every test (Swift Testing)
SWIFT ?= swift
CONTENT ?= content
TEMPLATES ?= templates
OUTPUT ?= output

.PHONY: site test deps build release clean dist dist-check

# libcmark is a system C library: install it when pkg-config cannot find it.
deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
		echo "libcmark tidak ditemukan; memasang libcmark-dev dengan apt-get"; \
		SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO="sudo"; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libcmark-dev pkg-config; \
	fi

release: deps
	$(SWIFT) build -c release --product tinjau

site: release
	"$$($(SWIFT) build -c release --show-bin-path)/tinjau" build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT) $(ARGS)

build: deps
	$(SWIFT) build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest

clean:
	rm -rf .build .build-dist dist output output-contoh .output.tinjau-baru .output.tinjau-lama

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
# entered with env -i and unshare) and compares its site with make site's byte for byte; also the
# embedded theme, a project layout, GitHub annotations, and the time of a CI-like run. CI runs it.
dist-check: dist site
	scripts/dist_check.sh dist/tinjau $(OUTPUT)

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

# check-site: builds the site, then checks it as visitors see it (scripts/check_site.py): the W3C
# Nu HTML Checker on every page, well-formed SVG, internal links and assets, page weight, axe-core
# (WCAG 2.1 A and AA) and horizontal scrolling in headless Chromium at 360 and 1280 px, and the site
# with JavaScript off; the open data (JSON Schema, CSV, `frictionless validate data/datapackage.json`)
# of the site and of the hostile fixture (Tests/TinjauKitTests/Fixtures/hostile), built into a
# temporary folder. Then the same for the illustrative 2021 review (examples/bantul-2021: its archived
# 2020 site, the changes page, trends) built into a temporary folder with --strict, with its archives
# against docs/schema/arsip.schema.json; screenshots in output-screenshots/contoh/.
# Screenshots go to output-screenshots/. Installs what the machine lacks first.
CHECK_SITE_VENV ?= .build-check/venv
.PHONY: check-site
check-site: site
	@CHECK_SITE_VENV=$(CHECK_SITE_VENV) scripts/check_site_setup.sh
	$(CHECK_SITE_VENV)/bin/python scripts/check_site.py --output $(OUTPUT) --screenshots output-screenshots \
		--tinjau "$$($(SWIFT) build -c release --show-bin-path)/tinjau" --hostile Tests/TinjauKitTests/Fixtures/hostile/content
	@echo "check-site: contoh review 2021 (examples/bantul-2021), dibangun ke folder sementara"
	@tmp="$$(mktemp -d)"; trap 'rm -rf "$$tmp"' EXIT; \
	"$$($(SWIFT) build -c release --show-bin-path)/tinjau" build --content examples/bantul-2021/content --templates $(TEMPLATES) \
		--output "$$tmp/site" --strict && \
	$(CHECK_SITE_VENV)/bin/python scripts/check_site.py --output "$$tmp/site" --screenshots output-screenshots/contoh \
		--archives examples/bantul-2021/content/arsip

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
