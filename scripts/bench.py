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
  template     a build after one template changed: a partial some pages use, then the layout (every
               page); edited in .bench/N/theme/, the copy of the theme folder every build of N uses
  serve        `tinjau serve` on a free port: the first build, CPU while idle, then per edit of one
               programme the seconds from the save until /__tinjau/versi changes and until the page,
               fetched over HTTP, shows the edit (polled every 10 ms); its peak memory (VmHWM)
  cmark        the cmark command line over the same Markdown bodies: all bodies in one input
               (`cmark all.md`) and one file per body passed many at a time (`xargs cmark`)
  copy         `cp -r` of tinjau's output folder: the floor for writing the same files
  hugo         Hugo building the equivalent site in bench/hugo/ from the same content folder

and reports the full build against Hugo and both floors, every rebuild as a share of the full build,
and the targets of issue 14 (and of the earlier scale issue) as met or not met.

For the zipf and near-identical corpora (titles, keywords and indicator names that make many
programmes look alike to the overlap detector) only `tinjau build`: wall, CPU and peak RSS per
programme and their growth against N = 1 000, the size of the overlaps page
(temuan/tumpang-tindih/index.html) and the number of overlapping pairs (data rows of
data/tumpang-tindih.csv, when tinjau writes that file). Once a build of such a corpus does not
finish, its larger sizes are not run.

Each measurement is repeated BENCH_REPEAT times (default 3; 1 for N >= 100000) and the run with
the lowest wall time is kept (the machine may be shared: the load average is recorded too). On ext4
without a journal the full builds, the copy, Hugo and tinjau serve start six minutes after the harness
last deleted old outputs (see "Deleted files" below; BENCH_SETTLE sets the seconds, 0: never wait).
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
import http.client
import json
import math
import os
import platform
import re
import shutil
import signal
import socket
import statistics
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

# Targets of issue 14 ("A fast edit loop at province scale"), at 10 000 and 100 000 programmes.
TARGET14_HUGO = 2.0             # full build at least 2x faster than Hugo (wall)
TARGET14_COPY = 1.5             # full build within 1.5x the copy floor (`cp -r` of the output, wall)
TARGET14_RSS_10K = 250 * MIB    # 10 000: peak memory of every measurement (full, rebuilds, serve) at most 250 MiB
TARGET14_RSS_100K = 1024 * MIB  # 100 000: at most 1 GiB
TARGET14_RELOAD = 1.0           # 10 000: serve, save to the page showing the edit, under 1 s (median)

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
        "file_system": file_system_text(),
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


# ---------------------------------------------------------------------------------------------
# Deleted files
#
# ext4 without a journal does not give a new file or folder an inode that was freed less than 60
# seconds before, or less than 360 s before while that inode's table block is dirty (as it is as soon
# as a new file gets another inode of the same block): Linux fs/ext4/ialloc.c, find_inode_bit() and
# recently_deleted(), RECENTCY_MIN and RECENTCY_DIRTY. It looks at every such inode again for every new
# file, from the start of the block group. A build of 10 000 pages a minute after a folder of 10 000
# pages was deleted spent 13 % of its perf samples in recently_deleted(), and `cp -r` of that output took
# 2.9 s right after deleting an earlier copy, 1.7 s some minutes later (by hand, 2026-12-03). That cost
# belongs to whoever deleted, not to the tool measured next. So on such a file system (SETTLE > 0) the
# harness moves folders it no longer needs into TRASH (a rename frees no inode) and deletes the trash
# only after a size's measurements; the full builds, the copy, Hugo and tinjau serve run before the
# rebuilds (tinjau replaces a file by renaming a new one over it, which frees the old inode), and each of
# them starts SETTLE seconds after the trash was last deleted (the first measurement also waits,
# for whatever ran before the harness).

TRASH = os.path.join(BENCH, ".trash")
SETTLE = 0            # set in main(): settle_seconds()
LAST_DELETION = None  # time.monotonic() when the trash was last deleted (None: never)


def settle_seconds():
    """Seconds a measurement waits after the trash was deleted: BENCH_SETTLE if set, else 362 (the kernel's
    60 + 300 s and its clock's whole seconds) when BENCH is on ext4 without a journal, else 0."""
    if "BENCH_SETTLE" in os.environ:
        return float(os.environ["BENCH_SETTLE"])
    return 362.0 if not_journalled_ext4(BENCH) else 0.0


def file_system(path):
    """(type, device name) of the file system that holds `path`, from /proc/self/mountinfo and /sys/dev/block;
    (None, None) when unknown."""
    try:
        st = os.stat(path)
        key = f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
        kind = None
        with open("/proc/self/mountinfo") as handle:
            for line in handle:
                fields = line.split()
                if fields[2] == key and "-" in fields:
                    kind = fields[fields.index("-") + 1]
        device = os.path.basename(os.path.realpath(f"/sys/dev/block/{key}"))
        return kind, device
    except (OSError, IndexError, ValueError):
        return None, None


