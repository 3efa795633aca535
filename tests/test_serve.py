"""`python -m generator serve`: a real server on a free port, asked with real HTTP requests and websockets."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import MINIMAL, write_files
from generator.cli import main
from preview_server import REPO, Preview, ReloadSocket, eventually, open_socket_status

EVENT = "events/2026-05-29-posting/"
SEED = "seeds/2026-05-29-posting.md"
BROKEN_TITLE = "title: [The Assistance Command is founded\n"


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One server for the tests that only read; the briefing also holds a secret beside its preview."""
    root = write_files(tmp_path_factory.mktemp("serve") / "briefing", MINIMAL)
    write_files(root, {
        "secret.txt": "not for the browser\n",
        "templates/static/plain.html": "<p>A page with no head at all.</p>\n",
        "templates/static/late-head.html": "<html><head><title>Late</title>\n<!--" + "x" * 100_000 + "-->\n</head><body><p>Late head.</p></body></html>\n",
        "templates/static/empty/.keep": "",
    })
    with Preview(root) as preview:
        yield preview


@pytest.fixture
def preview(briefing):
    """A server of its own, for a test that changes the briefing."""
    with Preview(briefing()) as preview:
        yield preview


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def _reader_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for panel in soup.select("#preview-build-errors"):
        panel.decompose()
    return soup.get_text(" ", strip=True)


def _panel(html: str) -> list[str]:
    """The errors listed in the build-error panel of a page; [] when there is none."""
    panel = BeautifulSoup(html, "html.parser").find(id="preview-build-errors")
    return [li.get_text() for li in panel.find_all("li")] if panel else []


# What it shows


def test_serve_shows_the_site_with_the_reload_script_in_responses_only(shared):
    page = shared.page(EVENT)
    assert "Four officers posted to the Assistance Command" in page
    soup = BeautifulSoup(page, "html.parser")
    script = soup.head.find("script", src=lambda s: s and s.startswith("/livereload.js"))
    assert script is not None and f"port={shared.port}" in script["src"]
    status, headers, body = shared.request(script["src"])
    assert status == 200 and b"LiveReload" in body and "javascript" in headers["content-type"]

    root = shared.root
    assert not (root / "site").exists(), "serve must not write the published output"
    built = [p for p in (root / ".preview").rglob("*") if p.is_file()]
    assert any(p.name == "index.html" for p in built)
    assert not [p for p in built if b"livereload" in p.read_bytes()], "the reload script leaked into a file"


def test_serve_sends_pages_fresh_and_other_files_untouched(shared):
    status, headers, body = shared.request("/static/style.css")
    assert status == 200 and headers["content-type"].startswith("text/css")
    assert body == (shared.root / ".preview/static/style.css").read_bytes()
    status, headers, body = shared.request("/data/events.json")
    assert status == 200 and body == (shared.root / ".preview/data/events.json").read_bytes()
    assert headers["cache-control"] == "no-store"


@pytest.mark.parametrize("route", ["static/plain.html", "static/late-head.html"])
def test_serve_adds_the_reload_script_to_pages_without_an_early_head(shared, route):
    page = shared.page(route)
    assert page.count("/livereload.js?port=") == 1
    if "late" in route:
        assert page.index("/livereload.js") < page.index("</head>")
    else:
        assert page.startswith("<p>A page with no head at all.</p>")


def test_serve_answers_a_missing_page_with_the_sites_404_page(shared):
    status, headers, body = shared.request("/no/such/page/")
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert "Page not found" in body.decode() and b"/livereload.js" in body


@pytest.mark.parametrize("path", [
    "/" + "a" * 300,
    "/" + "a" * 300 + "/",
    "/events/" + "%C3%A9" * 200,
    "/" + "/".join(["b" * 200] * 25),
], ids=["name", "folder", "encoded", "whole-path"])
def test_serve_answers_a_name_too_long_for_the_file_system_with_the_404_page(shared, path):
    status, headers, body = shared.request(path)
    assert status == 404 and headers["content-type"].startswith("text/html")
    assert "Page not found" in body.decode()
    assert not [line for line in shared.output() if "Traceback" in line or "ENAMETOOLONG" in line or "too long" in line]


