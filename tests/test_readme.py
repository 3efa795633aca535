"""The README holds to its word: its commands run as written, its links lead somewhere, its paths are where it says."""

from __future__ import annotations

import http.client
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import REPO
from generator.cli import main

README = REPO / "README.md"
CI_RUN = REPO / ".ci" / "run"
# The environment as the test run began, before conftest points XDG_CACHE_HOME at a
# folder of each test's own: pip keeps its download cache there.
STARTING_ENV = dict(os.environ)


def readme() -> str:
    return README.read_text("utf-8")


def section(title: str, text: str | None = None) -> str:
    """A `## title` section of the README, to the next `## ` heading."""
    text = readme() if text is None else text
    match = re.search(rf"(?m)^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.DOTALL)
    assert match, f"no section '## {title}' in the README"
    return match.group(1)


def blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"(?ms)^```{language}\n(.*?)^```", text)


def commands(block: str) -> list[str]:
    return [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def install_commands() -> tuple[str, str]:
    """The README's two set-up commands: build the shipped briefing, and run the tests."""
    first = blocks(section("Install"), "sh")[0]
    build, test = commands(first)
    return build, test


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


# -- what the README says ------------------------------------------------------


def test_the_two_install_commands_use_a_virtual_environment_and_no_sudo():
    build, test = install_commands()
    for command in (build, test):
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install -e ")
        assert "sudo" not in command and "--break-system-packages" not in command
    assert build.endswith(" && .venv/bin/briefing build")
    assert "'.[test]'" in test and test.endswith(" && .venv/bin/python -m pytest")


def test_ci_runs_the_readme_test_command_word_for_word():
    _, test = install_commands()
    lines = [line for line in CI_RUN.read_text("utf-8").splitlines() if not line.lstrip().startswith("#")]
    assert [line for line in lines if line == test or line.startswith(test + " ||")], f"{CI_RUN} does not run {test!r}"


def test_ci_run_says_what_it_needs_on_a_machine_without_apt_get(tmp_path):
    # A PATH with bash and coreutils but no chromium, npm or apt-get.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("bash", "dirname", "id", "env"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    (bin_dir / "python3").symlink_to(sys.executable)
    result = subprocess.run(
        ["bash", str(CI_RUN)], env={"PATH": str(bin_dir), "HOME": str(tmp_path)}, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert "the tests need chromium nodejs npm" in result.stderr
    assert "this machine has no apt-get" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_link_in_the_readme_and_docs_leads_somewhere():
    pages = [README, *sorted((REPO / "docs").glob("*.md"))]
    for page in pages:
        text = page.read_text("utf-8")
        anchors = {slug(h) for h in re.findall(r"(?m)^#+ (.+)$", re.sub(r"(?ms)^```.*?^```", "", text))}
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"https?:", target):
                continue
            path, _, anchor = target.partition("#")
            if path:
                linked = (page.parent / path).resolve()
                assert linked.exists(), f"{page.name}: link to {target}: no such file"
                if anchor and linked.suffix == ".md":
                    headings = re.findall(r"(?m)^#+ (.+)$", linked.read_text("utf-8"))
                    assert anchor in {slug(h) for h in headings}, f"{page.name}: link to {target}: no such heading"
            else:
                assert anchor in anchors, f"{page.name}: link to #{anchor}: no such heading"


def test_each_command_has_one_spelling_the_installed_one(capsys):
    scripts = yaml.safe_load(re.search(r"(?ms)^\[project.scripts\]\n(.*?)^\[", (REPO / "pyproject.toml").read_text("utf-8")).group(1).replace(" = ", ": "))
    assert scripts == {"briefing": "generator.cli:main"}
    for page in [README, *sorted((REPO / "docs").glob("*.md")), REPO / ".github" / "workflows" / "pages.yml"]:
        text = page.read_text("utf-8")
        assert not re.search(r"python3? -m generator", text), f"{page.name} spells a command `python -m generator`"
    with pytest.raises(SystemExit):
        main(["--help"])
    assert capsys.readouterr().out.startswith("usage: briefing ")
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    assert "ROOT/.briefing-cache" in capsys.readouterr().out


def test_the_cache_path_the_readme_gives_is_where_build_keeps_it(briefing, build_site):
    # "ROOT/.briefing-cache", in the README's table of paths and its section on the cache.
    table = paths_table()
    assert ".briefing-cache/" in table
    assert "`ROOT/.briefing-cache/`" in section("The build cache")
    root = briefing()
    assert build_site(root)[0] == 0
    assert (root / ".briefing-cache" / "state.pickle").is_file()


def paths_table() -> dict[str, str]:
    """The README's table of paths: path → the command that makes it."""
    rows = re.findall(r"(?m)^\| `([^`]+/)` \| (.*) \|$", section("Where things go"))
    assert rows
    made_by = {}
    for path, what in rows:
        command = re.search(r"`briefing (\w+)`", what)
        made_by[path] = command.group(1) if command else "install"
    return made_by


def test_every_path_in_the_table_is_ignored_by_git():
    ignored = (REPO / ".gitignore").read_text("utf-8").splitlines()
    for path in paths_table():
        assert f"/{path}" in ignored, path


# -- the README's commands, run as written -------------------------------------


def run(command: str, cwd: Path, env: dict, timeout: float = 900) -> subprocess.CompletedProcess:
    result = subprocess.run(["bash", "-e", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{command}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def fresh_clone(tmp_path: Path) -> Path:
    """A git clone of this repository, with the working tree's version of every tracked file."""
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(REPO), str(clone)], check=True, capture_output=True)
    return overlay(clone)


def overlay(clone: Path) -> Path:
    """The working tree's version of every tracked file, uncommitted edits included, in a clone."""
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in tracked)):
        source, target = REPO / name, clone / name
        if source.is_file():
            shutil.copy2(source, target)
        elif target.exists():
            target.unlink()  # deleted here, not yet committed
    return clone


