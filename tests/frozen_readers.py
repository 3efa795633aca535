"""The frozen readers' runs, measured beside the rest of the suite.

`tests/test_line_model.py` checks each figure the README gives for a round of blind sets against the reader that
round was scored with, taken from git (`@pytest.mark.frozen_reader(commit, sets)`). Each such reader takes seconds
to import (it compiles its own patterns: nothing is kept for a tree read once) and a second to read its sets, and
there are close to a hundred of them: run where their tests stand, one or two at a time, they were a quarter of the
suite's time while the rest of it, mostly one process at a time, left the second core idle. So `tests/conftest.py`
runs their tests last and starts them all when collection ends: a driver process measures one reader at a time
beside the other tests, and two at a time once the first of their tests asks (the suite has nothing else to do then).
A test takes its reader's tables from the driver's folder.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Runs a frozen benchmark as its own `python benchmarks/ingest_accuracy.py ARGS` would, and again with `--rules-only`
# in a copy of the process forked once the reader is imported (its start-up, most of a run, is paid once; the rules'
# tables go to the file named after the benchmark's path), except that its reading-speed loop (every page parsed
# twenty times more, two thirds of its run; no figure here reads the speed) parses nothing: every frozen benchmark names
# `parse_text_article` twice, in its import and in that loop, and reads the pages through `load_content` (the figures
# are the same).
_WITHOUT_THE_SPEED_LOOP = """
import importlib.util, os, sys, traceback
path, rules_out, *args = sys.argv[1:]
spec = importlib.util.spec_from_file_location("ingest_accuracy", path)
bench = sys.modules["ingest_accuracy"] = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
bench.parse_text_article = lambda text: None
sys.stdout.flush()
child = os.fork()
if child == 0:
    try:
        sys.stdout = open(rules_out, "w", encoding="utf-8")
        sys.argv = [path, *args, "--rules-only"]
        code = bench.main()
        sys.stdout.close()
    except BaseException:
        traceback.print_exc()
        code = 1
    sys.stderr.flush()
    os._exit(code or 0)
sys.argv = [path, *args]
code = bench.main()
sys.stdout.flush()
sys.exit(code or os.waitstatus_to_exitcode(os.waitpid(child, 0)[1]))
"""

# The driver: for each (run, commit, sets) in order, that commit's generator, benchmark and the tuned corpus's entities
# taken from git into FOLDER/run/tree, and the benchmark run there on this checkout's sets (tables in
# FOLDER/run/model.out and rules.out, errors in err); FOLDER/run/exit, written whole, holds its exit status. (A run is
# named for its commit and its sets: one reader may have scored two batches, each with its own figure.)
# One run at a time, two once FOLDER/hurry exists. It stops its runs and itself when the process that started it ends.
_DRIVER = """
import io, json, os, subprocess, sys, tarfile, time
repo, measure, folder, jobs = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
parent, running = os.getppid(), {}

def start(name, commit, sets):
    here = os.path.join(folder, name)
    os.makedirs(here)
    with open(os.path.join(here, "model.out"), "w") as out, open(os.path.join(here, "err"), "w") as err:
        archive = subprocess.run(["git", "-C", repo, "archive", commit, "generator", "benchmarks", "tests/corpus/content"],
                                 stdout=subprocess.PIPE, stderr=err)
        if archive.returncode:
            return None
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(os.path.join(here, "tree"), **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
        tree = os.path.join(here, "tree")
        return subprocess.Popen([sys.executable, "-c", measure, os.path.join(tree, "benchmarks", "ingest_accuracy.py"),
                                 os.path.join(here, "rules.out"), "--corpus", *sets],
                                stdout=out, stderr=err, cwd=tree, env={**os.environ, "PYTHONPATH": tree})

def ended(name, code):
    path = os.path.join(folder, name, "exit")
    with open(path + ".part", "w") as out:
        out.write(str(code))
    os.replace(path + ".part", path)

while jobs or running:
    if os.getppid() != parent:
        for run in running.values():
            run.kill()
        sys.exit(1)
    while jobs and len(running) < (2 if os.path.exists(os.path.join(folder, "hurry")) else 1):
        name, commit, sets = jobs.pop(0)
        run = start(name, commit, sets)
        if run is None:
            ended(name, 1)
        else:
            running[name] = run
    for name, run in list(running.items()):
        if run.poll() is not None:
            ended(name, run.returncode)
            del running[name]
    time.sleep(0.05)
"""


def _run_name(commit: str, sets: tuple[str, ...]) -> str:
    """The folder of one reader's run over some sets: the commit, and the sets' first and last names."""
    return f"{commit}-{sets[0]}-{sets[-1]}-{len(sets)}"


class FrozenReaders:
    """The runs of the readers of `wanted` ([(commit, sets)], in the order their tests come), started at once."""

    def __init__(self, wanted: list[tuple[str, tuple[str, ...]]]):
        self.folder = Path(tempfile.mkdtemp(prefix="briefing-frozen-readers-"))
        jobs = list({_run_name(commit, sets): (_run_name(commit, sets), commit, [str(REPO / "tests" / "corpus" / name) for name in sets])
                     for commit, sets in wanted}.values())  # (one run for tests that share a reader and its sets)
        with open(self.folder / "driver.err", "w") as err:
            self.driver = subprocess.Popen([sys.executable, "-c", _DRIVER, str(REPO), _WITHOUT_THE_SPEED_LOOP,
                                            str(self.folder), json.dumps(jobs)],
                                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                           start_new_session=True)

    def tables(self, commit: str, sets: tuple[str, ...]) -> tuple[str, str]:
        """What the commit's benchmark printed over the sets, with the reader's model and by its rules alone."""
        (self.folder / "hurry").touch()
        here = self.folder / _run_name(commit, sets)
        while not (here / "exit").exists():
            if self.driver.poll() is not None and not (here / "exit").exists():
                raise AssertionError(f"the frozen readers' driver ended early:\n{(self.folder / 'driver.err').read_text()}")
            time.sleep(0.05)
        errors = (here / "err").read_text()
        assert (here / "exit").read_text() == "0", errors
        return (here / "model.out").read_text("utf-8"), (here / "rules.out").read_text("utf-8")

    def stop(self) -> None:
        if self.driver.poll() is None:
            os.killpg(self.driver.pid, signal.SIGKILL)  # (the driver and the runs it started)
        self.driver.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