# Rebuilds and reloads


def test_serve_rebuilds_and_reloads_the_page_after_a_seed_is_saved(preview):
    assert "would join" in preview.page(EVENT)
    with ReloadSocket(preview, origin=preview.origin) as socket_:
        _edit(preview.root / SEED, "would join", "will soon report to")
        message = socket_.next_message()
    assert message["command"] == "reload"
    page = preview.page(EVENT)
    assert "will soon report to" in _reader_text(page) and "would join" not in page


def test_serve_rebuilds_once_for_a_burst_of_changes(preview):
    with ReloadSocket(preview, origin=preview.origin) as socket_:
        builds = len([line for line in preview.output() if line.startswith("built ")])
        # A checkout: a dozen files land one after another over a quarter of a second.
        for n in range(12):
            write_files(preview.root, {f"content/events/extra-{n:02}.yaml": f"id: extra-{n:02}\ntitle: Extra event {n}\ndate: 2025-0{n % 9 + 1}\n"})
            time.sleep(0.02)
        _edit(preview.root / SEED, "would join", "joined")
        messages = socket_.messages(3.0)
    assert [m["command"] for m in messages] == ["reload"]
    assert len([line for line in preview.output() if line.startswith("built ")]) == builds + 1
    assert "Extra event 11" in preview.page("timeline/")


def test_serve_ignores_changes_to_its_own_output_and_to_site(preview):
    with ReloadSocket(preview, origin=preview.origin) as socket_:
        write_files(preview.root, {".preview/scratch.html": "<p>scratch</p>", "site/index.html": "<p>old</p>"})
        assert socket_.messages(1.5) == []
        # Still watching: a real change right after is seen.
        _edit(preview.root / SEED, "would join", "joined")
        assert socket_.next_message()["command"] == "reload"


