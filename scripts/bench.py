#!/usr/bin/env python3
"""tinjau's benchmark (`make bench`): full builds, rebuilds, the cmark floor and Hugo, side by side.

For each corpus in BENCH_CORPORA (default "default zipf near-identical", see bench/generate.py) and
each N in BENCH_SIZES (default "1000 10000 100000") it generates a synthetic review with
bench/generate.py (N programmes over K OPDs, K = round(sqrt(N)) clamped to 20..400 unless BENCH_OPDS
is set) under .bench/N/ (the default corpus) or .bench/<corpus>/N/, then measures with /usr/bin/time -v.
For the default corpus:

  tinjau       `tinjau build` into an empty output folder (wall, user+sys CPU, peak RSS, pages/s)
  rebuild      the same build again with nothing changed (files rewritten, bytes changed)
  one change   a build after one programme's body changed (which files were rewritten)
  cmark        the cmark command line over the same Markdown bodies: all bodies in one input
               (`cmark all.md`) and one file per body passed many at a time (`xargs cmark`)
  hugo         Hugo building the equivalent site in bench/hugo/ from the same content folder

For the zipf and near-identical corpora (titles, keywords and indicator names that make many
programmes look alike to the overlap detector) only `tinjau build`: wall, CPU and peak RSS per
programme and their growth against N = 1 000, the size of the overlaps page
(temuan/tumpang-tindih/index.html) and the number of overlapping pairs (data rows of
data/tumpang-tindih.csv, when tinjau writes that file). Once a build of such a corpus does not
finish, its larger sizes are not run.

Each measurement is repeated BENCH_REPEAT times (default 3; 1 for N >= 100000) and the run with
the lowest wall time is kept (the machine may be shared: the load average is recorded too).
BENCH_SOURCE=head (or a commit) builds that commit from a `git archive` copy under .bench/ instead
of the working tree (for measuring while others edit it). A command that runs longer than BENCH_TIMEOUT
seconds (default 900), or whose processes together hold more than BENCH_MAX_RSS MiB (default 80 % of
the machine's memory; 0: no limit), is stopped and reported as not finished, as is a build killed by a
signal (the kernel's out-of-memory killer); the run goes on. Results are printed, saved as
.bench/results.json and written into docs/performance.md between the `bench:results` markers
(BENCH_DOC=0 leaves the document alone).

    scripts/bench.py [--no-build] [--sizes "1000 10000"] [--corpora "zipf near-identical"] [--profile N]

`--profile N` runs one tinjau build of N programmes under `valgrind --tool=callgrind` instead and
writes the 15 functions with the highest inclusive cost into docs/performance.md (`bench:profile`).
"""
import argparse
import csv
import datetime
import hashlib
import json
import math
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, ".bench")
GENERATOR = os.path.join(ROOT, "bench", "generate.py")
HUGO_SITE = os.path.join(ROOT, "bench", "hugo")
TEMPLATES = os.path.join(ROOT, "templates")
SOURCE = None  # set by head_tree() when BENCH_SOURCE=head
DOC = os.path.join(ROOT, "docs", "performance.md")
MIB = 1024 * 1024

# Targets from the issue.
TARGET_FLOOR_RATIO = 2.0        # N=10 000: full build within 2x the cmark floor
TARGET_HUGO_RATIO = 10.0        # N=10 000: at least 10x faster than Hugo
TARGET_RSS_10K = 300 * MIB      # N=10 000: peak memory under 300 MiB
TARGET_GROWTH = 1.3             # N=100 000: time per programme <= 1.3x that at 1 000
TARGET_RSS_100K = 1536 * MIB    # N=100 000: peak memory under 1.5 GiB
TARGET_NOOP_SHARE = 0.10        # nothing changed: under 10% of a full build
TARGET_OVERLAPS_PAGE = 300_000  # zipf and near-identical corpora: the overlaps page under 300 KB at every size

CORPORA = ("default", "zipf", "near-identical")
CORPUS_TITLES = {
    "default": "Default corpus",
    "zipf": "Zipf corpus (one small shared vocabulary)",
    "near-identical": "Near-identical corpus (`Program Contoh 00001`, …)",
}
OVERLAPS_PAGE = os.path.join("temuan", "tumpang-tindih", "index.html")
OVERLAPS_CSV = os.path.join("data", "tumpang-tindih.csv")


def log(message):
    print(message, file=sys.stderr, flush=True)


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, **kwargs)


# ---------------------------------------------------------------------------------------------
# Tools


