"""The preview's web side: the built site from its preview folder, the reload socket and the error panel.

Everything here answers only to this machine's own names (a foreign `Host` is a
DNS-rebinding attempt), reads only regular files inside the preview folder, and
adds the reload script and the error panel to the response, never to a file.
"""

from __future__ import annotations

import html
import ipaddress
import mimetypes
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
from tornado import web

# The page that stands in when the preview has no 404.html (nothing built yet).
_FALLBACK = b"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Preview</title></head><body><p>Nothing here yet.</p></body></html>\n"
_HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
_BODY_START = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_TEXT_TYPES = ("text/", "application/json", "application/javascript", "image/svg+xml")


@dataclass
class PreviewState:
    """What the web side needs to know; `errors` changes after every build, so this is not frozen."""

    folder: Path  # resolved: every file served must resolve to a path below it
    base_path: str  # "/" or "/sub/path/"
    names: frozenset[str]  # host names this preview answers to, besides IP addresses
    errors: tuple[str, ...] = field(default=())


def allowed_host(host: str, names: frozenset[str]) -> bool:
    """Whether a `Host` header (or an origin's host) names this machine rather than someone's domain."""
    try:
        hostname = urlsplit("//" + host).hostname
    except ValueError:
        return False
    if not hostname:
        return False
    # A DNS-rebinding page reaches us under its own domain name; an IP address
    # cannot be rebound, so whoever uses one is talking to this machine on purpose.
    try:
        ipaddress.ip_address(hostname)
        return True
    except ValueError:
        return hostname in names


def _refuse_foreign_host(handler: web.RequestHandler) -> None:
    state: PreviewState = handler.settings["preview"]
    if not allowed_host(handler.request.host, state.names):
        handler.set_status(403)
        handler.set_header("Content-Type", "text/plain; charset=utf-8")
        handler.finish(
            f"403 Forbidden: this preview does not answer to the host {handler.request.host!r}.\n"
            "Open it as http://127.0.0.1:PORT/ or http://localhost:PORT/ (or the address given with --host).\n"
        )


def _script(handler: web.RequestHandler) -> bytes:
    # livereload.js finds the socket's port in its own URL; the port is the one
    # the browser used, so a tunnelled or forwarded preview still connects.
    port = urlsplit("//" + handler.request.host).port or (443 if handler.request.protocol == "https" else 80)
    return f'<script src="/livereload.js?port={port}&amp;mindelay=250&amp;maxdelay=2000"></script>'.encode()


def _panel(errors: tuple[str, ...]) -> bytes:
    count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
    items = "".join(f'<li style="margin:.2em 0">{html.escape(e)}</li>' for e in errors)
    return (
        '<div id="preview-build-errors" role="alert" style="position:fixed;top:0;left:0;right:0;'
        "z-index:2147483647;max-height:70vh;overflow:auto;box-sizing:border-box;margin:0;"
        "padding:1em 1.5em;background:#b00020;color:#fff;font:15px/1.45 ui-monospace,Menlo,Consolas,monospace;"
        'text-align:left;white-space:pre-wrap;box-shadow:0 0 0 100vmax rgba(0,0,0,.45)">'
        f'<p style="margin:0 0 .5em;font-weight:bold">Build failed: {count}. Below is the last good build; '
        "save a fix and this page reloads by itself.</p>"
        f'<ul style="margin:0;padding-left:1.2em">{items}</ul></div>'
    ).encode()


def inject(page: bytes, script: bytes, errors: tuple[str, ...] = ()) -> bytes:
    """A page with the reload script (and the error panel when the last build failed) added."""
    if errors:
        opening = _BODY_START.search(page)
        at = opening.end() if opening else len(page)
        page = page[:at] + _panel(errors) + page[at:]
    # Anywhere in the page, not just its first bytes; a page without a head
    # gets the script at its end, where browsers still run it.
    closing = _HEAD_END.search(page)
    at = closing.start() if closing else len(page)
    return page[:at] + script + page[at:]