def test_serve_shows_build_errors_over_the_last_good_page_until_fixed(preview):
    founding = preview.root / "content/events/founding.yaml"
    good = founding.read_text("utf-8")
    before = _reader_text(preview.page(EVENT))

    founding.write_text(good.replace("title: The Assistance Command is founded\n", BROKEN_TITLE), "utf-8")
    preview.wait_for_line(r"^build failed")
    page = preview.page(EVENT)
    # The panel lists exactly what `check` reports, as path:line:col: message.
    check = subprocess.run(
        [sys.executable, "-m", "generator", "check"], cwd=preview.root, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    expected = [line for line in check.stderr.splitlines() if not line.startswith("check failed")]
    assert check.returncode == 1 and expected
    assert _panel(page) == expected
    assert expected == ["content/events/founding.yaml:3:5: invalid YAML: expected ',' or ']', but got ':'"]
    assert _reader_text(page) == before, "the last good page must stay under the panel"
    # On every page, the 404 page included.
    assert _panel(preview.request("/no/such/page/")[2].decode()) == expected

    founding.write_text(good, "utf-8")
    eventually(lambda: not _panel(preview.page(EVENT)))
    assert _reader_text(preview.page(EVENT)) == before


def test_serve_survives_a_broken_template_and_a_briefing_that_fails_from_the_start(briefing):
    root = briefing({"templates/event.html": "{% extends 'base.html' %}{% block main %}{{ page.title }{% endblock %}\n"})
    with Preview(root) as preview:
        status, _, body = preview.request("/")
        assert status == 404  # nothing good built yet: the stand-in page carries the errors
        assert _panel(body.decode())[0].startswith("templates/event.html:1:")
        (root / "templates/event.html").unlink()
        # The pages are written before the build reports success, so wait for
        # both: the page is there and the error panel has gone.
        eventually(lambda: preview.request("/" + EVENT)[0] == 200 and not _panel(preview.page(EVENT)))
        assert preview.proc.poll() is None


# Base URL


def test_serve_with_base_url_serves_the_site_under_that_sub_path(briefing):
    with Preview(briefing(), "--base-url", "/briefing/") as preview:
        assert preview.url.endswith("/briefing/")
        status, headers, _ = preview.request("/")
        assert status in (301, 302) and urlsplit(headers["location"]).path == "/briefing/"
        assert preview.request("/events/command-founded/")[0] == 404

        # Every link on the home page and an event page resolves inside the sub-path.
        for route in ("", EVENT):
            page_url = preview.origin + "/briefing/" + route
            soup = BeautifulSoup(preview.page(route), "html.parser")
            targets = {urljoin(page_url, tag.get("href") or tag.get("src")) for tag in soup.select("a[href], link[href], script[src]")}
            local = sorted(t for t in targets if t.startswith(preview.origin))
            assert len(local) > 5
            for target in local:
                path = urlsplit(target).path
                assert path.startswith("/briefing/") or path == "/livereload.js", target
                assert preview.request(path)[0] == 200, target

        # The 404 page is served at any depth and links from the sub-path.
        status, _, body = preview.request("/briefing/no/such/deep/page/")
        assert status == 404
        links = [a["href"] for a in BeautifulSoup(body, "html.parser").select("main a[href]")]
        assert links and all(href.startswith("/briefing/") for href in links)
        assert all(preview.request(href)[0] == 200 for href in links)


# Safety


def _listening_addresses(port: int) -> set[str]:
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            local, state = row.split()[1], row.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads the listening sockets from Linux's /proc")
def test_serve_listens_on_loopback_only_by_default(shared):
    assert _listening_addresses(shared.port) == {"0100007F"}  # 127.0.0.1
    assert not [line for line in shared.output() if "warning" in line]


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads the listening sockets from Linux's /proc")
def test_serve_listens_beyond_loopback_only_when_told_and_warns(briefing):
    with Preview(briefing(), "--host", "0.0.0.0") as preview:
        assert _listening_addresses(preview.port) == {"00000000"}
        assert any(line.startswith("warning: listening on 0.0.0.0") for line in preview.lines)
        # Still no foreign names.
        assert preview.request("/", {"Host": f"attacker.example:{preview.port}"})[0] == 403


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:{port}", "localhost.attacker.example:{port}", "127.0.0.1.nip.io:{port}"])
def test_serve_refuses_foreign_host_header(shared, host):
    host = host.format(port=shared.port)
    for path in ("/", "/" + EVENT, "/static/style.css", "/livereload.js", "/no/such/page/"):
        status, _, body = shared.request(path, {"Host": host})
        assert status == 403, path
        assert b"Four officers" not in body and b"LiveReload" not in body
    assert open_socket_status(shared, host=host, origin=f"http://{host}") == 403


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
def test_serve_answers_to_this_machines_own_names(shared, host):
    host = host.format(port=shared.port)
    assert shared.request("/" + EVENT, {"Host": host})[0] == 200
    assert open_socket_status(shared, host=host, origin=f"http://{host}") == 101


@pytest.mark.parametrize("origin", ["http://attacker.example", "http://127.0.0.1:1", "http://localhost", "null"])
def test_reload_socket_refuses_other_origins(shared, origin):
    assert open_socket_status(shared, origin=origin) == 403


def test_reload_socket_accepts_the_previews_own_origin(shared):
    with ReloadSocket(shared, origin=shared.origin) as socket_:
        assert socket_.hello["command"] == "hello"


@pytest.mark.parametrize("path", [
    "/../secret.txt",
    "/../../../../../../etc/passwd",
    "/%2e%2e/secret.txt",
    "/%2E%2E/secret.txt",
    "/static/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e%2fsecret.txt",
    "/%252e%252e/secret.txt",
    "/..\\secret.txt",
    "/..%5csecret.txt",
    "/%2fetc%2fpasswd",
    "//etc/passwd",
    "/static/..;/..;/secret.txt",
    "/.briefing-manifest.json",
    "/%00/secret.txt",
])
def test_serve_reads_nothing_outside_the_preview_folder(shared, path):
    status, _, body = shared.request(path)
    assert status in (400, 404), (path, status)
    assert b"not for the browser" not in body and b"root:" not in body and b"briefing-manifest" not in body


def test_serve_follows_no_symlink_out_of_the_preview_folder(shared):
    folder = shared.root / ".preview"
    links = {"leak.txt": shared.root / "secret.txt", "leakdir": shared.root, "static/inside.css": folder / "static/style.css"}
    for name, target in links.items():
        (folder / name).symlink_to(target)
    try:
        for path in ("/leak.txt", "/leakdir/secret.txt", "/leakdir/content/site.yaml", "/static/inside.css"):
            status, _, body = shared.request(path)
            assert status == 404, path
            assert b"not for the browser" not in body and b"language: en" not in body
    finally:
        for name in links:
            (folder / name).unlink()


@pytest.mark.parametrize("path", ["/static/", "/static/empty/", "/data/", "/events/", "/entities/../static/"])
def test_serve_lists_no_folder(shared, path):
    status, _, body = shared.request(path)
    assert status == 404, path
    assert body == shared.request("/surely/missing/")[2], "a folder gets the 404 page, not a listing"


def test_serve_has_no_unauthenticated_force_reload(shared):
    with ReloadSocket(shared, origin=shared.origin) as socket_:
        for path in ("/forcereload", "/forcereload?path=*", "/livereload/forcereload"):
            assert shared.request(path)[0] == 404
        assert shared.request("/livereload", method="POST")[0] in (400, 403, 404, 405)
        assert socket_.messages(1.0) == []


# Starting and stopping


def test_serve_reports_a_port_in_use_clearly(briefing):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "generator", "serve", "--root", str(briefing()), "--port", str(port)],
            capture_output=True, text=True, timeout=30, env={**os.environ, "PYTHONPATH": str(REPO)},
        )
    assert result.returncode == 1
    assert f"error: port {port} is already in use" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args, message", [
    (["--root", "{tmp}/no-such-briefing"], "error: no briefing folder at {tmp}/no-such-briefing"),
    (["--port", "70000"], "error: --port 70000 is not a port"),
])
def test_serve_explains_what_it_cannot_start_with(briefing, tmp_path, capsys, args, message):
    args = [a.format(tmp=tmp_path) for a in args]
    assert main(["serve", "--root", str(briefing()), *args]) == 1
    assert capsys.readouterr().err.startswith(message.format(tmp=tmp_path))


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_serve_stops_cleanly_on_ctrl_c(briefing, signum):
    with Preview(briefing()) as preview, ReloadSocket(preview, origin=preview.origin):
        assert preview.stop(signum) == 0
    assert preview.lines[-1] == "stopped"
    assert not [line for line in preview.lines if "Traceback" in line or "Error" in line]
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", preview.port), timeout=2).close()


