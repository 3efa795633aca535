"""A built site served as GitHub project pages serve it: under a sub-path, with 404.html for what is missing."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path


class _Handler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def log_message(self, *args) -> None:  # quiet: tests and benchmarks print their own lines
        pass

    def send_head(self):
        if not self.path.startswith(self.prefix):
            return self._missing()
        self.path = "/" + self.path[len(self.prefix):]
        target = Path(self.translate_path(self.path))
        if not (target.is_file() or (target.is_dir() and (target / "index.html").is_file())):
            return self._missing()
        return super().send_head()

    def _missing(self):
        page = Path(self.directory) / "404.html"
        body = page.read_bytes() if page.is_file() else b"not found"
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


class StaticSite:
    """`with StaticSite(site_dir, "/repo/") as url:` serves the folder at http://127.0.0.1:PORT/repo/ on a thread."""

    def __init__(self, folder: Path, prefix: str = "/"):
        handler = type("Handler", (_Handler,), {"prefix": prefix})
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}{prefix}"

    def __enter__(self) -> str:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self.url

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