def not_journalled_ext4(path):
    """True when `path` is on ext4 mounted without a journal (/sys/fs/ext4/DEV/journal_task reads `<none>`,
    or, on kernels without that file, no /proc/fs/jbd2/DEV-* entry)."""
    kind, device = file_system(path)
    if kind != "ext4" or not device:
        return False
    try:
        with open(f"/sys/fs/ext4/{device}/journal_task") as handle:
            return handle.read().strip() == "<none>"
    except OSError:
        pass
    try:
        return not any(name.startswith(device + "-") for name in os.listdir("/proc/fs/jbd2"))
    except OSError:
        return True


def file_system_text():
    kind, device = file_system(BENCH)
    what = f"{kind or 'unknown'}" + (f" on {device}" if device else "")
    if not_journalled_ext4(BENCH):
        what += " without a journal"
    if SETTLE:
        what += (f": the full builds, the copy, Hugo and tinjau serve started at least {SETTLE:.0f} s after the harness "
                 f"last deleted old outputs; the rebuilds came after them (see Method)")
    return what


def discard(path):
    """Moves `path` out of the way into TRASH, to be deleted by empty_trash(); deletes it at once when the
    file system reuses inodes at once (SETTLE == 0)."""
    if not os.path.lexists(path):
        return
    if not SETTLE:
        shutil.rmtree(path) if os.path.isdir(path) and not os.path.islink(path) else os.remove(path)
        return
    os.makedirs(TRASH, exist_ok=True)
    number = len(os.listdir(TRASH))
    while os.path.lexists(os.path.join(TRASH, str(number))):
        number += 1
    os.rename(path, os.path.join(TRASH, str(number)))


def empty_trash():
    """Deletes TRASH (what discard() moved there) and notes when (settle())."""
    global LAST_DELETION
    if not os.path.isdir(TRASH):
        return
    shutil.rmtree(TRASH)
    LAST_DELETION = time.monotonic()


def settle():
    """Waits until SETTLE seconds after the trash was last deleted (or the harness started)."""
    if not SETTLE or LAST_DELETION is None:
        return
    os.sync()
    wait = LAST_DELETION + SETTLE - time.monotonic()
    if wait > 0:
        log(f"bench: waiting {wait:.0f} s until the inodes of the files deleted last can be reused (ext4 without a journal)")
        time.sleep(wait)