def test_serve_open_shows_the_preview_in_the_web_browser(briefing, tmp_path):
    # webbrowser runs $BROWSER with the URL: a stand-in browser that notes what it was asked to open.
    opened = tmp_path / "opened.txt"
    browser = tmp_path / "browser"
    browser.write_text(f'#!/bin/sh\nprintf %s "$1" > "{opened}"\n')
    browser.chmod(0o755)
    env = {**os.environ, "BROWSER": str(browser)}
    with Preview(briefing(), "--open", "--base-url", "/briefing/", env=env) as preview:
        eventually(opened.exists)
        eventually(lambda: opened.read_text() == preview.url)


def test_serve_prints_warnings_once_and_then_only_when_they_change(briefing):
    # An article without a date is a warning in every build.
    root = briefing({"seeds/undated-note.md": "---\ntitle: Talks with no date yet\n---\nThe NAA met.\n"})
    with Preview(root) as preview, ReloadSocket(preview, origin=preview.origin) as socket_:
        _edit(preview.root / SEED, "would join", "will join")
        socket_.next_message()
        deadline = time.monotonic() + 10
        while len([line for line in preview.output() if line.startswith("built ")]) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        lines = preview.output()
        assert len([line for line in lines if "has no date" in line]) == 1, lines
        assert any(line == "1 warnings, the same as after the last build" for line in lines)
