"""Spread independent work over the machine's cores; results come back in input order."""

from __future__ import annotations

import gc
import os
import signal
import threading
from collections.abc import Callable, Sequence
from contextlib import contextmanager

# Below this many items a pool costs more to start than it saves.
MIN_ITEMS = 200
# From this many items on, this process works beside jobs - 1 workers instead
# of waiting for jobs of them: each worker copies much of the graph it
# inherits, as it reads it (reference counts are written into the objects),
# and at 100,000 articles a copy is over a gigabyte. Below, the jobs workers
# are a tenth faster (this process's result-collecting thread, which takes
# the interpreter lock, no longer slows the work done beside it).
SHARE_FROM = 50_000

# The work of the pool being run. Workers are forked, so they inherit it (and
# everything it refers to, such as the site graph) without pickling it.
_work: tuple[Callable, Sequence] | None = None
# Who hears how far the work is: progress(label, done, total). Set by `reporting`.
_progress: Callable[[str, int, int], None] | None = None


@contextmanager
def reporting(progress: Callable[[str, int, int], None] | None):
    """Tell `progress` how far each labelled `parallel_map` in this block is."""
    global _progress
    before, _progress = _progress, progress
    try:
        yield
    finally:
        _progress = before


def default_jobs() -> int:
    """How many processes a build uses when not told: one per core."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _can_fork() -> bool:
    # Forking a process that runs other threads (a preview server, say) can copy
    # a lock another thread holds; such callers get the serial path.
    return hasattr(os, "fork") and threading.active_count() == 1


def forks(count: int, jobs: int) -> bool:
    """Whether `parallel_map` over `count` items in `jobs` processes forks workers for them."""
    return jobs > 1 and count >= MIN_ITEMS and _work is None and _can_fork()


def shares(count: int, jobs: int) -> bool:
    """Whether this process works beside the workers of a `parallel_map` over `count` items, on its last items."""
    return count >= SHARE_FROM and forks(count, jobs)


def _run_chunk(bounds: tuple[int, int]) -> list:
    fn, items = _work
    return _chunk(fn, items, *bounds)


def _chunk(fn: Callable, items: Sequence, start: int, end: int) -> list:
    results = [fn(item) for item in items[start:end]]
    # A build runs with the cycle collector off (generator/build.py), and a
    # rendered page leaves cycles behind (Jinja's contexts and the template
    # modules they import): freed here, a chunk at a time, or each process
    # holds every page's garbage to the end of the stage (two thirds of a
    # render worker's memory; 1.4 GB of 3.0 for `--jobs 1` at 100,000
    # articles). In a worker only what this chunk made is walked: what it
    # inherited was frozen when it started.
    gc.collect(0)
    return results


def parallel_map(fn: Callable, items: Sequence, jobs: int = 1, label: str = "") -> list:
    """`[fn(x) for x in items]`, computed by `jobs` forked processes when that pays off.

    From SHARE_FROM items on, this process is one of the `jobs`.
    """
    global _work
    report = _progress if label and items else None
    serial = not forks(len(items), jobs)
    # Chunks: many per process even out articles of different lengths (a
    # worker holds two it has not begun, which this process cannot take back),
    # and let progress be told as they finish.
    # A stage's map (it has a label) runs in chunks alone too: its garbage is freed a chunk at a time.
    count = 1 if serial and not label else (jobs * 32 if not serial else 50)
    size = max(1, -(-len(items) // count))
    share = not serial and len(items) >= SHARE_FROM  # (as `shares` says)
    bounds = _bounds(0, len(items), size)
    results: list = []
    if serial:
        if len(bounds) == 1:
            return _collect(([fn(item) for item in items[a:b]] for a, b in bounds), results, report, label, len(items))
        # (Not frozen, as a worker's inheritance is: unfrozen afterwards, what was garbage before the
        # map would go to the oldest generation, where a preview server's collections never reach it.
        # The first chunk's collection walks what the stage before left young, once.)
        return _collect((_chunk(fn, items, a, b) for a, b in bounds), results, report, label, len(items))
    # Imported here: a build with nothing to do should not pay for loading them.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _work = (fn, items)
    pool = ProcessPoolExecutor(
        jobs - share, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker, initargs=(os.getpid(),)
    )
    try:
        with _interrupt_not_lost():
            # The first forks the workers.
            futures = [pool.submit(_run_chunk, b) for b in bounds]
        mine: dict[int, list] = {}
        finished = 0
        if share:
            gc.freeze()  # this process's collections below walk only what its chunks make
            try:
                # The workers take chunks from the front, this process from the
                # back, each only one nobody has begun, until they meet.
                for index in reversed(range(len(bounds))):
                    if not futures[index].cancel():
                        break
                    mine[index] = _run_chunk(bounds[index])
                    finished += len(mine[index])
                    if report is not None:
                        report(label, finished, len(items))
            finally:
                gc.unfreeze()
        for index, future in enumerate(futures):
            if index in mine:
                results += mine.pop(index)
                continue
            results += future.result()
            finished += bounds[index][1] - bounds[index][0]
            if report is not None:
                report(label, finished, len(items))
    except BaseException:
        # Ctrl-C (which the workers leave to this process) or a failure: the
        # chunks not yet begun are dropped, and no worker outlives this call to
        # hold on to what it inherited, such as a preview server's socket.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    else:
        pool.shutdown()
        return results
    finally:
        _work = None


@contextmanager
def _interrupt_not_lost():
    """Stop with KeyboardInterrupt for a Ctrl-C heard while the workers are forked, even one Python dropped.

    Python runs fork hooks in the parent (logging has one; Markdown imports
    logging), and an exception raised inside a hook is printed and dropped: a
    Ctrl-C at that instant would be lost, and the build would carry on.
    """
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        yield  # Ctrl-C ignored, or handled by the caller's own handler
        return
    heard = []

    def on_interrupt(signum, frame):
        heard.append(signum)
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if heard:
        raise KeyboardInterrupt


def _start_worker(parent: int) -> None:
    """A worker leaves Ctrl-C to the process that forked it, and ends when that process ends."""
    # What the worker inherited (the whole graph, uncollected while the build
    # keeps the collector off) is never walked by its collections: walking it
    # would also copy every page of it out of the memory it shares with its parent.
    gc.freeze()
    # The parent hears the interrupt and ends its workers (above): no traceback from each of them.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux): killed however the parent ends
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the call
        os._exit(1)


def _bounds(start: int, end: int, size: int) -> list[tuple[int, int]]:
    return [(a, min(a + size, end)) for a in range(start, end, size)]


def _collect(chunks, results: list, report, label: str, total: int) -> list:
    for chunk in chunks:
        results += chunk
        if report is not None:
            report(label, len(results), total)
    return results