def process_tree(pid):
    """`pid` and all its living descendants (/proc/<pid>/task/*/children), parents first."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        if current in found:
            continue
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            pass
    return found


def tree_rss(pid):
    """Resident memory now of `pid` and all its descendants, in bytes."""
    total = 0
    for current in process_tree(pid):
        try:
            with open(f"/proc/{current}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE_SIZE
        except (OSError, ValueError, IndexError):
            pass
    return total


def tree_hwm(pid):
    """Peak resident memory so far (VmHWM of /proc/<pid>/status) of `pid` plus that of each living
    descendant, in bytes: an upper bound when children peaked at different moments."""
    total = 0
    for current in process_tree(pid):
        try:
            with open(f"/proc/{current}/status") as handle:
                match = re.search(r"^VmHWM:\s+(\d+) kB$", handle.read(), re.M)
            total += int(match.group(1)) * 1024 if match else 0
        except OSError:
            pass
    return total


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def tree_cpu(pid):
    """CPU seconds (user + system, all threads, plus the children each process has waited for) used so
    far by `pid` and its living descendants (/proc/<pid>/stat)."""
    ticks = 0
    for current in process_tree(pid):
        try:
            with open(f"/proc/{current}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
            ticks += sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime (fields 14 to 17)
        except (OSError, ValueError, IndexError):
            pass
    return ticks / CLOCK_TICKS


def timed(cmd, cwd=None, timeout=None, stdout=subprocess.DEVNULL, settle_first=True):
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
    if settle_first:
        settle()
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


def fresh_output(output):
    """Empties the folder that holds `output` and nothing else (`.bench/N/build/`, `.bench/N/serve/`, …):
    tinjau may keep state beside its output folder (a cache, a folder it writes before moving it into
    place), and a full build starts without any of it, whatever tinjau calls it."""
    parent = os.path.dirname(output)
    discard(parent)
    os.makedirs(parent)


def beside_output(output):
    """(files, bytes) that tinjau keeps beside `output` in its parent folder (see fresh_output)."""
    files = size = 0
    parent = os.path.dirname(output)
    for name in os.listdir(parent):
        if name == os.path.basename(output):
            continue
        path = os.path.join(parent, name)
        if os.path.isdir(path) and not os.path.islink(path):
            _, f, b = count_pages(path)
            files, size = files + f, size + b
        else:
            files, size = files + 1, size + os.path.getsize(path)
    return files, size


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
        discard(os.path.join(folder, sub))
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


def full_builds(tinjau, output, repeat, timeout):
    """`tinjau build` into an empty folder, up to `repeat` times; leaves a built site in `output` if any run
    succeeded. Returns (entry, failed runs): entry is the best run, or {"timeout": s} or {"killed": text}
    (did not finish), or {"failed": text} (every run exited with an error)."""
    runs, failures = [], []
    try:
        # A failed build is reported (with its message) and does not count; up to `repeat` more
        # attempts are made so that one failure does not hide the timing of the successful runs.
        # A build killed by a signal (out of memory) would end the same way again: no more attempts.
        while len(runs) < repeat and len(failures) < repeat:
            fresh_output(output)
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


def edited_rebuilds(tinjau, output, path, edited, repeat, timeout, failures):
    """`repeat` rebuilds, each after writing `edited(attempt)` (a text different each time) into `path`;
    then `path` gets its original bytes back and the site is built once more (not timed) so that the
    output matches the sources again. Returns the best run with what the most rewriting run touched
    (see compare); a failed run is appended to `failures`."""
    with open(path, encoding="utf-8") as handle:
        original = handle.read()
    runs, effects = [], []
    try:
        for attempt in range(1, repeat + 1):
            before = snapshot(output)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(edited(original, attempt))
            time.sleep(0.02)  # a rewritten file gets a visibly different mtime
            runs.append(timed(tinjau, timeout=timeout, settle_first=False))
            if runs[-1]["status"] != 0:
                failures.append(runs[-1])
            effects.append(compare(before, snapshot(output)))
    finally:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original)
        try:
            subprocess.run(tinjau, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
        except subprocess.TimeoutExpired:
            log(f"bench: the build after restoring {path} took more than {timeout:.0f} s")
    entry = best(runs)
    entry.update(max(effects, key=lambda e: e["rewritten"]))
    return entry


def appended_sentence(original, attempt):
    """The one-programme edit: one sentence appended to the body (a different one each attempt)."""
    return original + f"\nPembaruan {attempt}: kalimat ini ditambahkan oleh scripts/bench.py.\n"


def appended_comment(original, attempt):
    """The one-template edit: an HTML comment appended to the template (a different one each attempt)."""
    return original + f"<!-- bench {attempt}: scripts/bench.py -->\n"


# The one-template rebuilds: (result key, template path in the theme folder, what uses it). Both are
# edited in .bench/N/theme/ (a copy of the theme folder), never in the repository's templates/.
TEMPLATE_EDITS = (
    ("template_partial", os.path.join("partials", "program-table.mustache"), "one partial changed",
     "`partials/program-table.mustache`: OPD, dimension and programme-list pages"),
    ("template_layout", "layout.mustache", "the layout changed", "`layout.mustache`: every page"),
)


def theme_copy(folder):
    """A fresh copy of the theme folder (TEMPLATES) in `folder`/theme: every tinjau command of the default
    corpus builds with it (`--templates`), so that the one-template rebuilds can edit it."""
    theme = os.path.join(folder, "theme")
    shutil.rmtree(theme, ignore_errors=True)
    shutil.copytree(TEMPLATES, theme)
    return theme


# ---------------------------------------------------------------------------------------------
# tinjau serve

SERVE_POLL = 0.01   # seconds between two looks at the server while waiting for an edit
SERVE_IDLE = 5.0    # seconds of idle CPU measured
VERSION_PATH = "/__tinjau/versi"


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http_get(port, path):
    """(status, body bytes) of GET http://127.0.0.1:port/path, or None when the server does not answer."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path, headers={"Cache-Control": "no-store"})
        response = connection.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException):
        return None
    finally:
        connection.close()


def page_url(content, path):
    """The address of a programme's page: `/opd/<opd>/<file name without .md>/index.html` (Permalink.program)."""
    opd, name = os.path.relpath(path, content).split(os.sep)[1:3]
    return f"/opd/{opd}/{os.path.splitext(name)[0]}/index.html"


def serve_sentence(attempt):
    """The sentence the serve measurement appends at its `attempt`-th edit, and the text looked for in the page."""
    marker = f"Pembaruan pratinjau {attempt} dari"
    return f"\n{marker} scripts/bench.py.\n", marker.encode()


def serve_front_matter(text, attempt):
    """The programme text with the first indicator's `target:` in its front matter set to a value of the
    serve measurement's `attempt`-th front-matter edit, and the text looked for in the page (the theme's
    indicator table cell, the value in Indonesian format: `>987.651<`); None when the front matter has
    no target. Such an edit changes the scores, so that every stage runs (issue 14's "one-programme edit"
    is any edit, not only of the body)."""
    match = re.match(r"---\n.*?\n---\n", text, re.S)
    if not match:
        return None
    value = 987650 + attempt
    edited, count = re.subn(r"(?m)^(\s*target:\s*)\S+[ \t]*$", lambda m: m.group(1) + str(value), match.group(0), count=1)
    if not count:
        return None
    return edited + text[match.end():], f">{value:,}<".replace(",", ".").encode()


class ServeStopped(Exception):
    """The server exited, crossed BENCH_MAX_RSS or did not get somewhere within BENCH_TIMEOUT."""