class _PageHandler(web.RequestHandler):
    """The preview folder under the base path: files, folders' index.html, else 404.html; no listings."""

    def prepare(self) -> None:
        _refuse_foreign_host(self)

    def set_default_headers(self) -> None:
        # Every response is fresh: a reload must show the new build, not a cached page.
        self.set_header("Cache-Control", "no-store")
        self.set_header("X-Content-Type-Options", "nosniff")

    def compute_etag(self) -> None:
        # Nothing is cached (no-store), and a HEAD response has no body to hash.
        return None

    def head(self, _path: str) -> None:
        self._respond(body=False)

    def get(self, _path: str) -> None:
        self._respond(body=True)

    def _respond(self, body: bool) -> None:
        state: PreviewState = self.settings["preview"]
        raw = self.request.path
        base = state.base_path
        if base != "/" and raw in ("/", base.rstrip("/")):
            self.redirect(base)
            return
        if not raw.startswith(base):
            self._not_found(state, body)
            return
        found = self._lookup(state.folder, unquote(raw[len(base):]))
        if found == "add-slash":
            self.redirect(raw + "/", permanent=False)
            return
        if found is None:
            self._not_found(state, body)
            return
        try:
            data = found.read_bytes()
        except OSError:  # replaced or removed by a build since the lookup
            self._not_found(state, body)
            return
        self._send(found.name, data, body)

    @staticmethod
    def _lookup(folder: Path, rel: str) -> Path | str | None:
        parts = rel.split("/")
        # No parent steps, no dot files (the build's manifest), no Windows separators.
        if any(p.startswith(".") or "\\" in p or "\0" in p for p in parts):
            return None
        target = folder.joinpath(*[p for p in parts if p])
        try:
            if target.is_dir():
                if rel and not rel.endswith("/"):
                    return "add-slash"
                target = target / "index.html"
            # Any symbolic link on the way could lead out of the folder: a file is
            # served only if its real path is exactly the path asked for.
            if os.path.realpath(target) != str(target) or not target.is_file():
                return None
        except OSError:  # a name too long for the file system, or the like: no such page
            return None
        return target

    def _not_found(self, state: PreviewState, body: bool) -> None:
        self.set_status(404)
        page = state.folder / "404.html"
        try:
            data = page.read_bytes() if not page.is_symlink() else _FALLBACK
        except OSError:
            data = _FALLBACK
        self._send("404.html", data, body)

    def _send(self, name: str, data: bytes, body: bool) -> None:
        state: PreviewState = self.settings["preview"]
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if kind == "text/html":
            data = inject(data, _script(self), state.errors)
        if kind.startswith(_TEXT_TYPES):
            kind += "; charset=utf-8"
        self.set_header("Content-Type", kind)
        self.set_header("Content-Length", str(len(data)))
        if body:
            self.write(data)
        self.finish()


class _ReloadSocket(LiveReloadHandler):
    """livereload's socket, for pages of this preview only."""

    def prepare(self) -> None:
        _refuse_foreign_host(self)

    def check_origin(self, origin: str) -> bool:
        # livereload accepts every origin; a page elsewhere must not open this
        # socket. The Host was checked in prepare, so matching it is matching us.
        return urlsplit(origin).netloc.lower() == self.request.host.lower()


class _ReloadScript(LiveReloadJSHandler):
    def prepare(self) -> None:
        _refuse_foreign_host(self)

    def set_default_headers(self) -> None:
        self.set_header("X-Content-Type-Options", "nosniff")


def preview_app(state: PreviewState) -> web.Application:
    """The tornado application: livereload's socket and script at the host root, the site under its base path."""
    # No livereload /forcereload: anyone able to send a GET could reload every
    # open preview. Reloads come only from a finished build.
    return web.Application(
        [
            (r"/livereload", _ReloadSocket),
            (r"/livereload\.js", _ReloadScript),
            (r"/(.*)", _PageHandler),
        ],
        preview=state,
        log_function=lambda handler: None,
        websocket_ping_interval=20,
    )
