"""Worker processes never outlive the build that forked them: after Ctrl-C, a failure, or a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from generator import parallel
from generator.parallel import parallel_map, reporting
from preview_server import eventually

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _children(pid: int) -> set[int]:
    found = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                found |= {int(c) for c in fh.read().split()}
        except FileNotFoundError:  # a thread that ended meanwhile
            continue
    return {child for child in found if _alive(child)}


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def _slow_square(x: int) -> int:
    time.sleep(0.002)
    return x * x


def _square_and_pid(x: int) -> tuple[int, int]:
    return _slow_square(x), os.getpid()


def test_a_map_gives_results_in_order_across_processes():
    results = parallel_map(_square_and_pid, list(range(500)), jobs=2)
    assert [square for square, _ in results] == [x * x for x in range(500)]
    # Two workers did the work, not this process: the tests below are about them.
    assert len({pid for _, pid in results} - {os.getpid()}) == 2


def test_a_large_map_is_shared_by_this_process_and_one_worker_fewer(monkeypatch):
    # Each worker copies much of what it inherits: past SHARE_FROM items the
    # process that forks works too, so there is one copy fewer.
    monkeypatch.setattr(parallel, "SHARE_FROM", 300)
    results = parallel_map(_square_and_pid, list(range(500)), jobs=2)
    assert [square for square, _ in results] == [x * x for x in range(500)]
    pids = {pid for _, pid in results}
    assert os.getpid() in pids and len(pids - {os.getpid()}) == 1


def test_ctrl_c_during_a_map_ends_every_worker():
    before = _children(os.getpid())

    def interrupt(label, done, total):
        raise KeyboardInterrupt

    with reporting(interrupt), pytest.raises(KeyboardInterrupt):
        parallel_map(_slow_square, list(range(2000)), jobs=2, label="squaring")
    assert _children(os.getpid()) - before == set()


def test_a_failing_item_ends_every_worker_and_reaches_the_caller():
    before = _children(os.getpid())

    def fail_on_1234(x):
        if x == 1234:
            raise ValueError("item 1234")
        return x

    with pytest.raises(ValueError, match="item 1234"):
        parallel_map(fail_on_1234, list(range(2000)), jobs=2)
    assert _children(os.getpid()) - before == set()


# The warning is the drop itself: Python reporting the exception it ignored.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_ctrl_c_dropped_by_a_fork_hook_still_stops_the_map():
    # As when Ctrl-C lands in logging's fork hook: Python prints the
    # KeyboardInterrupt raised there and drops it.
    before = _children(os.getpid())
    armed = [True]
    # A map forks only while this process runs no other thread: one an earlier test left winding down is waited for.
    eventually(lambda: parallel.forks(2000, 2) or None)

    def interrupt_once_after_fork():
        if armed and armed.pop():
            os.kill(os.getpid(), signal.SIGINT)

    os.register_at_fork(after_in_parent=interrupt_once_after_fork)
    # Ctrl-C as a terminal delivers it, also when the suite was started in the background (a
    # shell starts those with SIGINT ignored, and then parallel_map rightly leaves it ignored).
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            parallel_map(_slow_square, list(range(2000)), jobs=2)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert not armed, "the hook never ran: no worker was forked"
    assert _children(os.getpid()) - before == set()


def test_workers_end_when_the_process_that_forked_them_is_killed(tmp_path: Path):
    # A build killed outright (SIGKILL, the out-of-memory killer) runs no cleanup
    # of its own; its workers must not live on, holding memory and sockets.
    pids = tmp_path / "pids"
    pids.mkdir()
    script = textwrap.dedent(f"""
        import os, time
        from generator.parallel import parallel_map

        def hang(x):
            open(os.path.join({str(pids)!r}, str(os.getpid())), "w").close()
            time.sleep(60)
            return x

        parallel_map(hang, list(range(400)), jobs=2)
    """)
    parent = subprocess.Popen([sys.executable, "-c", script])
    try:
        workers = eventually(lambda: [int(p.name) for p in pids.iterdir()] if len(list(pids.iterdir())) == 2 else None)
        assert all(_alive(pid) for pid in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        eventually(lambda: not any(_alive(pid) for pid in workers) or None)
    finally:
        parent.kill()
        parent.wait(10)


def test_a_failure_in_the_share_this_process_works_ends_the_worker_too(monkeypatch):
    monkeypatch.setattr(parallel, "SHARE_FROM", 300)
    before = _children(os.getpid())

    def fail_near_the_end(x):
        if x == 1990:  # in the last chunk, the one this process takes first
            raise ValueError("item 1990")
        return _slow_square(x)

    with pytest.raises(ValueError, match="item 1990"):
        parallel_map(fail_near_the_end, list(range(2000)), jobs=2)
    assert _children(os.getpid()) - before == set()


def test_past_the_sharing_size_every_file_is_rendered_by_the_forking_process(shipped, build_site, monkeypatch, tmp_path):
    # A render worker copies much of the graph it reads (at 100,000 articles some 1.4 GB):
    # past the sharing size the render stage forks none, pages and data files alike.
    from generator import render

    made_by = tmp_path / "made-by"
    original = render._Renderer.job

    def recording(self, job):
        with open(made_by, "a") as fh:
            fh.write(f"{job[2]} {os.getpid()}\n")
        return original(self, job)

    monkeypatch.setattr(render._Renderer, "job", recording)
    monkeypatch.setattr(parallel, "MIN_ITEMS", 2)
    for share_from, forker_only in ((10, True), (10**9, False)):
        monkeypatch.setattr(parallel, "SHARE_FROM", share_from)
        made_by.unlink(missing_ok=True)
        code, _, _, err = build_site(shipped, "--jobs", "2", "--no-cache", out=tmp_path / f"site-{share_from}")
        assert code == 0, err
        makers = {line.split()[1] for line in made_by.read_text().splitlines()}
        assert (makers == {str(os.getpid())}) == forker_only


class _Cycle:
    alive = 0

    def __init__(self):
        _Cycle.alive += 1
        self.me = self  # garbage only the cycle collector frees

    def __del__(self):
        _Cycle.alive -= 1


def _leave_a_cycle(x):
    _Cycle()
    return x


def test_one_process_alone_frees_each_chunks_garbage_cycles_as_workers_do():
    # The build turns the collector off; a stage's map in one process (`--jobs 1`) must not
    # keep every item's garbage to its end (every rendered page's Jinja contexts).
    import gc

    gc.collect()
    _Cycle.alive = 0
    gc.disable()
    try:
        assert parallel_map(_leave_a_cycle, list(range(5000)), jobs=1, label="cycling") == list(range(5000))
        assert _Cycle.alive <= 5000 // 50 + 1  # at most the last chunk's are left
    finally:
        gc.enable()
        gc.collect()