def clean_env() -> dict[str, str]:
    """The user's environment: no virtual environment active, nothing of this test run's on the path."""
    env = {k: v for k, v in STARTING_ENV.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTEST_ADDOPTS", "BRIEFING_CACHE_KEY")}
    if "VIRTUAL_ENV" in STARTING_ENV:
        env["PATH"] = os.pathsep.join(p for p in env["PATH"].split(os.pathsep) if not p.startswith(STARTING_ENV["VIRTUAL_ENV"]))
    return env


def test_the_install_commands_work_as_written_in_a_fresh_clone(tmp_path):
    # pip fetches the packages as it would for a user (this machine reaches PyPI; its
    # download cache, in the user's cache folder, spares most of the downloads).
    clone = fresh_clone(tmp_path)
    assert not (clone / ".venv").exists() and not (clone / "site").exists()
    build, test = install_commands()
    env = clean_env()

    run(build, clone, env)

    assert (clone / ".venv" / "bin" / "briefing").is_file()
    assert (clone / "site" / "index.html").is_file()  # "build the shipped briefing into site/"
    assert (clone / ".briefing-cache").is_dir()
    # The test command, as written; the tests it runs are narrowed from outside, or it
    # would run this test again, and every other one, inside itself.
    result = run(test, clone, {**env, "PYTEST_ADDOPTS": "-q -p no:cacheprovider tests/test_dates.py"})
    assert re.search(r"\d+ passed", result.stdout), result.stdout[-2000:]
    assert (clone / ".venv" / "bin" / "pytest").is_file()


def walkthrough() -> list[tuple[str, str]]:
    """The walk-through's blocks in order: (language, text)."""
    text = section("Your first event, from article to published page")
    return re.findall(r"(?ms)^```(\w+)\n(.*?)^```", text)


def fake_venv(clone: Path, tmp_path: Path) -> None:
    """`.venv/bin/activate` that puts a `briefing` running this checkout's generator on PATH."""
    bin_dir = clone / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "briefing").write_text(
        f'#!/bin/sh\nPYTHONPATH={shlex.quote(str(REPO))} exec {shlex.quote(sys.executable)} -m generator "$@"\n', "utf-8"
    )
    (bin_dir / "briefing").chmod(0o755)
    (bin_dir / "activate").write_text(f'PATH="{bin_dir}:$PATH"; export PATH\n', "utf-8")