def measure_serve(binary, content, theme, folder, path, repeat, timeout):
    """`tinjau serve` over the default corpus into an empty folder (`serve/out`, alone in `serve/`), on a free port.

    Waits until the first build is served (the programme's page answers 200 and the version endpoint
    answers), measures the CPU the server uses while idle for SERVE_IDLE seconds, then makes `repeat`
    edits to the programme file `path`, each appending one more sentence, and after each save polls
    every SERVE_POLL seconds until (a) the version endpoint answers something else, (b) the page,
    fetched over HTTP, contains the new sentence and (c) the server's log reports the whole site
    rebuilt ("site"; the page fetched is one the server renders ahead of the rest, as a browser's open
    page is): seconds from the save to each. The next edit waits for (c). Then reads the peak
    memory (VmHWM of the server and its children), stops the server with SIGINT (Ctrl+C) and puts the
    file back. Then makes `repeat` edits of the first indicator's target in the file's front matter
    (`serve_front_matter`), measured the same way ("front_matter_edits"): they change the scores, so
    that the aggregate stage, the pages that show them and the data files are made again.
    An edit not seen within `timeout` seconds ends the edits and is reported as not finished.
    """
    output = os.path.join(folder, "serve", "out")
    fresh_output(output)
    port = free_port()
    url = page_url(content, path)
    entry = {"port": port, "page": url, "file": os.path.relpath(path, content), "edits": []}
    with open(path, encoding="utf-8") as handle:
        original = handle.read()
    log_path = os.path.join(folder, "serve.log")
    cmd = [binary, "serve", "--content", content, "--templates", theme, "--output", output, "--port", str(port)]
    settle()
    os.sync()
    server_log = open(log_path, "w")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=server_log, stderr=subprocess.STDOUT, start_new_session=True)

    def alive_within_limits(since, what):
        if proc.poll() is not None:
            raise ServeStopped(f"the server exited with {proc.returncode} {what} (see {os.path.relpath(log_path, ROOT)})")
        if time.perf_counter() - since > timeout:
            raise ServeStopped(f"no result {what} after {timeout:.0f} s (BENCH_TIMEOUT)")
        if MAX_RSS and tree_rss(proc.pid) > MAX_RSS:
            raise ServeStopped(f"stopped by the harness at {MAX_RSS / MIB:.0f} MiB of memory (BENCH_MAX_RSS) {what}")

    def version():
        answer = http_get(port, VERSION_PATH)
        return answer[1] if answer and answer[0] == 200 else None

    def builds_logged():
        """How many builds the server's log reports finished (rebuilt or failed)."""
        with open(log_path, encoding="utf-8", errors="replace") as handle:
            return sum(1 for line in handle if "situs dibangun ulang" in line or "build gagal" in line)

    try:
        while True:  # the first build
            alive_within_limits(start, "before the first build was served")
            answer = http_get(port, url)
            if answer and answer[0] == 200 and version() is not None:
                break
            time.sleep(SERVE_POLL)
        entry["first_build"] = time.perf_counter() - start

        time.sleep(1.0)  # let the server settle, then measure it idle
        cpu_before, idle_start = tree_cpu(proc.pid), time.perf_counter()
        time.sleep(SERVE_IDLE)
        entry["idle_cpu"] = (tree_cpu(proc.pid) - cpu_before) / (time.perf_counter() - idle_start)

        known = version()

        def edit(text, marker, what, into):
            """Saves `text`, then waits for the version to change and the page to contain `marker`;
            False when the server did not get there (the edits end)."""
            nonlocal known
            old = version() or known  # the version the page was built with, just before the save
            builds = builds_logged()
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
            saved = time.perf_counter()
            seen = {}
            try:
                while not all(key in seen for key in ("version", "page", "site")):
                    alive_within_limits(saved, f"for {what}")
                    if "site" not in seen and builds_logged() > builds:
                        seen["site"] = time.perf_counter() - saved
                    now_version = version()
                    if "version" not in seen and now_version is not None and now_version != old:
                        seen["version"] = time.perf_counter() - saved
                        known = now_version
                    answer = http_get(port, url)
                    if "page" not in seen and answer and answer[0] == 200 and marker in answer[1]:
                        seen["page"] = time.perf_counter() - saved
                    time.sleep(SERVE_POLL)
            except ServeStopped as stop:
                seen["not_finished"] = str(stop)
                entry[into].append(seen)
                log(f"bench: serve: {what}: {stop}")
                return False
            entry[into].append(seen)
            time.sleep(0.2)
            return True

        text = original
        for attempt in range(1, repeat + 1):
            sentence, marker = serve_sentence(attempt)
            text += sentence
            if not edit(text, marker, f"edit {attempt}", "edits"):
                break
        else:
            entry["front_matter_edits"] = []
            for attempt in range(1, repeat + 1):
                edited = serve_front_matter(text, attempt)
                if edited is None:
                    entry["front_matter_edits"].append({"not_finished": "the programme's front matter has no target"})
                    break
                text, marker = edited
                if not edit(text, marker, f"front-matter edit {attempt}", "front_matter_edits"):
                    break
        entry["hwm"] = tree_hwm(proc.pid)
    except ServeStopped as stop:
        entry["not_finished"] = str(stop)
        log(f"bench: serve: {stop}")
    finally:
        entry["stopped_by"], usage = stop_server(proc)
        server_log.close()
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(original)
    entry["exit"] = proc.returncode
    if usage:  # the server's own peak as the kernel reports it to its parent; the larger one counts
        entry["hwm"] = max(entry.get("hwm", 0), usage.ru_maxrss * 1024)
    return entry


