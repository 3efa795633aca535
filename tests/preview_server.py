"""A real `python -m generator serve` in a subprocess, and plain HTTP and websocket clients to talk to it."""

from __future__ import annotations

import asyncio
import http.client
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect

REPO = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 30


def eventually(check, timeout: float = 10.0, interval: float = 0.05):
    """Call check() until it returns something truthy; fail with its last value after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {timeout} s: {value!r}")
        time.sleep(interval)


class Preview:
    """`serve --port 0` on a briefing; `url` is the site's address, base path included."""

    def __init__(self, root: Path, *args: str, env: dict | None = None):
        self.root = root
        self.lines: list[str] = []
        self._lines: queue.Queue[str | None] = queue.Queue()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", "0", *args],
            cwd=root,
            env={**(os.environ if env is None else env), "PYTHONPATH": str(REPO)},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()
        try:
            line = self.wait_for_line(r"serving .* at http://", STARTUP_SECONDS)
        except BaseException:
            self.stop()
            raise
        self.url = re.search(r"(http://\S+)", line).group(1)
        self.port = int(re.search(r":(\d+)/", self.url).group(1))
        self.origin = f"http://127.0.0.1:{self.port}"
        self.base_path = self.url[len(self.origin):]

    def _read(self) -> None:
        for line in self.proc.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def wait_for_line(self, pattern: str, timeout: float = 10.0) -> str:
        """The next line of the server's output matching pattern (lines before it are kept in `lines`)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no line matching {pattern!r} in {timeout} s; output so far: {self.lines}") from None
            if line is None:
                raise AssertionError(f"server ended (code {self.proc.wait()}) before {pattern!r}; output: {self.lines}")
            self.lines.append(line)
            if re.search(pattern, line):
                return line

    def output(self) -> list[str]:
        """Every line the server has written so far."""
        while True:
            try:
                line = self._lines.get_nowait()
            except queue.Empty:
                return list(self.lines)
            if line is None:
                return list(self.lines)
            self.lines.append(line)

    def request(self, path: str, headers: dict | None = None, method: str = "GET") -> tuple[int, dict, bytes]:
        """Send path exactly as given (no normalising of `..` or `%2e`); return status, headers, body."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for name, value in {"Host": f"127.0.0.1:{self.port}", **(headers or {})}.items():
                conn.putheader(name, value)
            conn.endheaders()
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    def page(self, route: str = "") -> str:
        """The body of a page of the site (route relative to the base path), asserting it is found."""
        status, _, body = self.request(self.base_path + route)
        assert status == 200, (route, status)
        return body.decode("utf-8")

    def stop(self, signum: int = signal.SIGINT, timeout: float = 10.0) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signum)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.output()
        return self.proc.returncode

    def __enter__(self) -> "Preview":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


class ReloadSocket:
    """A livereload client that has said hello, so the server counts it as an open page."""

    def __init__(self, preview: Preview, origin: str | None = None, host: str | None = None):
        self.loop = asyncio.new_event_loop()
        headers = {}
        if origin is not None:
            headers["Origin"] = origin
        if host is not None:
            headers["Host"] = host
        request = HTTPRequest(f"ws://127.0.0.1:{preview.port}/livereload", headers=headers)
        self.conn = self._run(lambda: websocket_connect(request))
        hello = {"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}
        self.hello = self._exchange(hello)
        info = json.dumps({"command": "info", "url": preview.url, "plugins": {}})
        self._run(lambda: self.conn.write_message(info))
        # The server answers messages in order: once this second hello is
        # answered, the info above has registered this socket as an open page.
        self._exchange(hello)

    def _run(self, make, timeout: float | None = None):
        # Tornado ties futures to the loop running when they are made: make them inside ours.
        async def run():
            return await asyncio.wait_for(make(), timeout)

        return self.loop.run_until_complete(run())

    def _exchange(self, message: dict) -> dict:
        self._run(lambda: self.conn.write_message(json.dumps(message)))
        return json.loads(self._run(self.conn.read_message, 5))

    def messages(self, seconds: float) -> list[dict]:
        """Every message the server sends in the next `seconds` seconds."""
        found = []
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self._run(self.conn.read_message, left)
            except asyncio.TimeoutError:
                break
            if message is None:
                break
            found.append(json.loads(message))
        return found

    def next_message(self, timeout: float = 10.0) -> dict:
        message = self._run(self.conn.read_message, timeout)
        assert message is not None, "the server closed the reload socket"
        return json.loads(message)

    def close(self) -> None:
        self.conn.close()
        self._run(lambda: asyncio.sleep(0))
        self.loop.close()

    def __enter__(self) -> "ReloadSocket":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_socket_status(preview: Preview, origin: str | None = None, host: str | None = None) -> int:
    """101 when the reload socket accepts a connection with these headers, else the HTTP status it answers."""
    from tornado.httpclient import HTTPClientError

    try:
        ReloadSocket(preview, origin=origin, host=host).close()
        return 101
    except HTTPClientError as exc:
        return exc.code