def test_the_walk_through_from_article_to_published_page_runs_as_written(tmp_path):
    steps = walkthrough()
    assert [language for language, _ in steps] == ["sh", "text", "yaml", "sh", "sh", "sh", "sh", "sh"]
    (_, ingest), (_, ingest_output), (_, draft_fields), (_, serve), (_, check), (_, build), (_, push), (_, publish) = steps
    activate = commands(blocks(section("Install"), "sh")[1])
    assert activate == [". .venv/bin/activate"]

    # A repository on GitHub: a bare remote to push to, and a clone of it to work in.
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(fresh_clone(tmp_path)), str(remote)], check=True)
    clone = tmp_path / "work"
    subprocess.run(["git", "clone", "-q", str(remote), str(clone)], check=True)
    overlay(clone)
    subprocess.run(["git", "commit", "-q", "-a", "--allow-empty", "-m", "What the checkout under test holds"], cwd=clone, check=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org",
                        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org"})
    fake_venv(clone, tmp_path)
    env = {**clean_env(), "GIT_AUTHOR_NAME": "Editor", "GIT_AUTHOR_EMAIL": "editor@example.org",
           "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org",
           "XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    table = paths_table()
    places = [p for p in table if p != ".venv/"]

    def step(block: str, timeout: float = 300) -> subprocess.CompletedProcess:
        (line,) = commands(block)
        before = {p for p in places if (clone / p).exists()}
        result = run(f"{activate[0]} && {line}", clone, env, timeout)
        command = re.match(r"briefing (\w+)", line)
        made = {p for p in places if (clone / p).exists()} - before
        # The README's table of paths: each is made by the command it names, and by no other.
        assert made == {p for p in places if command and table[p] == command.group(1) and p not in before}, (line, made)
        return result

    # 1. Ingest: the output the README shows, line for line.
    result = step(ingest)
    assert result.stdout.splitlines() == ingest_output.strip("\n").splitlines()

    # 2. Complete the draft: the fields the README shows, set in the file it names.
    draft = clone / re.search(r"(content/events/\S+\.yaml): draft event written", ingest_output).group(1)
    fields = yaml.safe_load(draft_fields)
    event = yaml.safe_load(draft.read_text("utf-8"))
    assert set(fields) <= set(event), "the README sets only fields the draft has"
    event.update(fields)
    draft.write_text(yaml.safe_dump(event, allow_unicode=True, sort_keys=False), "utf-8")

    # 3. Serve: `briefing serve` as written, on a free port (8000 may be taken on a
    # machine that runs tests side by side); the page the README gives is there.
    (line,) = commands(serve)
    assert line == "briefing serve"
    page = re.search(r"<http://127\.0\.0\.1:8000(/events/[^>]+)>", section("Your first event, from article to published page")).group(1)
    proc = subprocess.Popen(["bash", "-c", f"{activate[0]} && exec {line} --port 0"], cwd=clone, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        output = ""
        deadline = time.monotonic() + 120
        while "serving " not in output and time.monotonic() < deadline:
            output += proc.stdout.readline()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)/", output).group(1))
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        connection.request("GET", page)
        response = connection.getresponse()
        body = response.read().decode("utf-8")
        assert response.status == 200, (page, output)
        assert "their first planning round" in body and "held the planning round" in body
        assert (clone / ".preview" / page.strip("/") / "index.html").is_file()
        assert not (clone / "site").exists(), "serve never writes site/"
    finally:
        proc.terminate()
        proc.wait(timeout=30)

    # 4. Check, 5. build: site/ and the cache appear where the table says.
    assert "checked " in step(check).stdout
    assert "built " in step(build).stdout
    assert "their first planning round" in (clone / "site" / page.strip("/") / "index.html").read_text("utf-8")

    # Publish with the workflow: the push reaches the remote.
    step(push)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, capture_output=True, text=True, check=True).stdout
    branch = subprocess.run(["git", "branch", "--show-current"], cwd=clone, capture_output=True, text=True, check=True).stdout.strip()
    pushed = subprocess.run(["git", "rev-parse", branch], cwd=remote, capture_output=True, text=True, check=True).stdout
    assert pushed == head
    # Or to a gh-pages branch.
    assert "published " in step(publish).stdout
    served = subprocess.run(["git", "show", f"gh-pages:{page.strip('/')}/index.html"], cwd=remote, capture_output=True, text=True)
    assert served.returncode == 0 and "their first planning round" in served.stdout


def test_the_readme_picture_is_small_and_made_by_a_script():
    picture = REPO / "docs" / "screenshot.png"
    assert "](docs/screenshot.png)" in readme()
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and picture.stat().st_size < 150_000
    assert "screenshot.png" in (REPO / "docs" / "screenshot.py").read_text("utf-8")


def test_the_recipe_for_other_ci_systems_in_the_readme_and_publish_help_gives_the_cold_build_s_bytes(shipped, tmp_path, capsys):
    (line,) = [l.strip() for l in section("Publishing").splitlines() if l.strip().startswith("XDG_CACHE_HOME=")]
    with pytest.raises(SystemExit):
        main(["publish", "--help"])
    helped = re.sub(r"\s*\\\n\s*", " ", capsys.readouterr().out)
    assert line in helped, "publish --help gives the README's command"
    home = tmp_path / "home"  # $HOME on the CI machine: the folder it restores and saves
    bin_dir = tmp_path / "bin"
    fake_venv(tmp_path, tmp_path)
    env = {**clean_env(), "HOME": str(home), "PATH": f"{tmp_path / '.venv' / 'bin'}{os.pathsep}{clean_env()['PATH']}"}
    env.pop("XDG_CACHE_HOME", None)
    run(line, shipped, env)
    # The next run: the article changed, the folder restored as it was saved.
    saved = tmp_path / "saved"
    shutil.copytree(home / "ci-cache", saved)
    seed = shipped / "seeds" / "2026-05-30-japan-cap-no-combat-role.md"
    seed.write_text(seed.read_text("utf-8") + "\nA line added on Tuesday.\n", "utf-8")
    shutil.rmtree(home)
    shutil.copytree(saved, home / "ci-cache")
    result = run(line, shipped, env)
    assert "warning:" not in result.stderr and re.search(r"\([1-3] written", result.stdout), result.stdout + result.stderr
    cold = tmp_path / "cold"
    run(f"briefing build --no-cache --base-url https://user.github.io/briefing/ --out {cold}", shipped, env)
    tree = lambda folder: {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}  # noqa: E731
    assert tree(home / "ci-cache" / "site") == tree(cold)