def stop_server(proc):
    """Stops a server started in its own session: SIGINT (what Ctrl+C sends) to its process group, SIGKILL
    when it is still there 10 s later. Returns how it stopped and its rusage (None when it had already
    exited and been reaped)."""
    if proc.poll() is not None:
        return f"exited by itself ({proc.returncode})", None
    how = "SIGINT"
    os.killpg(proc.pid, signal.SIGINT)  # the process group this harness started, and only it
    deadline = time.perf_counter() + 10
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline and how == "SIGINT":
            os.killpg(proc.pid, signal.SIGKILL)
            how = "SIGKILL (still running 10 s after SIGINT)"
        time.sleep(0.01)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return how, usage


def measure(n, binary, repeat, timeout, with_hugo):
    k = opd_count(n)
    folder = os.path.join(BENCH, str(n))
    generate(n, k, folder)
    content, bodies = os.path.join(folder, "content"), os.path.join(folder, "bodies")
    output = os.path.join(folder, "build", "out")
    theme = theme_copy(folder)
    result = {"n": n, "k": k, "repeat": repeat, "load_before": load_average()}
    with open(os.path.join(bodies, "files.txt")) as handle:
        body_files = [line for line in handle.read().splitlines() if line]
    result["body_files"] = len(body_files)
    result["body_bytes"] = os.path.getsize(os.path.join(bodies, "all.md"))
    tinjau = [binary, "build", "--content", content, "--templates", theme, "--output", output]

    # cmark floor: one stream, and the single files passed many per invocation.
    log(f"bench: N={n}: cmark")
    result["cmark_stream"] = best([timed(["cmark", os.path.join(bodies, "all.md")], timeout=timeout, settle_first=False)
                                   for _ in range(repeat)])
    result["cmark_files"] = best([timed(["xargs", "-a", os.path.join(bodies, "files.txt"), "-d", "\n", "cmark"], timeout=timeout,
                                        settle_first=False)
                                  for _ in range(repeat)])

    # tinjau: full builds into an empty folder.
    log(f"bench: N={n}: tinjau build")
    result["tinjau"], failures = full_builds(tinjau, output, repeat, timeout)
    def failure_texts():
        return [failure_text(f) for f in failures]
    result["tinjau_failures"] = failure_texts()
    if "wall" not in result["tinjau"]:
        log(f"bench: N={n}: tinjau build: no result: {result['tinjau']}")
    else:
        pages, files, size = count_pages(output)
        result["tinjau"].update(pages=pages, files=files, bytes=size, pages_per_s=pages / result["tinjau"]["wall"])
        result["tinjau"].update(overlap_stats(output))
        result["tinjau"]["beside_files"], result["tinjau"]["beside_bytes"] = beside_output(output)
        # The copy floor: copying tinjau's output folder (reads and writes the same files, no parsing
        # or rendering).
        copy = os.path.join(folder, "out-copy")
        runs = []
        for _ in range(repeat):
            discard(copy)
            runs.append(timed(["cp", "-r", output, copy], timeout=timeout))
        discard(copy)
        result["copy"] = best(runs)

    # Hugo over the same content folder (before anything that replaces files: see "Deleted files").
    if with_hugo:
        log(f"bench: N={n}: hugo")
        site = os.path.join(folder, "hugo-site")
        discard(site)
        shutil.copytree(HUGO_SITE, site)
        shutil.copytree(os.path.join(TEMPLATES, "assets"), os.path.join(site, "static", "assets"))
        hugo_out = os.path.join(folder, "hugo-out")
        runs = []
        try:
            for _ in range(repeat):
                discard(hugo_out)
                runs.append(timed(["hugo", "--quiet", "--source", site, "--contentDir", content, "--destination", hugo_out],
                                  timeout=timeout))
        except NotFinished as stop:
            result["hugo"] = dict(stop.entry)
        else:
            result["hugo"] = best(runs)
            pages, files, size = count_pages(hugo_out)
            result["hugo"].update(pages=pages, files=files, bytes=size, pages_per_s=pages / result["hugo"]["wall"])

    if "wall" in result["tinjau"]:
        # tinjau serve: save to reload.
        log(f"bench: N={n}: tinjau serve")
        result["serve"] = measure_serve(binary, content, theme, folder, changed_programme(content), repeat, timeout)
        discard(os.path.join(folder, "serve"))

        # The rebuilds come last: tinjau replaces a changed file by renaming a new one over it, which
        # frees the old file's inode (the layout rebuilds replace every page), and they do not wait
        # (see "Deleted files").
        try:
            # Rebuild with nothing changed.
            log(f"bench: N={n}: rebuild, nothing changed")
            runs, effects = [], []
            for _ in range(repeat):
                before = snapshot(output)
                time.sleep(0.02)  # a rewritten file gets a visibly different mtime
                runs.append(timed(tinjau, timeout=timeout, settle_first=False))
                if runs[-1]["status"] != 0:
                    failures.append(runs[-1])
                effects.append(compare(before, snapshot(output)))
            result["noop"] = best(runs)
            result["noop"].update(max(effects, key=lambda e: e["rewritten"]))

            # Rebuild after one programme's body changed (a different sentence each time).
            log(f"bench: N={n}: rebuild, one programme changed")
            path = changed_programme(content)
            result["one_change"] = edited_rebuilds(tinjau, output, path, appended_sentence, repeat, timeout, failures)
            result["one_change"]["file"] = os.path.relpath(path, content)

            # Rebuilds after one template of the theme copy changed: a partial some pages use, the layout.
            for key, template, _, _ in TEMPLATE_EDITS:
                log(f"bench: N={n}: rebuild, {template} changed")
                result[key] = edited_rebuilds(tinjau, output, os.path.join(theme, template), appended_comment,
                                              repeat, timeout, failures)
                result[key]["file"] = template
        except NotFinished as stop:
            log(f"bench: N={n}: rebuilds: {stop}")
            result["rebuilds_not_finished"] = str(stop)
        result["tinjau_failures"] = failure_texts()

    result["load_after"] = load_average()
    empty_trash()
    return result


