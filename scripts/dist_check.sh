#!/usr/bin/env bash
# dist-check: the release binary (make dist) works where neither Swift nor libcmark is installed.
#
#   scripts/dist_check.sh dist/tinjau .build/release/tinjau
#
# The second argument is the dynamically linked release binary (make release): it builds the reference
# sites the dist binary's must equal, byte for byte. Pagefind (`python3 -m pagefind` on PATH, as make
# puts it there) is copied into the empty root too: it is one statically linked file, so a CI job can
# cache it beside tinjau and build with `--search` in the same bare environment.
#
# 1. ldd: the binary needs no Swift runtime, Foundation, Dispatch, libcmark, libcurl, libxml2 or
#    ICU shared object (only glibc, libstdc++ and libgcc_s).
# 2. It runs in an empty root: a folder holding the binary, the shared objects ldd lists and the
#    project files, entered with `env -i unshare --root` (new mount and PID namespaces, /proc
#    mounted, no PATH, no Swift toolchain, no libcmark). There it
#    a. builds the shipped review with `--search` (Pagefind named by PAGEFIND_BINARY_PATH, the only
#       variable set): the result must be byte for byte the release binary's build with the same
#       arguments, marker file included, search index included but for the files Pagefind writes in
#       arbitrary order (its filter indexes and the two files naming them by hash; Pagefind issue
#       #638), of which there must be as many;
#    b. builds a folder holding only content/ (embedded theme): the same site as the release binary's
#       plain build with templates/, marker aside;
#    c. builds with a project templates/layout.mustache: the override shows on the pages;
#    d. checks the shipped review (exit 0) and a broken copy with --format github (exit 1 and an
#       ::error annotation on the broken line).
# 3. It times a CI-like run with the binary cached: `tinjau check --format github` then
#    `tinjau build` of the shipped review into a new folder (reported, never a failure).
#
# Entering the empty root needs root (or unprivileged user namespaces); without it step 2 runs
# under `env -i` on this machine instead, with a warning, and fails when CI is set.
set -euo pipefail

binary=${1:?usage: dist_check.sh BINARY RELEASE-BINARY}
reference=${2:?usage: dist_check.sh BINARY RELEASE-BINARY}
cd "$(dirname "$0")/.."
root_dir=$(pwd)
fail() { echo "dist-check: FAILED: $*" >&2; exit 1; }

[ -x "$binary" ] || fail "$binary is missing; run make dist"
[ -x "$reference" ] || fail "$reference is missing; run make release"
pagefind=$(python3 -c 'import pagefind_bin; print(pagefind_bin.get_executable())' 2>/dev/null) \
  || fail "Pagefind (pagefind[bin]) is not importable by python3; run make tools"

# 1. Shared objects.
libraries=$(ldd "$binary" | awk '{print $1}')
echo "dist-check: $binary needs: $(echo $libraries | tr '\n' ' ')"
if echo "$libraries" | grep -E -i 'swift|foundation|dispatch|blocksruntime|cmark|curl|xml2|icu'; then
  fail "the binary needs the shared objects above; it must link them statically"
fi