def ensure_tools(install, default=True):
    """/usr/bin/time, cmark and hugo from Debian's packages when missing (BENCH_NO_INSTALL=1: never).
    cmark and hugo only serve the default corpus (`default=False`: not needed)."""
    wanted = [("time", "/usr/bin/time")] + ([("cmark", shutil.which("cmark")), ("hugo", shutil.which("hugo"))] if default else [])
    missing = [package for package, path in wanted if not path or not os.path.exists(path)]
    if missing and install and shutil.which("apt-get"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        log(f"bench: installing {' '.join(missing)} with apt-get")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(sudo + ["apt-get", "update", "-qq"], env=env)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq"] + missing, env=env)
    if not os.path.exists("/usr/bin/time"):
        sys.exit("bench: /usr/bin/time is missing (apt-get install time)")
    if default and not shutil.which("cmark"):
        sys.exit("bench: the cmark command is missing (apt-get install cmark)")


def head_tree():
    """BENCH_SOURCE=head or a commit: a copy of that commit (`git archive HEAD`, read-only) in .bench/src-<commit>/,
    so that a benchmark measures a committed state even while the working tree is being edited."""
    global TEMPLATES, SOURCE
    wanted = os.environ.get("BENCH_SOURCE", "head")
    wanted = "HEAD" if wanted == "head" else wanted
    commit = subprocess.run(["git", "rev-parse", "--short", wanted + "^{commit}"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip()
    tree = os.path.join(BENCH, f"src-{commit}")
    if not os.path.exists(os.path.join(tree, "Package.swift")):
        log(f"bench: git archive {commit} into {os.path.relpath(tree, ROOT)}")
        os.makedirs(tree, exist_ok=True)
        archive = subprocess.Popen(["git", "archive", commit], cwd=ROOT, stdout=subprocess.PIPE)
        run(["tar", "-x", "-C", tree], stdin=archive.stdout)
        archive.wait()
    TEMPLATES = os.path.join(tree, "templates")
    SOURCE = {"tree": tree, "commit": commit}
    return tree


def build_tinjau(skip):
    where = head_tree() if os.environ.get("BENCH_SOURCE", "worktree") != "worktree" else ROOT
    if not skip:
        log(f"bench: swift build -c release --product tinjau (in {os.path.relpath(where, ROOT) if where != ROOT else 'the working tree'})")
        run(["swift", "build", "-c", "release", "--product", "tinjau"], cwd=where)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=where, check=True,
                              capture_output=True, text=True).stdout.strip()
    binary = os.path.join(bin_path, "tinjau")
    if not os.path.exists(binary):
        sys.exit(f"bench: {binary} is missing; run without --no-build")
    # Measure a copy: others may rebuild .build/release while the benchmark runs, and every
    # measurement of one run must use the same binary.
    copy = os.path.join(BENCH, "bin")
    shutil.rmtree(copy, ignore_errors=True)
    os.makedirs(copy)
    for name in os.listdir(bin_path):
        if name.endswith(".resources"):
            shutil.copytree(os.path.join(bin_path, name), os.path.join(copy, name))
    shutil.copy2(binary, os.path.join(copy, "tinjau"))
    return os.path.join(copy, "tinjau")


def first_line(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "not found"


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = "unknown"
    try:
        with open("/proc/meminfo") as handle:
            for line in handle:
                if line.startswith("MemTotal"):
                    memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    os_name = platform.platform()
    try:
        with open("/etc/os-release") as handle:
            for line in handle:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"') + f" (Linux {platform.release()})"
    except OSError:
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", "Sources", "templates", "Package.swift"],
                           cwd=ROOT, capture_output=True, text=True).stdout.strip()
    if SOURCE:
        commit, dirty = SOURCE["commit"] + " (built from `git archive`)", ""
    return {
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cpu": cpu, "nproc": os.cpu_count(), "memory": memory, "os": os_name,
        "swift": first_line(["swift", "--version"]), "hugo": first_line(["hugo", "version"]),
        "cmark": first_line(["cmark", "--version"]), "python": platform.python_version(),
        "commit": commit + (" (with uncommitted changes in Sources/ or templates/)" if dirty else ""),
    }


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


# ---------------------------------------------------------------------------------------------
# Measuring


class NotFinished(Exception):
    """A command stopped by the harness; `entry` is what the results record instead of its numbers."""
    entry = {}


class Timeout(NotFinished):
    def __init__(self, what, seconds):
        super().__init__(f"{what}: no result after {seconds:.0f} s")
        self.entry = {"timeout": seconds}


class MemoryLimit(NotFinished):
    def __init__(self, what, limit, wall):
        super().__init__(f"{what}: more than {limit / MIB:.0f} MiB")
        self.entry = {"killed": f"stopped by the harness after {wall:.1f} s at {limit / MIB:.0f} MiB of memory (BENCH_MAX_RSS)"}


def memory_limit():
    """BENCH_MAX_RSS in MiB (0: none); by default 80 % of the machine's memory."""
    if "BENCH_MAX_RSS" in os.environ:
        return int(float(os.environ["BENCH_MAX_RSS"]) * MIB)
    try:
        with open("/proc/meminfo") as handle:
            for line in handle:
                if line.startswith("MemTotal"):
                    return int(line.split()[1]) * 1024 * 8 // 10
    except OSError:
        pass
    return 0


MAX_RSS = None  # set in main()
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(pid):
    """Resident memory now of `pid` and all its descendants (/proc/<pid>/task/*/children), in bytes."""
    total, stack, seen = 0, [pid], set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE_SIZE
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError, IndexError):
            pass
    return total


def timed(cmd, cwd=None, timeout=None, stdout=subprocess.DEVNULL):
    """Runs `cmd` under /usr/bin/time -v: wall and CPU seconds, peak RSS in bytes, exit status.

    Peak RSS comes from /usr/bin/time -v ("Maximum resident set size"). Wall time is taken here
    with a monotonic clock and CPU time from the rusage that wait4 returns for /usr/bin/time and
    everything it waited for, both to the microsecond: time -v prints only hundredths, too coarse
    for cmark's floor at small N.

    Raises Timeout after `timeout` seconds and MemoryLimit when the command's processes hold more
    than MAX_RSS bytes (both kill the command's process group first). A command killed by a signal
    (the out-of-memory killer: 9) returns status 128 + signal and "signal"; /usr/bin/time reports
    "Exit status: 0" for it.
    """
    report = os.path.join(BENCH, ".time.txt")
    errors = open(os.path.join(BENCH, ".stderr.txt"), "w+")
    # Start every measurement with no dirty pages waiting: otherwise the write-back of the previous
    # run's output (and of the folder it deleted) lands in this one and runs get slower one by one.
    os.sync()
    if os.path.exists(report):
        os.remove(report)  # never read the previous command's report
    start = time.perf_counter()
    proc = subprocess.Popen(["/usr/bin/time", "-v", "-o", report] + cmd, cwd=cwd, stdout=stdout, stderr=errors,
                            start_new_session=True)
    deadline = None if timeout is None else start + timeout
    next_memory_check = start + 0.25
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        now = time.perf_counter()
        stop = None
        if deadline and now > deadline:
            stop = Timeout(" ".join(cmd[:2]), timeout)
        elif MAX_RSS and now > next_memory_check:
            next_memory_check = now + 0.25
            if tree_rss(proc.pid) > MAX_RSS:
                stop = MemoryLimit(" ".join(cmd[:2]), MAX_RSS, now - start)
        if stop:
            os.killpg(proc.pid, signal.SIGKILL)  # the process group this call started, and only it
            os.wait4(proc.pid, 0)
            errors.close()
            log(f"bench: stopped {stop}")
            raise stop
        time.sleep(0.002)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    errors.seek(0)
    stderr = errors.read()
    errors.close()
    text = ""
    if os.path.exists(report):
        with open(report) as handle:
            text = handle.read()
    match = re.search(r"^\s*Maximum resident set size \(kbytes\): (\d+)$", text, re.M)
    exit_match = re.search(r"^\s*Exit status: (\d+)$", text, re.M)
    signal_match = re.search(r"^Command terminated by signal (\d+)$", text, re.M)
    code = int(exit_match.group(1)) if exit_match else proc.returncode
    # The command killed by a signal, or /usr/bin/time itself.
    killed_by = int(signal_match.group(1)) if signal_match else os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
    if killed_by:
        code = 128 + killed_by
    result = {"wall": wall, "user": usage.ru_utime, "sys": usage.ru_stime, "cpu": usage.ru_utime + usage.ru_stime,
              "rss": int(match.group(1)) * 1024 if match else 0, "status": code, "stderr": stderr[-2000:]}
    if killed_by:
        result["signal"] = killed_by
    if code != 0:
        log(f"bench: {' '.join(cmd)} exited with {code}:\n{stderr[-2000:]}")
    return result


def best(runs):
    """The run with the lowest wall time, with the highest peak RSS of all runs."""
    chosen = dict(min(runs, key=lambda r: r["wall"]))
    chosen["rss"] = max(r["rss"] for r in runs)
    chosen["walls"] = [round(r["wall"], 3) for r in runs]
    chosen.pop("stderr", None)
    return chosen


def snapshot(folder):
    """path -> (mtime_ns, size, blake2b digest) of every file under `folder`."""
    files = {}
    stack = [folder]
    while stack:
        current = stack.pop()
        with os.scandir(current) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
                elif entry.is_file(follow_symlinks=False):
                    info = entry.stat(follow_symlinks=False)
                    with open(entry.path, "rb") as handle:
                        digest = hashlib.blake2b(handle.read(), digest_size=16).digest()
                    files[os.path.relpath(entry.path, folder)] = (info.st_mtime_ns, info.st_size, digest)
    return files


def compare(before, after):
    """Which files a build touched: rewritten (new mtime, or new/removed) and changed in bytes."""
    added = set(after) - set(before)
    removed = set(before) - set(after)
    common = set(before) & set(after)
    touched = {p for p in common if before[p][0] != after[p][0]}
    changed = {p for p in common if before[p][2] != after[p][2]}
    return {"files": len(after), "rewritten": len(touched) + len(added), "added": len(added), "removed": len(removed),
            "bytes_changed": len(changed), "rewritten_unchanged": len(touched - changed),
            "changed_not_rewritten": len(changed - touched),
            "changed_paths": sorted(changed)[:12], "rewritten_paths": sorted(touched | added)[:12],
            "rewritten_unchanged_paths": sorted(touched - changed)[:12]}


def count_pages(folder):
    pages = files = size = 0
    for base, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(base, name))
            pages += name.endswith(".html")
    return pages, files, size