def measure_corpus(corpus, n, binary, repeat, timeout):
    """The zipf and near-identical corpora: full builds only (no rebuilds, cmark floor or Hugo), with the
    overlaps page's size and the number of overlapping pairs."""
    k = opd_count(n)
    folder = corpus_folder(corpus, n)
    generate(n, k, folder, corpus)
    content, output = os.path.join(folder, "content"), os.path.join(folder, "build", "out")
    result = {"corpus": corpus, "n": n, "k": k, "repeat": repeat, "load_before": load_average()}
    tinjau = [binary, "build", "--content", content, "--templates", TEMPLATES, "--output", output]
    log(f"bench: {corpus} N={n}: tinjau build")
    result["tinjau"], failures = full_builds(tinjau, output, repeat, timeout)
    result["tinjau_failures"] = [failure_text(f) for f in failures]
    if "wall" in result["tinjau"]:
        pages, files, size = count_pages(output)
        result["tinjau"].update(pages=pages, files=files, bytes=size, pages_per_s=pages / result["tinjau"]["wall"])
        result["tinjau"].update(overlap_stats(output))
    else:
        log(f"bench: {corpus} N={n}: tinjau build: no result: {result['tinjau']}")
    result["load_after"] = load_average()
    empty_trash()
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
            beside = (f" (and {t['beside_files']} files, {t['beside_bytes'] / MIB:.1f} MiB, beside the output folder)"
                      if t.get("beside_files") else "")
            lines.append(f"| {label} | tinjau build | {secs(t['wall'])} | {secs(t['cpu'])} | {mib(t['rss'])} | {t['pages']} | {t['pages_per_s']:.0f} | all {t['files']} files{beside} |")
        if r.get("rebuilds_not_finished"):
            lines.append(f"| {label} | tinjau rebuilds | did not finish | | | | | {r['rebuilds_not_finished']} |")
        for key, name, where in REBUILDS:
            e = r.get(key)
            if e:
                lines.append(f"| {label} | tinjau rebuild, {name}" + (f" ({where})" if where else "") + f" | {secs(e['wall'])} | {secs(e['cpu'])} | {mib(e['rss'])} | | | "
                             f"{e['rewritten']} rewritten, {e['bytes_changed']} changed in bytes, {e['removed']} removed |")
        for key, name in (("cmark_stream", "cmark, all bodies as one input"), ("cmark_files", "cmark, one file per body (xargs)")):
            e = r.get(key)
            if e:
                lines.append(f"| {label} | {name} | {secs(e['wall'])} | {secs(e['cpu'])} | {mib(e['rss'])} | | | {r['body_files']} bodies, {r['body_bytes'] / MIB:.1f} MiB |")
        e = r.get("copy")
        if e:
            lines.append(f"| {label} | copy floor: `cp -r` of tinjau's output | {secs(e['wall'])} | {secs(e['cpu'])} | {mib(e['rss'])} | | | "
                         f"{t.get('files', '?')} files, {t.get('bytes', 0) / MIB:.0f} MiB |")
        h = r.get("hugo")
        if h and "timeout" in h:
            lines.append(f"| {label} | Hugo | did not finish in {h['timeout']} s | | | | | |")
        elif h and "killed" in h:
            lines.append(f"| {label} | Hugo | did not finish | | | | | {h['killed']} |")
        elif h:
            lines.append(f"| {label} | Hugo | {secs(h['wall'])} | {secs(h['cpu'])} | {mib(h['rss'])} | {h['pages']} | {h['pages_per_s']:.0f} | all {h['files']} files |")
    return "\n".join(lines)


# Every kind of rebuild: (result key, what changed, which template where it is one).
REBUILDS = (("noop", "nothing changed", None), ("one_change", "one programme changed", None)) + tuple(
    (key, name, where) for key, _, name, where in TEMPLATE_EDITS)