# 2. The empty root.
work=$(mktemp -d "${TMPDIR:-/tmp}/tinjau-dist-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
jail="$work/root"
mkdir -p "$jail/bin" "$jail/proc" "$jail/tmp" "$jail/work"
cp "$binary" "$jail/bin/tinjau"
cp "$pagefind" "$jail/bin/pagefind"
# grep reads all its input here (no -q, no head): a reader that stops early can leave the writer a
# SIGPIPE, which pipefail and set -e turn into a silent exit 141.
ldd "$jail/bin/pagefind" 2>&1 | grep 'statically linked\|not a dynamic' >/dev/null || fail "$pagefind is not statically linked"
for object in $(ldd "$binary" | grep -o '/[^ ]*'); do
  mkdir -p "$jail$(dirname "$object")"
  cp -L "$object" "$jail$object"
done
mkdir -p "$jail/work/review" "$jail/work/bare" "$jail/work/override/templates" "$jail/work/broken"
cp -R content templates "$jail/work/review/"
cp -R content "$jail/work/bare/"
cp -R content "$jail/work/override/"
cp -R content "$jail/work/broken/"
sed 's|<meta name="generator" content="tinjau">|<meta name="generator" content="tinjau">\n<meta name="tema" content="templat-proyek">|' \
  templates/layout.mustache > "$jail/work/override/templates/layout.mustache"
grep -q 'templat-proyek' "$jail/work/override/templates/layout.mustache" || fail "the override layout was not made"
broken_file=$(ls content/opd/*/*.md | grep -v _index.md | sed -n 1p)
printf -- '---\njudul: Program Rusak\ndimensi: goverance\nstatus: berjalan\n---\nRusak.\n' > "$jail/work/broken/${broken_file%/*}/rusak-dist-check.md"

# The reference sites, built by the release binary on this machine.
site="$work/reference-search"
plain="$work/reference-plain"
PAGEFIND_BINARY_PATH="$pagefind" "$reference" build --content content --templates templates --output "$site" --search >/dev/null
"$reference" build --content content --templates templates --output "$plain" >/dev/null
[ -f "$site/pagefind/pagefind-entry.json" ] || fail "the release binary built no search index"

# run FOLDER ARGS…: tinjau in FOLDER (under /work) with an empty environment (but for
# PAGEFIND_BINARY_PATH), inside the root.
if [ "$(id -u)" -eq 0 ]; then namespaces=(--mount --pid --fork); else namespaces=(--map-root-user --mount --pid --fork); fi
isolated=yes
if ! env -i /usr/bin/unshare "${namespaces[@]}" --root="$jail" --wd=/work --mount-proc /bin/tinjau --version >/dev/null 2>&1; then
  [ -z "${CI:-}" ] || fail "cannot enter an empty root with unshare (needs root or user namespaces)"
  echo "dist-check: WARNING: cannot enter an empty root here (needs root or user namespaces); running under env -i only" >&2
  isolated=no
fi
run() {
  local folder=$1; shift
  if [ "$isolated" = yes ]; then
    env -i PAGEFIND_BINARY_PATH=/bin/pagefind /usr/bin/unshare "${namespaces[@]}" --root="$jail" --wd="/work/$folder" --mount-proc /bin/tinjau "$@"
  else
    (cd "$jail/work/$folder" && env -i PAGEFIND_BINARY_PATH="$jail/bin/pagefind" "$jail/bin/tinjau" "$@")
  fi
}

echo "dist-check: $(run review --version) (in an empty root: $isolated)"

# a. The shipped review with its search index.
run review build --content content --templates templates --output output --search >/dev/null
unstable=(-x filter -x pagefind-entry.json -x 'pagefind.*.pf_meta')
diff -r "${unstable[@]}" "$site" "$jail/work/review/output" >/dev/null \
  || { diff -r "${unstable[@]}" "$site" "$jail/work/review/output" | head -20; fail "the dist binary's site differs from the release binary's"; }
[ "$(ls "$site/pagefind/filter" | wc -l)" = "$(ls "$jail/work/review/output/pagefind/filter" | wc -l)" ] \
  || fail "the dist binary's search index has another number of filter indexes"
echo "dist-check: the shipped review with --search is byte for byte the release binary's ($(find "$site" -type f | wc -l) files, $(find "$site/pagefind" -type f | wc -l) of them the index)"

# b. Only content/: the embedded theme.
run bare build >/dev/null
diff -r -x .tinjau-output "$plain" "$jail/work/bare/output" >/dev/null \
  || { diff -r -x .tinjau-output "$plain" "$jail/work/bare/output" | head -20; fail "the embedded theme builds another site"; }
diff <(grep -v '^input:' "$plain/.tinjau-output") <(grep -v '^input:' "$jail/work/bare/output/.tinjau-output") >/dev/null \
  || fail "the marker of the embedded-theme build differs beyond its input digest"
echo "dist-check: a folder with only content/ builds the same site (embedded theme)"

# c. A project layout.
run override build >/dev/null
for page in index.html opd/index.html; do
  grep -q '<meta name="tema" content="templat-proyek">' "$jail/work/override/output/$page" || fail "$page lacks the project layout"
done
cmp -s "$plain/assets/style.css" "$jail/work/override/output/assets/style.css" || fail "the override changed the embedded style sheet"
echo "dist-check: templates/layout.mustache overrides the embedded layout; the other theme files stay"

# d. Checks and GitHub annotations.
run review check --format github >/dev/null || fail "tinjau check found problems in the shipped review"
set +e
annotations=$(run broken check --format github 2>&1)
status=$?
set -e
[ "$status" -eq 1 ] || fail "tinjau check on a broken review exited with $status, not 1"
echo "$annotations" | grep "^::error file=${broken_file%/*}/rusak-dist-check.md,line=3" >/dev/null \
  || { echo "$annotations" | head -5; fail "no ::error annotation on the broken line"; }
echo "dist-check: check --format github annotates the broken line: $(echo "$annotations" | grep -m1 '^::error' | cut -c1-100)"

# 3. A CI-like run with the binary cached (what docs/ci/ does after restoring the cache).
rm -rf "$jail/work/review/output"
start=$(date +%s%N)
run review check --format github >/dev/null
middle=$(date +%s%N)
run review build >/dev/null
end=$(date +%s%N)
ms() { echo $(( ($2 - $1) / 1000000 )); }
size=$(stat -c %s "$binary")
echo "dist-check: binary $binary: $size bytes ($(( size / 1048576 )) MiB), gzip -6 $(gzip -6 -c "$binary" | wc -c) bytes"
echo "dist-check: CI-like run of the shipped review with the binary cached: check $(ms "$start" "$middle") ms + build $(ms "$middle" "$end") ms = $(ms "$start" "$end") ms"
echo "dist-check: passed"
