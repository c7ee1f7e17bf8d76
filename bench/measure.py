"""Shared by the benchmarks: timing, peak memory, one fresh process per corpus size.

Peak memory is the resident-set high-water mark (``ru_maxrss``) of the benchmark process and,
separately, of its largest worker process; a fresh process per size keeps the figures apart.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus import write as make_corpus


def peak_mb() -> dict[str, float]:
    """Peak resident memory in MB of this process and of its largest (finished) child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb": round(own, 1), "worker_peak_mb": round(kids, 1)}


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = int(Path("/proc/meminfo").read_text().split()[1]) / 1024**2
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, Python {platform.python_version()}"


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds so far of the given live processes (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / tick


class Timer:
    """Wall time and the CPU time of this process and ``pids`` (workers) over a block.

    The machine is shared, so wall time depends on what else runs; CPU time does not, and
    words per CPU-second is what one core does when it has the core to itself. Worker
    processes count while alive (``pids``) or once reaped (local pools at shutdown); Ray's
    workers are not this process's children and do not count."""

    def __init__(self, pids: list[int] | None = None) -> None:
        self.pids = [os.getpid(), *(pids or [])]

    def __enter__(self) -> Timer:
        self.start, self.cpu_start = time.perf_counter(), self._cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start
        self.cpu = self._cpu() - self.cpu_start

    def _cpu(self) -> float:
        """Live processes from /proc, plus the workers that finished (and were reaped)."""
        reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
        return cpu_seconds(self.pids) + reaped.ru_utime + reaped.ru_stime


def rates(timer: Timer, articles: int, words: int) -> dict[str, float]:
    """Throughput over a timed block, by wall time and by CPU time."""
    wall, cpu = timer.seconds or 1e-9, timer.cpu or 1e-9
    return {
        "articles": articles,
        "words": words,
        "seconds": round(wall, 2),
        "cpu_seconds": round(timer.cpu, 2),
        "articles_per_s": round(articles / wall, 1),
        "words_per_s": round(words / wall),
        "words_per_cpu_s": round(words / cpu),
        "load": Path("/proc/loadavg").read_text().split()[0],
    }


def main(
    description: str,
    run: Callable[[argparse.Namespace], dict[str, Any]],
    add_arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None,
    default_sizes: str = "1000",
    default_workers: str = "1",
    corpus: bool = True,
) -> None:
    """Run ``run`` once per ``--sizes`` and ``--workers`` entry, each in a fresh process on a
    corpus of that size generated once into the temp dir (``bench/corpus.py``; kept there for
    the next benchmark) unless ``--corpus`` names one; print one JSON line per run."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sizes", default=default_sizes, help="corpus sizes, comma-separated")
    parser.add_argument("--workers", default=default_workers, help="worker counts, comma-sep.")
    parser.add_argument("--corpus", type=Path, help="an existing corpus directory to use")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    add_arguments(parser)
    args = parser.parse_args()
    if args.one:
        args.size, args.workers = int(args.sizes), int(args.workers)
        result = {"size": args.size, "workers": args.workers, **run(args), **peak_mb()}
        print(json.dumps(result))
        return
    print(f"# {machine()}", flush=True)
    rest = _without_values(sys.argv[1:], ("--sizes", "--workers", "--corpus"))
    for size in args.sizes.split(","):
        folder = args.corpus or (
            cached_corpus(int(size)) if corpus else Path(tempfile.gettempdir())
        )
        for workers in args.workers.split(","):
            cmd = [sys.executable, sys.argv[0], "--one", "--sizes", size, "--workers", workers]
            out = subprocess.run(
                [*cmd, "--corpus", str(folder), *rest], capture_output=True, text=True
            )
            if out.returncode:
                sys.exit(out.stderr)
            print(out.stdout.strip().splitlines()[-1], flush=True)


def cached_corpus(size: int) -> Path:
    """The generated corpus of ``size`` articles in the temp dir, made on first use."""
    folder = Path(tempfile.gettempdir()) / f"parley-bench-corpus-{size}"
    done = folder / ".complete"
    if not done.exists():
        make_corpus(size, folder)
        done.touch()
    return folder


def _without_values(argv: list[str], options: tuple[str, ...]) -> list[str]:
    out, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg in options:
            skip = True
        elif not arg.startswith(tuple(f"{o}=" for o in options)):
            out.append(arg)
    return out
