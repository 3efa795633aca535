"""A time limit on reading one file, so that no single file can stop a build."""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager


class OverBudget(BaseException):
    """Raised inside work that ran past its time limit.

    A BaseException, as KeyboardInterrupt is: a library's `except Exception`
    around its own work must not swallow it.
    """


@contextmanager
def time_limit(seconds: float):
    """Raise OverBudget inside the block once it has run for `seconds`."""
    # Either way the exception arrives between two Python instructions: a
    # single call into C (one regular expression, say) finishes first.
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        limit = _alarm
    else:
        limit = _timer  # a build in a thread (serve's), where signals cannot be used
    with limit(seconds):
        yield


_armed = False


def _on_alarm(signum, frame):
    if _armed:
        raise OverBudget


@contextmanager
def _alarm(seconds: float):
    """The limit in a process's main thread (a worker's, or a build's with one job): SIGALRM."""
    global _armed
    # Installed once and left in place: setting a handler costs ten times
    # what the timer does, once per article. It ignores alarms it did not arm.
    if signal.getsignal(signal.SIGALRM) is not _on_alarm:
        signal.signal(signal.SIGALRM, _on_alarm)
    _armed = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        _armed = False


@contextmanager
def _timer(seconds: float):
    """The limit in any other thread: a timer thread raises OverBudget in it, as Ctrl-C would be."""
    import ctypes

    raise_in = ctypes.pythonapi.PyThreadState_SetAsyncExc
    ident, lock, state = ctypes.c_ulong(threading.get_ident()), threading.Lock(), {"done": False, "fired": False}

    def fire():
        with lock:
            if not state["done"]:
                state["fired"] = True
                raise_in(ident, ctypes.py_object(OverBudget))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
        timer.cancel()
        timer.join()  # no thread left behind: a build forks workers only when it runs alone
        if state["fired"]:
            # Raised already, or about to be: never later, in other work.
            raise_in(ident, ctypes.py_object())