# ---------------------------------------------------------------------------------------------
# One size


def opd_count(n):
    if os.environ.get("BENCH_OPDS"):
        return int(os.environ["BENCH_OPDS"])
    return max(20, min(400, round(math.sqrt(n))))


def corpus_folder(corpus, n):
    """.bench/N/ for the default corpus (as before there were others), .bench/<corpus>/N/ for the others."""
    return os.path.join(BENCH, str(n)) if corpus == "default" else os.path.join(BENCH, corpus, str(n))


def generate(n, k, folder, corpus="default"):
    """Generates .bench/N/{content,bodies} (the default corpus; the others without bodies: they are
    only needed for the cmark floor) unless the same generator already wrote them."""
    with open(GENERATOR, "rb") as handle:
        key = hashlib.sha256(handle.read() + f"{n}/{k}".encode() + (b"" if corpus == "default" else f"/{corpus}".encode())).hexdigest()
    stamp = os.path.join(folder, "generated.stamp")
    if os.path.exists(stamp) and open(stamp).read() == key:
        return
    log(f"bench: generating {n} programmes over {k} OPDs" + ("" if corpus == "default" else f" ({corpus} corpus)"))
    for sub in ("content", "bodies", "generated.stamp"):
        path = os.path.join(folder, sub)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)
    os.makedirs(folder, exist_ok=True)
    if corpus == "default":
        run([sys.executable, GENERATOR, str(n), str(k), os.path.join(folder, "content"), "--bodies", os.path.join(folder, "bodies")])
    else:
        run([sys.executable, GENERATOR, str(n), str(k), os.path.join(folder, "content"), "--corpus", corpus])
    with open(stamp, "w") as handle:
        handle.write(key)


