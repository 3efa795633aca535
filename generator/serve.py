"""The preview server: build into a preview folder, serve it, and reload the browser after every change.

`serve` only calls `build`; it never writes `site/`, and the reload script lives
in responses, never in a file.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import signal
import socket
import webbrowser
from pathlib import Path

from livereload.handlers import LiveReloadHandler
from tornado import httpserver, netutil

from generator.session import Session
from generator.diagnostics import BuildFailed
from generator.preview import PreviewState, preview_app
from generator.render import BaseURL, theme_dirs
from generator.watch import SourceWatcher

PREVIEW_FOLDER = ".preview"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}

log = logging.getLogger(__name__)


class ServeError(Exception):
    """The server could not start: the port is taken or the address is not this machine's."""


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host.lower() in LOOPBACK_NAMES


def _names(host: str) -> frozenset[str]:
    """Host names the preview answers to: localhost, the --host given, and this machine's names on a wildcard bind."""
    names = {"localhost"}
    bare = host.strip("[]").lower()
    if bare in ("", "0.0.0.0", "::"):
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    else:
        names.add(bare)
    return frozenset(names)


def _bind(host: str, port: int) -> list[socket.socket]:
    if not 0 <= port <= 65535:
        raise ServeError(f"--port {port} is not a port: choose one from 1 to 65535, or 0 for any free one")
    try:
        return netutil.bind_sockets(port, address=host)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} is already in use on {host}: stop the other server or choose another port with --port") from None
        if exc.errno == errno.EACCES:
            raise ServeError(f"not allowed to listen on port {port}: choose a port above 1023 with --port") from None
        raise ServeError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None


class _Builder:
    """Runs `build` into the preview folder and remembers what went wrong, for the error panel."""

    def __init__(self, root: Path, state: PreviewState, base_url: str):
        self.root = root
        self.state = state
        self.base_url = base_url
        self.session = Session(root, state.folder, base_url)
        self.warned: tuple = ()

    def run(self, changed: list[str] | None = None, quiet_if_unchanged: bool = False) -> bool:
        """Build; with `quiet_if_unchanged`, say nothing when the outcome is the last one again."""
        shown_from = Path.cwd()
        try:
            result = self.session.build(changed)
        except BuildFailed as exc:
            errors = tuple(d.shown(self.root) for d in exc.diagnostics)
            if quiet_if_unchanged and errors == self.state.errors:
                return False
            self.state.errors = errors
            for diagnostic in exc.diagnostics:
                log.error("%s", diagnostic.shown(shown_from))
            log.error("build failed: %d error(s); the preview keeps the last good build", len(exc.diagnostics))
            return False
        except Exception as exc:  # noqa: BLE001 - no content may stop the server; the traceback goes to the terminal
            log.exception("build crashed")
            self.state.errors = (f"the build crashed: {type(exc).__name__}: {exc} (details in the terminal)",)
            return False
        self.state.errors = ()
        if quiet_if_unchanged and result.built is None:
            return True
        if result.warnings != self.warned:
            for warning in result.warnings:
                log.warning("%s", warning.shown(shown_from))
            self.warned = result.warnings
        elif result.warnings:
            # Hundreds of lines again after every save would bury what changed.
            log.info("%d warnings, the same as after the last build", len(result.warnings))
        log.info("built %d pages in %.2f s", result.pages, result.seconds)
        return True


async def _rebuild_on_change(watcher: SourceWatcher, builder: _Builder) -> None:
    loop = asyncio.get_running_loop()
    async for changed in watcher.bursts():
        shown = ", ".join(_shown(p, builder.root) for p in changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
        log.info("changed: %s", shown or "a file was removed")
        # In a thread, so the last good build stays served while this one runs.
        await loop.run_in_executor(None, builder.run, changed)
        # A failed build reloads too: the page then shows the error panel.
        LiveReloadHandler.reload_waiters("*")


def _report_watch_end(task: asyncio.Task) -> None:
    # Content cannot end the watch (builds catch everything); a bug can, and
    # a preview that silently stops reloading would be worse than saying so.
    if not task.cancelled() and task.exception() is not None:
        log.error("watching for changes stopped", exc_info=task.exception())
        log.error("the preview no longer rebuilds: restart serve")


def _shown(path: str, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return path


async def _serve(root: Path, sockets: list[socket.socket], state: PreviewState, builder: _Builder, open_browser: bool) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)

    # Watch before the first build, so a save during it is not missed. The
    # preview folder (and site/) lie outside every watched folder.
    folders = [root / "seeds", root / "content", root / "templates", *theme_dirs(root)]
    watcher = SourceWatcher(folders)
    LiveReloadHandler.watcher = _NoPolling()
    LiveReloadHandler.live_css = False
    # The first build ran before any thread started (see `serve`); this one
    # catches what was saved during it, and is quick when nothing was.
    await loop.run_in_executor(None, builder.run, None, True)

    server = httpserver.HTTPServer(preview_app(state))
    server.add_sockets(sockets)
    address, port = sockets[0].getsockname()[:2]
    if ipaddress.ip_address(address).is_unspecified:
        address = "127.0.0.1"  # listening everywhere, here included; a wildcard address is no URL
    url = f"http://{f'[{address}]' if ':' in address else address}:{port}{state.base_path}"
    log.info("serving the briefing in %s at %s (preview folder %s; Ctrl-C to stop)", root, url, state.folder)
    if open_browser:
        loop.run_in_executor(None, webbrowser.open, url)

    rebuilding = asyncio.create_task(_rebuild_on_change(watcher, builder))
    rebuilding.add_done_callback(_report_watch_end)
    try:
        await stop.wait()
    finally:
        rebuilding.cancel()
        watcher.stop()
        server.stop()
        for waiter in list(LiveReloadHandler.waiters):
            waiter.close()
        await server.close_all_connections()
        log.info("stopped")


class _NoPolling:
    """What livereload's socket handler takes for its watcher: reloads come from our builds, never from its own polling."""

    _tasks = True
    filepath = None

    def start(self, callback) -> bool:
        return True  # "already watching": livereload then starts no polling timer of its own

    def examine(self):
        return None, None


def _preview_url(host: str, port: int, path: str) -> str:
    if not host or host in ("0.0.0.0", "::"):
        host = "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}{path}"


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000, base_url: str | None = None, open_browser: bool = False) -> None:
    """Build the briefing into ROOT/.preview, serve it at host:port under the base URL's path, and reload on every change."""
    root = Path(root).resolve()
    if not root.is_dir():
        raise ServeError(f"no briefing folder at {root}: give the folder holding seeds/ and content/ with --root")
    base = BaseURL.parse(base_url)
    sockets = _bind(host, port)
    if not _is_loopback(host):
        log.warning(
            "warning: listening on %s: anyone who can reach this machine on port %d can read the preview, drafts included",
            host or "every address", sockets[0].getsockname()[1],
        )
    state = PreviewState(folder=(root / PREVIEW_FOLDER).resolve(), base_path=base.path, names=_names(host))
    # The preview builds for its own address, as `hugo server` does: the 404
    # page, canonical links and feeds then all work where the preview is read.
    builder = _Builder(root, state, _preview_url(host, sockets[0].getsockname()[1], base.path))
    try:
        # The first build runs here, while this process has no other thread, so
        # that it may fork workers over every core (see generator/parallel.py):
        # at 10,000 articles, 28 s against 49 s in one process.
        builder.run()
        asyncio.run(_serve(root, sockets, state, builder, open_browser))
    finally:
        for sock in sockets:
            sock.close()