def edit_times(entry, key, kind="edits"):
    """Seconds from the save to `key` ("page" or "version") of every edit of `kind` ("edits": the body;
    "front_matter_edits": an indicator's target) the serve measurement saw."""
    return [e[key] for e in (entry or {}).get(kind, []) if key in e]


def serve_ok(entry, kind="edits"):
    """True when the serve measurement saw every edit of `kind` (page and version)."""
    return bool(entry) and "not_finished" not in entry and bool(entry.get(kind)) and all(
        "page" in e and "version" in e for e in entry[kind])


def serve_unfinished(entry, kind="edits"):
    reasons = [entry.get("not_finished")] + [e.get("not_finished") for e in entry.get(kind, [])]
    return "; ".join(r for r in reasons if r) or "not finished"


def median_text(values):
    """"9.31 s (runs 9.12, 9.31, 9.60)": the median and every run, in the order they ran."""
    if not values:
        return "–"
    runs = ", ".join(f"{v:.2f}" for v in values)
    return f"{statistics.median(values):.2f} s" + (f" (runs {runs})" if len(values) > 1 else "")


def serve_table(results):
    """tinjau serve per size: the first build, save to page and save to version, peak memory, idle CPU."""
    lines = ["| N (OPDs) | first build served s | save → page shows the edit | save → `/__tinjau/versi` changes | "
             "front-matter edit: save → page shows it | front-matter edit: save → whole site rebuilt | peak memory MiB | "
             "CPU while idle |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        e = r.get("serve")
        if not e:
            continue
        label = f"{num(r['n'])} ({r['k']})"
        first = secs(e.get("first_build")) if "first_build" in e else "–"
        idle = f"{e['idle_cpu'] * 100:.1f} % of a core" if "idle_cpu" in e else "–"
        page, version = median_text(edit_times(e, "page")), median_text(edit_times(e, "version"))
        if not serve_ok(e):
            page += f"; **not finished**: {serve_unfinished(e)}"
        front = median_text(edit_times(e, "page", "front_matter_edits"))
        if "front_matter_edits" in e and not serve_ok(e, "front_matter_edits"):
            front += f"; **not finished**: {serve_unfinished(e, 'front_matter_edits')}"
        site = median_text(edit_times(e, "site", "front_matter_edits"))
        lines.append(f"| {label} | {first} | {page} | {version} | {front} | {site} | {mib(e.get('hwm') or None)} | {idle} |")
    return "\n".join(lines)


def ratio_tables(results):
    """The full build against Hugo and both floors; every rebuild kind (and serve) as a share of the full build."""
    lines = ["| N | full ÷ Hugo (wall) | full ÷ Hugo (CPU) | full ÷ cmark floor (wall) | full ÷ cmark floor (CPU) | "
             "full ÷ copy floor (wall) | full ÷ copy floor (CPU) |", "|---|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        wall, cpu, f = get(r, "tinjau", "wall"), get(r, "tinjau", "cpu"), floor(r)
        lines.append(f"| {num(r['n'])} | {fmt_ratio(ratio(wall, get(r, 'hugo', 'wall')))} | {fmt_ratio(ratio(cpu, get(r, 'hugo', 'cpu')))} | "
                     f"{fmt_ratio(ratio(wall, f and f['wall']))} | {fmt_ratio(ratio(cpu, f and f['cpu']))} | "
                     f"{fmt_ratio(ratio(wall, get(r, 'copy', 'wall')))} | {fmt_ratio(ratio(cpu, get(r, 'copy', 'cpu')))} |")
    kinds = [(key, name) for key, name, _ in REBUILDS]
    lines += ["", "| N | " + " | ".join(name for _, name in kinds) + " | serve: save → page shows the edit (median) |",
              "|---|" + "---:|" * (len(kinds) + 1)]
    for r in results:
        wall = get(r, "tinjau", "wall")
        cells = []
        for key, _ in kinds:
            e = r.get(key)
            cells.append(f"{e['wall']:.2f} s = {e['wall'] / wall * 100:.0f} %" if e and wall else "–")
        page = edit_times(r.get("serve"), "page")
        cells.append(f"{statistics.median(page):.2f} s = {statistics.median(page) / wall * 100:.0f} %" if page and wall else "–")
        lines.append(f"| {num(r['n'])} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def peak_memories(r):
    """(name, bytes) of every measurement of tinjau at one size: full builds, each rebuild kind, serve."""
    peaks = [("full build", get(r, "tinjau", "rss"))]
    peaks += [(name, get(r, key, "rss")) for key, name, _ in REBUILDS]
    peaks.append(("serve", get(r, "serve", "hwm")))
    return [(name, value) for name, value in peaks if value]


def verdicts14(results):
    """The targets of issue 14 at 10 000 and 100 000: met / not met / not measured, with the numbers."""
    by_n = {r["n"]: r for r in results}
    out = []

    def add(name, ok, detail):
        out.append(f"| {name} | {'not measured' if ok is None else 'met' if ok else '**not met**'} | {detail} |")

    for n, rss_target, rss_text in ((10000, TARGET14_RSS_10K, "250 MiB"), (100000, TARGET14_RSS_100K, "1 GiB")):
        r = by_n.get(n)
        t = (r or {}).get("tinjau") or {}
        if not r:
            add(f"{num(n)}: every target", None, f"N = {num(n)} not measured in this run")
            continue
        if not finished(r):
            add(f"{num(n)}: full build", False, unfinished_text(t))
            continue
        h = r.get("hugo") or {}
        if "wall" in h:
            q = h["wall"] / t["wall"]
            add(f"{num(n)}: full build at least 2× faster than Hugo", q >= TARGET14_HUGO,
                f"Hugo {h['wall']:.2f} s ÷ tinjau {t['wall']:.2f} s = {q:.2f}× (CPU {h['cpu'] / t['cpu']:.2f}×)")
        elif "timeout" in h:  # Hugo took longer than the harness waits: tinjau is at least that much faster
            q = h["timeout"] / t["wall"]
            add(f"{num(n)}: full build at least 2× faster than Hugo", True if q >= TARGET14_HUGO else None,
                f"Hugo did not finish within {h['timeout']:.0f} s: at least {q:.2f}× tinjau's {t['wall']:.2f} s")
        else:
            add(f"{num(n)}: full build at least 2× faster than Hugo", None, unfinished_text(h) if h else "Hugo not measured")
        c = r.get("copy")
        if c:
            q = t["wall"] / c["wall"]
            add(f"{num(n)}: full build within 1.5× the copy floor", q <= TARGET14_COPY,
                f"tinjau {t['wall']:.2f} s ÷ `cp -r` {c['wall']:.2f} s = {q:.2f}× (CPU {t['cpu'] / c['cpu']:.2f}×)")
        else:
            add(f"{num(n)}: full build within 1.5× the copy floor", None, "copy floor not measured")
        peaks = peak_memories(r)
        highest = max(value for _, value in peaks)
        missing = [name for key, name in [("one_change", "one programme"), ("serve", "serve")] if not r.get(key)]
        add(f"{num(n)}: peak memory at most {rss_text} in every measurement",
            highest <= rss_target if not missing else (False if highest > rss_target else None),
            ", ".join(f"{name} {value / MIB:.0f}" for name, value in peaks) + " MiB"
            + (f" (not measured: {', '.join(missing)})" if missing else ""))
        if n == 10000:
            e = r.get("serve")
            page = edit_times(e, "page")
            if not e:
                add("10 000: serve save-to-reload under 1 s", None, "serve not measured")
            elif not serve_ok(e):
                add("10 000: serve save-to-reload under 1 s", False, serve_unfinished(e))
            else:
                add("10 000: serve save-to-reload under 1 s, body edit", statistics.median(page) < TARGET14_RELOAD,
                    f"page shows the edit after {median_text(page)}; `/__tinjau/versi` changes after "
                    f"{median_text(edit_times(e, 'version'))}")
                front = edit_times(e, "page", "front_matter_edits")
                if not serve_ok(e, "front_matter_edits"):
                    add("10 000: serve save-to-reload under 1 s, front-matter edit (a target)",
                        False if e.get("front_matter_edits") else None, serve_unfinished(e, "front_matter_edits"))
                else:
                    add("10 000: serve save-to-reload under 1 s, front-matter edit (a target)",
                        statistics.median(front) < TARGET14_RELOAD,
                        f"page shows the edit after {median_text(front)}; `/__tinjau/versi` changes after "
                        f"{median_text(edit_times(e, 'version', 'front_matter_edits'))}; whole site rebuilt after "
                        f"{median_text(edit_times(e, 'site', 'front_matter_edits'))}")
    return "| target | verdict | numbers |\n|---|---|---|\n" + "\n".join(out)


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
    ] + ([f"- file system of `.bench/`: {info['file_system']}"] if info.get("file_system") else []))


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
                "`tinjau serve`, " + repeats + " edits per size (the median and every run; peak memory: VmHWM of the "
                "server and its children before it stopped, or its own peak from `wait4`, whichever is larger):", "",
                serve_table(results), "",
                "Ratios: the full build (best run) divided by Hugo's and by each floor (below 1: tinjau is faster), "
                "and every rebuild (best run) and the serve reload (median) as a share of the full build:", "",
                ratio_tables(results), "",
                "Per programme, as for the other corpora (overlaps page: `" + OVERLAPS_PAGE + "`; overlapping pairs: data rows "
                "of `" + OVERLAPS_CSV + "`, empty when tinjau does not write that file):", "",
                corpus_table(results, totals=False), "",
                "#### Targets of issue 14 (a fast edit loop at province scale)", "", verdicts14(results), "",
                "#### Targets of the earlier scale issue", "", verdicts(results),
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
    output = os.path.join(folder, "callgrind", "out")
    fresh_output(output)
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
    global MAX_RSS, SETTLE, LAST_DELETION
    MAX_RSS = memory_limit()
    os.makedirs(BENCH, exist_ok=True)
    SETTLE = settle_seconds()
    LAST_DELETION = time.monotonic()  # what ran before (an earlier run's outputs) is not known
    empty_trash()  # left by an interrupted run
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