def changed_programme(content):
    """A programme file in the middle of the sorted list: the one the "one change" rebuild edits."""
    opds = sorted(os.listdir(os.path.join(content, "opd")))
    opd = opds[len(opds) // 2]
    programmes = sorted(f for f in os.listdir(os.path.join(content, "opd", opd)) if f != "_index.md")
    return os.path.join(content, "opd", opd, programmes[len(programmes) // 2])


def failure_text(f):
    how = f"killed by signal {f['signal']}" if f.get("signal") else f"exit {f['status']}"
    message = " ".join(f["stderr"].split())[:300]
    return f"{how} after {f['wall']:.1f} s" + (f": {message}" if message else "")


def full_builds(tinjau, folder, output, repeat, timeout):
    """`tinjau build` into an empty folder, up to `repeat` times; leaves a built site in `output` if any run
    succeeded. Returns (entry, failed runs): entry is the best run, or {"timeout": s} or {"killed": text}
    (did not finish), or {"failed": text} (every run exited with an error)."""
    runs, failures = [], []
    try:
        # A failed build is reported (with its message) and does not count; up to `repeat` more
        # attempts are made so that one failure does not hide the timing of the successful runs.
        # A build killed by a signal (out of memory) would end the same way again: no more attempts.
        while len(runs) < repeat and len(failures) < repeat:
            for path in (output,) + tuple(os.path.join(folder, f".out.tinjau-{s}") for s in ("baru", "lama")):
                shutil.rmtree(path, ignore_errors=True)
            run_ = timed(tinjau, timeout=timeout)
            (runs if run_["status"] == 0 else failures).append(run_)
            if run_.get("signal"):
                break
        if runs and failures and run_["status"] != 0:  # leave a built site for what follows
            subprocess.run(tinjau, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
    except NotFinished as stop:
        return dict(stop.entry), failures
    if runs:
        return best(runs), failures
    last = failures[-1]
    if last.get("signal"):
        return {"killed": f"killed by signal {last['signal']} after {last['wall']:.1f} s"
                          + (" (out of memory?)" if last["signal"] == signal.SIGKILL else "")
                          + (f", peak RSS {last['rss'] / MIB:.0f} MiB" if last["rss"] else "")}, failures
    return {"failed": failure_text(failures[0])}, failures


def overlap_stats(output):
    """Size in bytes of the overlaps page and the number of pairs in data/tumpang-tindih.csv (None when
    the file is not there)."""
    page = os.path.join(output, OVERLAPS_PAGE)
    data = os.path.join(output, OVERLAPS_CSV)
    stats = {"overlaps_page": os.path.getsize(page) if os.path.exists(page) else None, "overlap_pairs": None}
    if os.path.exists(data):
        with open(data, newline="", encoding="utf-8") as handle:
            rows = [row for row in csv.reader(handle) if any(cell.strip() for cell in row)]
        stats["overlap_pairs"] = max(0, len(rows) - 1)  # the first row is the header
    return stats


def measure(n, binary, repeat, timeout, with_hugo):
    k = opd_count(n)
    folder = os.path.join(BENCH, str(n))
    generate(n, k, folder)
    content, bodies = os.path.join(folder, "content"), os.path.join(folder, "bodies")
    output = os.path.join(folder, "out")
    result = {"n": n, "k": k, "repeat": repeat, "load_before": load_average()}
    with open(os.path.join(bodies, "files.txt")) as handle:
        body_files = [line for line in handle.read().splitlines() if line]
    result["body_files"] = len(body_files)
    result["body_bytes"] = os.path.getsize(os.path.join(bodies, "all.md"))
    tinjau = [binary, "build", "--content", content, "--templates", TEMPLATES, "--output", output]

    # cmark floor: one stream, and the single files passed many per invocation.
    log(f"bench: N={n}: cmark")
    result["cmark_stream"] = best([timed(["cmark", os.path.join(bodies, "all.md")], timeout=timeout) for _ in range(repeat)])
    result["cmark_files"] = best([timed(["xargs", "-a", os.path.join(bodies, "files.txt"), "-d", "\n", "cmark"], timeout=timeout)
                                  for _ in range(repeat)])

    # tinjau: full builds into an empty folder.
    log(f"bench: N={n}: tinjau build")
    result["tinjau"], failures = full_builds(tinjau, folder, output, repeat, timeout)
    def failure_texts():
        return [failure_text(f) for f in failures]
    result["tinjau_failures"] = failure_texts()
    if "wall" not in result["tinjau"]:
        log(f"bench: N={n}: tinjau build: no result: {result['tinjau']}")
    else:
        pages, files, size = count_pages(output)
        result["tinjau"].update(pages=pages, files=files, bytes=size, pages_per_s=pages / result["tinjau"]["wall"])
        result["tinjau"].update(overlap_stats(output))

        # Rebuild with nothing changed.
        log(f"bench: N={n}: rebuild, nothing changed")
        runs, effects = [], []
        for _ in range(repeat):
            before = snapshot(output)
            time.sleep(0.02)  # a rewritten file gets a visibly different mtime
            runs.append(timed(tinjau, timeout=timeout))
            if runs[-1]["status"] != 0:
                failures.append(runs[-1])
            effects.append(compare(before, snapshot(output)))
        result["noop"] = best(runs)
        result["noop"].update(max(effects, key=lambda e: e["rewritten"]))

        # Rebuild after one programme's body changed (a different sentence each time), then restore it.
        log(f"bench: N={n}: rebuild, one programme changed")
        path = changed_programme(content)
        with open(path, encoding="utf-8") as handle:
            original = handle.read()
        runs, effects = [], []
        try:
            for attempt in range(repeat):
                before = snapshot(output)
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(original + f"\nPembaruan {attempt + 1}: kalimat ini ditambahkan oleh scripts/bench.py.\n")
                time.sleep(0.02)
                runs.append(timed(tinjau, timeout=timeout))
                if runs[-1]["status"] != 0:
                    failures.append(runs[-1])
                effects.append(compare(before, snapshot(output)))
        finally:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(original)
        result["one_change"] = best(runs)
        result["one_change"].update(max(effects, key=lambda e: e["rewritten"]))
        result["one_change"]["file"] = os.path.relpath(path, content)
        result["tinjau_failures"] = failure_texts()
        subprocess.run(tinjau, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)

        # Reference for the cost of the files alone: copying tinjau's output folder (reads and writes
        # the same files, no parsing or rendering).
        copy = os.path.join(folder, "out-copy")
        runs = []
        for _ in range(repeat):
            shutil.rmtree(copy, ignore_errors=True)
            runs.append(timed(["cp", "-r", output, copy], timeout=timeout))
        shutil.rmtree(copy, ignore_errors=True)
        result["copy"] = best(runs)

    # Hugo over the same content folder.
    if with_hugo:
        log(f"bench: N={n}: hugo")
        site = os.path.join(folder, "hugo-site")
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(HUGO_SITE, site)
        shutil.copytree(os.path.join(TEMPLATES, "assets"), os.path.join(site, "static", "assets"))
        hugo_out = os.path.join(folder, "hugo-out")
        runs = []
        try:
            for _ in range(repeat):
                shutil.rmtree(hugo_out, ignore_errors=True)
                runs.append(timed(["hugo", "--quiet", "--source", site, "--contentDir", content, "--destination", hugo_out],
                                  timeout=timeout))
        except NotFinished as stop:
            result["hugo"] = dict(stop.entry)
        else:
            result["hugo"] = best(runs)
            pages, files, size = count_pages(hugo_out)
            result["hugo"].update(pages=pages, files=files, bytes=size, pages_per_s=pages / result["hugo"]["wall"])
    result["load_after"] = load_average()
    return result


def measure_corpus(corpus, n, binary, repeat, timeout):
    """The zipf and near-identical corpora: full builds only (no rebuilds, cmark floor or Hugo), with the
    overlaps page's size and the number of overlapping pairs."""
    k = opd_count(n)
    folder = corpus_folder(corpus, n)
    generate(n, k, folder, corpus)
    content, output = os.path.join(folder, "content"), os.path.join(folder, "out")
    result = {"corpus": corpus, "n": n, "k": k, "repeat": repeat, "load_before": load_average()}
    tinjau = [binary, "build", "--content", content, "--templates", TEMPLATES, "--output", output]
    log(f"bench: {corpus} N={n}: tinjau build")
    result["tinjau"], failures = full_builds(tinjau, folder, output, repeat, timeout)
    result["tinjau_failures"] = [failure_text(f) for f in failures]
    if "wall" in result["tinjau"]:
        pages, files, size = count_pages(output)
        result["tinjau"].update(pages=pages, files=files, bytes=size, pages_per_s=pages / result["tinjau"]["wall"])
        result["tinjau"].update(overlap_stats(output))
    else:
        log(f"bench: {corpus} N={n}: tinjau build: no result: {result['tinjau']}")
    result["load_after"] = load_average()
    return result


def finished(result):
    return "wall" in (result.get("tinjau") or {})


def unfinished_text(entry):
    """Why a build has no numbers: did not finish (timeout, killed), failed, or was not run."""
    if "timeout" in entry:
        return f"did not finish within {entry['timeout']:.0f} s"
    if "killed" in entry:
        return f"did not finish: {entry['killed']}"
    if "skipped" in entry:
        return f"not run: {entry['skipped']}"
    if "failed" in entry:
        return "failed: " + entry["failed"]
    return "not measured"


# ---------------------------------------------------------------------------------------------
# Report


def num(n):
    """1000 -> "1 000" (a thin space as thousands separator, as in the issue)."""
    return f"{n:,}".replace(",", "\u202f")


def secs(value):
    return "–" if value is None else (f"{value:.3f}" if value < 10 else f"{value:.1f}")


def mib(value):
    return "–" if value is None else f"{value / MIB:.0f}"


def ratio(a, b):
    return a / b if a and b else None


def fmt_ratio(value):
    return "–" if value is None else f"{value:.2f}×" if value < 10 else f"{value:.1f}×"


def get(result, key, field):
    entry = result.get(key) or {}
    return entry.get(field)


def floor(result):
    """The cmark floor: the faster of one stream and many files per invocation."""
    runs = [result[k] for k in ("cmark_stream", "cmark_files") if result.get(k)]
    return min(runs, key=lambda r: r["wall"]) if runs else None


def tables(results, info):
    lines = []
    lines.append("| N (OPDs) | what | wall s | CPU s (user+sys) | peak RSS MiB | pages | pages/s | files rewritten / bytes changed |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---|")
    for r in results:
        label = f"{num(r['n'])} ({r['k']})"
        t = r.get("tinjau") or {}
        if "timeout" in t:
            lines.append(f"| {label} | tinjau build | did not finish in {t['timeout']} s | | | | | |")
        elif "killed" in t:
            lines.append(f"| {label} | tinjau build | did not finish | | | | | {t['killed']} |")
        elif "failed" in t:
            lines.append(f"| {label} | tinjau build | failed | | | | | see below |")
        elif t:
            lines.append(f"| {label} | tinjau build | {secs(t['wall'])} | {secs(t['cpu'])} | {mib(t['rss'])} | {t['pages']} | {t['pages_per_s']:.0f} | all {t['files']} files |")
        for key, name in (("noop", "tinjau rebuild, nothing changed"), ("one_change", "tinjau rebuild, one programme changed")):
            e = r.get(key)
            if e:
                lines.append(f"| {label} | {name} | {secs(e['wall'])} | {secs(e['cpu'])} | {mib(e['rss'])} | | | "
                             f"{e['rewritten']} rewritten, {e['bytes_changed']} changed in bytes, {e['removed']} removed |")
        for key, name in (("cmark_stream", "cmark, all bodies as one input"), ("cmark_files", "cmark, one file per body (xargs)")):
            e = r.get(key)
            if e:
                lines.append(f"| {label} | {name} | {secs(e['wall'])} | {secs(e['cpu'])} | {mib(e['rss'])} | | | {r['body_files']} bodies, {r['body_bytes'] / MIB:.1f} MiB |")
        e = r.get("copy")
        if e:
            lines.append(f"| {label} | reference: `cp -r` of tinjau's output | {secs(e['wall'])} | {secs(e['cpu'])} | {mib(e['rss'])} | | | "
                         f"{t.get('files', '?')} files, {t.get('bytes', 0) / MIB:.0f} MiB |")
        h = r.get("hugo")
        if h and "timeout" in h:
            lines.append(f"| {label} | Hugo | did not finish in {h['timeout']} s | | | | | |")
        elif h and "killed" in h:
            lines.append(f"| {label} | Hugo | did not finish | | | | | {h['killed']} |")
        elif h:
            lines.append(f"| {label} | Hugo | {secs(h['wall'])} | {secs(h['cpu'])} | {mib(h['rss'])} | {h['pages']} | {h['pages_per_s']:.0f} | all {h['files']} files |")
    lines.append("")
    lines.append("| N | tinjau ÷ cmark floor (wall) | tinjau ÷ cmark floor (CPU) | Hugo ÷ tinjau (wall) | Hugo ÷ tinjau (CPU) | "
                 "tinjau ms per programme (wall) | growth vs N=1 000 (wall) | growth vs N=1 000 (CPU) | no-change rebuild ÷ full build |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    base = next((r for r in results if r["n"] == 1000 and get(r, "tinjau", "wall")), None)
    for r in results:
        wall = get(r, "tinjau", "wall")
        f = floor(r)
        per = wall / r["n"] * 1000 if wall else None
        growth = per / (base["tinjau"]["wall"] / base["n"] * 1000) if (base and per) else None
        cpu = get(r, "tinjau", "cpu")
        growth_cpu = (cpu / r["n"]) / (base["tinjau"]["cpu"] / base["n"]) if (base and cpu) else None
        noop = f"{r['noop']['wall'] / wall * 100:.0f} %" if wall and r.get("noop") else "–"
        lines.append(f"| {num(r['n'])} | {fmt_ratio(ratio(wall, f and f['wall']))} | {fmt_ratio(ratio(get(r, 'tinjau', 'cpu'), f and f['cpu']))} | "
                     f"{fmt_ratio(ratio(get(r, 'hugo', 'wall'), wall))} | {fmt_ratio(ratio(get(r, 'hugo', 'cpu'), get(r, 'tinjau', 'cpu')))} | "
                     f"{'–' if per is None else f'{per:.2f}'} | {fmt_ratio(growth)} | {fmt_ratio(growth_cpu)} | "
                     f"{noop} |")
    return "\n".join(lines)


def verdicts(results):
    """Each target of the issue: met / not met / not measured, with the numbers."""
    by_n = {r["n"]: r for r in results}
    out = []

    def add(name, ok, detail):
        out.append(f"| {name} | {'not measured' if ok is None else 'met' if ok else '**not met**'} | {detail} |")

    r = by_n.get(10000)
    if r and get(r, "tinjau", "wall"):
        t, f = r["tinjau"], floor(r)
        q = t["wall"] / f["wall"]
        add("10 000: full build within 2× the cmark floor", q <= TARGET_FLOOR_RATIO,
            f"{t['wall']:.2f} s vs cmark {f['wall']:.3f} s: {q:.1f}× (CPU {t['cpu'] / f['cpu']:.1f}×)")
        if get(r, "hugo", "wall"):
            q = r["hugo"]["wall"] / t["wall"]
            add("10 000: at least 10× faster than Hugo", q >= TARGET_HUGO_RATIO,
                f"Hugo {r['hugo']['wall']:.2f} s ÷ tinjau {t['wall']:.2f} s = {q:.2f}× (CPU {r['hugo']['cpu'] / t['cpu']:.2f}×)")
        else:
            add("10 000: at least 10× faster than Hugo", None, "Hugo not measured")
        add("10 000: peak memory under 300 MiB", t["rss"] < TARGET_RSS_10K, f"{t['rss'] / MIB:.0f} MiB")
    else:
        add("10 000: full build within 2× the cmark floor", None, "N=10 000 not measured")
    r, base = by_n.get(100000), by_n.get(1000)
    if r:
        t = r.get("tinjau") or {}
        if "timeout" in t:
            add("100 000: completes", False, f"did not finish within {t['timeout']} s")
        elif "killed" in t:
            add("100 000: completes", False, f"did not finish: {t['killed']}")
        elif "failed" in t:
            add("100 000: completes", False, "the build failed: " + t["failed"])
        elif t:
            add("100 000: completes", True, f"{t['wall']:.1f} s")
            if base and get(base, "tinjau", "wall"):
                g = (t["wall"] / r["n"]) / (base["tinjau"]["wall"] / base["n"])
                gc = (t["cpu"] / r["n"]) / (base["tinjau"]["cpu"] / base["n"])
                add("100 000: time per programme ≤ 1.3× that at 1 000", g <= TARGET_GROWTH,
                    f"{t['wall'] / r['n'] * 1000:.2f} ms vs {base['tinjau']['wall'] / base['n'] * 1000:.2f} ms: {g:.2f}× "
                    f"(CPU time per programme: {gc:.2f}×)")
            add("100 000: peak memory under 1.5 GiB", t["rss"] < TARGET_RSS_100K, f"{t['rss'] / MIB:.0f} MiB")
    else:
        add("100 000: completes", None, "N=100 000 not measured in this run")
    for r in results:
        noop, full, one = r.get("noop"), r.get("tinjau"), r.get("one_change")
        if noop and full and "wall" in full:
            share = noop["wall"] / full["wall"]
            ok = noop["rewritten"] == 0 and noop["removed"] == 0 and share < TARGET_NOOP_SHARE
            add(f"{num(r['n'])}: rebuild with nothing changed writes no file, under 10 % of a full build", ok,
                f"{noop['rewritten']} files rewritten; {noop['wall']:.2f} s = {share * 100:.0f} % of {full['wall']:.2f} s")
        if one:
            # Pages and data files must keep bytes and mtime unless their content changed; the
            # folder's marker file (.tinjau-output) is not a page and is listed separately.
            extra = [p for p in one["rewritten_unchanged_paths"] if p != ".tinjau-output"]
            marker = ".tinjau-output" in one["rewritten_unchanged_paths"]
            ok = not extra and one["changed_not_rewritten"] == 0
            shown = ", ".join(one["changed_paths"][:6]) + (", …" if one["bytes_changed"] > 6 else "")
            detail = (f"{one['rewritten']} files rewritten, {one['bytes_changed']} changed in bytes ({shown})"
                      + (f"; rewritten with the same bytes: {', '.join(extra[:6])}" if extra else "")
                      + ("; the marker file `.tinjau-output` is rewritten too" if marker else "")
                      + f"; {one['wall']:.2f} s")
            add(f"{num(r['n'])}: one programme changed: only changed pages rewritten", ok, detail)
    return "| target | verdict | numbers |\n|---|---|---|\n" + "\n".join(out)


def per_programme(results):
    """Per size: ms of wall and CPU time and KiB of peak RSS per programme, and each ÷ that at N = 1 000."""
    base = next((r for r in results if r["n"] == 1000 and finished(r)), None)
    rows = {}
    for r in results:
        if not finished(r):
            continue
        t, n = r["tinjau"], r["n"]
        row = {"wall": t["wall"] / n * 1000, "cpu": t["cpu"] / n * 1000, "rss": t["rss"] / n / 1024}
        if base:
            b = base["tinjau"]
            row.update(g_wall=(t["wall"] / n) / (b["wall"] / 1000), g_cpu=(t["cpu"] / n) / (b["cpu"] / 1000),
                       g_rss=(t["rss"] / n) / (b["rss"] / 1000) if b["rss"] else None)
        rows[n] = row
    return rows


def bytes_text(value):
    return "" if value is None else num(value)


def corpus_table(results, totals=True):
    """One row per size: (the full build's numbers,) time and memory per programme with their growth, the
    overlaps page and the overlapping pairs."""
    per = per_programme(results)
    head = ["N (OPDs)"] + (["wall s", "CPU s (user+sys)", "peak RSS MiB", "pages"] if totals else []) + [
        "ms per programme (wall)", "ms per programme (CPU)", "KiB per programme (peak RSS)",
        "÷ N=1 000 (wall)", "÷ N=1 000 (CPU)", "÷ N=1 000 (RSS)", "overlaps page (bytes)", "overlapping pairs"]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for r in results:
        label = f"{num(r['n'])} ({r['k']})"
        t = r.get("tinjau") or {}
        if not finished(r):
            lines.append(f"| {label} | {unfinished_text(t)} |" + " |" * (len(head) - 2))
            continue
        row = per[r["n"]]
        cells = [label]
        if totals:
            cells += [secs(t["wall"]), secs(t["cpu"]), mib(t["rss"]), str(t["pages"])]
        cells += [f"{row['wall']:.2f}", f"{row['cpu']:.2f}", f"{row['rss']:.1f}",
                  fmt_ratio(row.get("g_wall")), fmt_ratio(row.get("g_cpu")), fmt_ratio(row.get("g_rss")),
                  bytes_text(t.get("overlaps_page")) or "no page", bytes_text(t.get("overlap_pairs"))]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def corpus_verdicts(results):
    """The targets for the zipf and near-identical corpora: met / not met / not measured, with the numbers."""
    by_n = {r["n"]: r for r in results}
    base = by_n.get(1000)
    per = per_programme(results)
    out = []

    def add(name, ok, detail):
        out.append(f"| {name} | {'not measured' if ok is None else 'met' if ok else '**not met**'} | {detail} |")

    def growth(name, key, show):
        if base is None:
            return add(name, None, "N = 1 000 not measured in this run")
        if not finished(base):
            return add(name, False, "1 000: " + unfinished_text(base["tinjau"]))
        parts, oks = [], []
        for n in (10000, 100000):
            r = by_n.get(n)
            if r is None:
                parts.append(f"{num(n)}: not measured in this run")
                oks.append(None)
            elif not finished(r):
                parts.append(f"{num(n)}: {unfinished_text(r['tinjau'])}")
                oks.append(False)
            else:
                g = per[n]["g_" + key]
                parts.append(f"{num(n)}: {show(per[n], per[1000], r)}: {fmt_ratio(g)}")
                oks.append(g is not None and g <= TARGET_GROWTH)
        add(name, False if False in oks else None if None in oks else True, "; ".join(parts))

    growth("10 000 and 100 000: time per programme ≤ 1.3× that at 1 000", "wall",
           lambda row, b, r: f"{row['wall']:.2f} ms vs {b['wall']:.2f} ms (CPU time per programme {row['g_cpu']:.2f}×)")
    growth("10 000 and 100 000: peak memory per programme ≤ 1.3× that at 1 000", "rss",
           lambda row, b, r: f"{row['rss']:.1f} KiB vs {b['rss']:.1f} KiB ({mib(r['tinjau']['rss'])} MiB)")
    parts, oks = [], []
    for r in results:
        t = r.get("tinjau") or {}
        if not finished(r):
            parts.append(f"{num(r['n'])}: {unfinished_text(t)}")
            oks.append(None)
        elif t.get("overlaps_page") is None:
            parts.append(f"{num(r['n'])}: no `{OVERLAPS_PAGE}`")
            oks.append(None)
        else:
            parts.append(f"{num(r['n'])}: {num(t['overlaps_page'])} bytes")
            oks.append(t["overlaps_page"] < TARGET_OVERLAPS_PAGE)
    add("overlaps page under 300 KB (300 000 bytes) at every size",
        False if False in oks else None if (None in oks or not oks) else True, "; ".join(parts) or "no size measured")
    return "| target | verdict | numbers |\n|---|---|---|\n" + "\n".join(out)


def failed_builds(results):
    return [f"N = {num(r['n'])}: {len(r['tinjau_failures'])} `tinjau build` run(s) failed (full builds: not counted): "
            + "; ".join(f"`{f}`" for f in r["tinjau_failures"]) for r in results if r.get("tinjau_failures")]


def machine_text(info):
    return "\n".join([
        f"- date: {info['date']}; tinjau commit {info['commit']}",
        f"- CPU: {info['cpu']}, {info['nproc']} cores (nproc); memory {info['memory']}",
        f"- OS: {info['os']}",
        f"- {info['swift']}; {info['hugo']}; {info['cmark']}; Python {info['python']}",
    ])


def replace_block(text, name, body):
    start, end = f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->"
    block = f"{start}\n{body}\n{end}"
    if start in text and end in text:
        return text[:text.index(start)] + block + text[text.index(end) + len(end):]
    return text.rstrip("\n") + "\n\n" + block + "\n"


def write_doc(name, body):
    if os.environ.get("BENCH_DOC", "1") == "0":
        return
    text = open(DOC, encoding="utf-8").read() if os.path.exists(DOC) else "# Performance\n"
    with open(DOC, "w", encoding="utf-8") as handle:
        handle.write(replace_block(text, name, body))
    log(f"bench: wrote {os.path.relpath(DOC, ROOT)} ({name})")


CORPUS_NOTES = {
    "zipf": "Titles (3–6 words), keywords (2–4) and indicator names (2–4 words each) drawn from one vocabulary of "
            "51 words, the word of rank r with probability ∝ 1/r^1.05; everything else as in the default corpus.",
    "near-identical": "Titles `Program Contoh 00001`, `Program Contoh 00002`, …, one indicator `Capaian fisik kegiatan` "
                      "each, no keywords; everything else as in the default corpus.",
}


def results_text(corpora, info, notes):
    """The Results section: the machine, then a subsection per corpus (`corpora`: name -> results per size)."""
    loads = ", ".join(("" if corpus == "default" else f"{corpus} ") + f"N={r['n']}: {r['load_before']:.1f} → {r['load_after']:.1f}"
                      for corpus, results in corpora.items() for r in results if "load_before" in r)
    parts = ["### Machine", "", machine_text(info), f"- load average (1 min) before → after each size: {loads}"]
    for corpus, results in corpora.items():
        parts += ["", f"### {CORPUS_TITLES[corpus]}", ""]
        repeats = ", ".join(str(r["repeat"]) for r in results if "repeat" in r) or "0"
        if corpus == "default":
            parts += [
                "Best of " + repeats + " runs per size, in the order of the sizes "
                "(lowest wall time; peak RSS is the highest of all runs).", "",
                tables(results, info), "",
                "Per programme, as for the other corpora (overlaps page: `" + OVERLAPS_PAGE + "`; overlapping pairs: data rows "
                "of `" + OVERLAPS_CSV + "`, empty when tinjau does not write that file):", "",
                corpus_table(results, totals=False), "",
                "#### Targets", "", verdicts(results),
            ]
        else:
            parts += [
                CORPUS_NOTES[corpus] + " Full builds only (`tinjau build` into an empty folder), best of " + repeats
                + " runs per size (lowest wall time; peak RSS is the highest of all runs). Overlaps page: `" + OVERLAPS_PAGE
                + "`; overlapping pairs: data rows of `" + OVERLAPS_CSV + "` (empty when tinjau does not write that file).", "",
                corpus_table(results), "",
                "#### Targets", "", corpus_verdicts(results),
            ]
        failed = failed_builds(results)
        if failed:
            parts += ["", "#### Failed builds", ""] + [f"- {line}" for line in failed]
    if notes:
        parts += ["", "### Not measured", ""] + [f"- {note}" for note in notes]
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# Profile


def profile(n, binary):
    """One tinjau build of N programmes under callgrind; the 15 functions with the highest inclusive cost."""
    if not shutil.which("valgrind"):
        sys.exit("bench: valgrind is missing (apt-get install valgrind)")
    k = opd_count(n)
    folder = os.path.join(BENCH, str(n))
    generate(n, k, folder)
    output = os.path.join(folder, "out-callgrind")
    shutil.rmtree(output, ignore_errors=True)
    data = os.path.join(BENCH, f"callgrind.{n}.out")
    # valgrind 3.19 (Debian 12) cannot read the DWARF 5 that Swift's clang writes: profile a copy
    # without debug information; the symbol table still names every function.
    stripped = os.path.join(BENCH, "tinjau-profile")
    run(["objcopy", "--strip-debug", binary, stripped])
    log(f"bench: callgrind over a build of {n} programmes (slow)")
    run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={data}", stripped, "build",
         "--content", os.path.join(folder, "content"), "--templates", TEMPLATES, "--output", output],
        stdout=subprocess.DEVNULL)
    annotate = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", data],
                              capture_output=True, text=True, check=True).stdout
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input=annotate, capture_output=True, text=True).stdout or annotate
    with open(os.path.join(BENCH, f"callgrind.{n}.txt"), "w") as handle:
        handle.write(demangled)
    total = re.search(r"^([\d,]+) \(100.0%\)\s+PROGRAM TOTALS", demangled, re.M)
    # The call chain above the pipeline (process start, the async main, argument parsing), thread and
    # dispatch plumbing, closure thunks and callgrind's recursion entries ('2) say nothing about where
    # the time goes: they are left out of the table (they are in the full listing).
    plumbing = re.compile(r"^(0x[0-9a-f]+|\(below main\)|__libc_start|tinjau_main|swift_job_run|swift::runJob|future_adapter|"
                          r"swift_task_switch|specialized static Tinjau\.main|static Tinjau\.main|protocol witness for ParsableCommand|"
                          r"Build\.run|thunk for|specialized thunk for|partial apply for|_dispatch|dispatch_apply|"
                          r"static DispatchQueue\.concurrentPerform|___swift_dispatch|start_thread|specialized closure #1 in static Parallel|"
                          r"specialized static Parallel\.map)|'\d+$")
    rows = []
    for line in demangled.splitlines():
        match = re.match(r"^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(\S.*?)\s*$", line)
        if not match or "PROGRAM TOTALS" in line:
            continue
        cost, share, name = match.groups()
        name = re.sub(r" \[[^\]]*\]$", "", name)
        name = name.split(":", 1)[1] if re.match(r"^(\?\?\?|[./][^:]*):", name) else name
        if plumbing.search(name):
            continue
        rows.append((cost, share, name[:160].replace("|", "\\|")))
        if len(rows) == 15:
            break
    commit = machine()["commit"]
    lines = [f"callgrind, one `tinjau build` of N = {num(n)} programmes over {k} OPDs ({datetime.date.today()}, "
             f"commit {commit}); total {total.group(1) if total else '?'} instructions (Ir), all threads. "
             "Inclusive cost from `callgrind_annotate --inclusive=yes`, names demangled with `swift demangle --simplified`; "
             "process start-up, async-main, dispatch and thunk frames and recursion entries are left out; full listing in "
             f"`.bench/callgrind.{n}.txt`.", "",
             "| # | Ir (inclusive) | share | function |", "|---:|---:|---:|---|"]
    for index, (cost, share, name) in enumerate(rows, 1):
        lines.append(f"| {index} | {cost} | {share} % | `{name}` |")
    write_doc("profile", "\n".join(lines))
    print("\n".join(lines))


# ---------------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="use the release binary as it is")
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", "1000 10000 100000"))
    parser.add_argument("--corpora", default=os.environ.get("BENCH_CORPORA", " ".join(CORPORA)),
                        help="which of " + ", ".join(CORPORA) + " to measure (BENCH_CORPORA)")
    parser.add_argument("--profile", type=int, metavar="N", help="callgrind profile of one build of N programmes")
    args = parser.parse_args()
    corpora = list(dict.fromkeys(args.corpora.replace(",", " ").split()))
    unknown = [c for c in corpora if c not in CORPORA]
    if unknown or not corpora:
        parser.error(f"unknown corpus {', '.join(unknown)} (BENCH_CORPORA: one or more of {', '.join(CORPORA)})")
    global MAX_RSS
    MAX_RSS = memory_limit()
    os.makedirs(BENCH, exist_ok=True)
    ensure_tools(os.environ.get("BENCH_NO_INSTALL", "0") != "1", default="default" in corpora or bool(args.profile))
    binary = build_tinjau(args.no_build)
    if args.profile:
        profile(args.profile, binary)
        return 0
    sizes = [int(s) for s in args.sizes.replace(",", " ").split()]
    timeout = float(os.environ.get("BENCH_TIMEOUT", "900"))
    with_hugo = shutil.which("hugo") is not None
    info = machine()
    results = {corpus: [] for corpus in corpora}
    notes = []
    if not with_hugo and "default" in corpora:
        notes.append("Hugo is not installed: the Hugo column is empty (apt-get install hugo).")
    for corpus in corpora:
        stopped = None  # the size at which a build of this corpus did not finish: larger ones are not run
        for n in sizes:
            repeat = int(os.environ.get("BENCH_REPEAT", "1" if n >= 100000 else "3"))
            if corpus == "default":
                results[corpus].append(measure(n, binary, repeat, timeout, with_hugo))
            elif stopped is not None and n > stopped:
                log(f"bench: {corpus} N={n}: not run (N = {stopped} did not finish)")
                results[corpus].append({"corpus": corpus, "n": n, "k": opd_count(n),
                                        "tinjau": {"skipped": f"N = {num(stopped)} did not finish"}})
            else:
                result = measure_corpus(corpus, n, binary, repeat, timeout)
                results[corpus].append(result)
                if "timeout" in result["tinjau"] or "killed" in result["tinjau"]:
                    stopped = n if stopped is None else min(stopped, n)
            with open(os.path.join(BENCH, "results.json"), "w") as handle:
                json.dump({"machine": info, "results": results.get("default", []), "corpora": results}, handle, indent=1)
    if 100000 not in sizes:
        notes.append("N = 100 000 was not run (BENCH_SIZES); its targets are not measured here.")
    text = results_text(results, info, notes)
    print(text)
    write_doc("results", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
