import pytest

from conftest import soup
from generator.cli import main


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("build", "check"):
        assert command in out


def test_build_help_explains_every_option(capsys):
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    out = capsys.readouterr().out
    for option in ("--root", "--out", "--base-url"):
        assert option in out


def test_check_writes_nothing_and_reports_pages(briefing, capsys):
    root = briefing()
    assert main(["check", "--root", str(root)]) == 0
    assert "checked" in capsys.readouterr().out
    assert not (root / "site").exists()


def test_raw_seed_with_bom_and_crlf_builds_like_plain_utf8(briefing, build_site):
    text = "Officers Posted to the Command.\n\nAccording to Test Wire: On June 1, 2026, ASCOM took four officers.\n"
    # Two briefings: in one, the second would be a near-copy of the first.
    pages = []
    for name, data in (("plain", text.encode("utf-8")), ("windows", ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8"))):
        code, out, _, _ = build_site(briefing({f"seeds/{name}.txt": data}, name=name))
        assert code == 0
        pages.append(soup(out / f"events/{name}/index.html"))
    plain, windows = pages
    assert windows.h1.get_text() == plain.h1.get_text() == "Officers Posted to the Command"
    assert str(windows.select_one(".source .body")) == str(plain.select_one(".source .body"))
    assert windows.select_one(".attribution").get_text() == "according to Test Wire"
    assert windows.select_one(".kicker time")["datetime"] == "2026-06-01"


def test_out_folder_that_would_hold_the_sources_is_refused(briefing, capsys):
    root = briefing()
    assert main(["build", "--root", str(root), "--out", str(root)]) == 2
    assert "would hold" in capsys.readouterr().err
