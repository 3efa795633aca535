"""`check` follows every internal link and #anchor in the built pages; dead ones fail it."""

from __future__ import annotations

import re

from pathlib import Path

from generator.build import render
from generator.cli import main
from generator.linkcheck import check_links

# Markdown an editor might write in a summary: some links good, some dead.
LINKS = {
    "content/events/founding.yaml": """
        id: command-founded
        title: The Assistance Command is founded
        date: 2024-07
        summary: |
          See [the alliance's facts](../../entities/alliance/#facts), [the timeline](../../timeline/#y2024-07),
          [the home page](../../), [this page's top](#main) and [the command](../../entities/command).
          Dead: [a page](../nowhere/), [an anchor](#no-such-section),
          [an anchor elsewhere](../../entities/alliance/#founders) and [outside the site](/elsewhere/).
        entities:
          - id: command
            role: founded
    """,
}
PAGE = "site/events/command-founded/index.html"


def _check(root, capsys, *extra):
    code = main(["check", "--root", str(root), *extra])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_lists_every_dead_link_and_anchor_with_its_place_and_exits_1(briefing, capsys):
    root = briefing(LINKS)
    code, out, err = _check(root, capsys)
    assert code == 1
    lines = [line.replace(str(root) + "/", "") for line in err.splitlines()]
    broken = [re.sub(r":\d+:\d+:", ":L:C:", line) for line in lines if "broken link" in line]
    assert broken == [
        f"{PAGE}:L:C: broken link to ../nowhere/ (nothing at events/nowhere/)",
        f"{PAGE}:L:C: broken link to #no-such-section (no element with id 'no-such-section' in events/command-founded/index.html)",
        f"{PAGE}:L:C: broken link to ../../entities/alliance/#founders (no element with id 'founders' in entities/alliance/index.html)",
        f"{PAGE}:L:C: broken link to /elsewhere/ (it leaves the site, which is served under /briefing/)",
    ]
    assert lines[-1] == "check failed: 4 error(s)"
    assert out == ""


def test_check_points_at_the_line_and_column_of_the_dead_link(briefing, capsys):
    root = briefing(LINKS)
    _, _, err = _check(root, capsys)
    first = next(line for line in err.splitlines() if "../nowhere/" in line)
    line, col = map(int, re.search(r"index\.html:(\d+):(\d+):", first).groups())
    assert not (root / "site").exists()  # check writes nothing
    files, _ = render(root)
    html_line = files["events/command-founded/index.html"].decode("utf-8").splitlines()[line - 1]
    assert html_line[col - 1:].startswith('<a href="../nowhere/"')


def test_build_warns_about_dead_links_but_still_writes_the_site(briefing, build_site):
    code, out, stdout, err = build_site(briefing(LINKS))
    assert code == 0
    assert (out / "events/command-founded/index.html").exists()
    assert err.count("warning: broken link to") == 4
    assert "4 warnings" in stdout


def test_check_passes_a_briefing_whose_links_all_resolve(briefing, capsys):
    code, out, err = _check(briefing(), capsys)
    assert (code, err) == (0, "")
    assert out.startswith("checked ")


def test_check_passes_the_shipped_briefing_under_its_sub_path(shipped, capsys):
    code, _, err = _check(shipped, capsys, "--base-url", "https://someone.github.io/briefing/")
    assert (code, err) == (0, "")


def test_check_refuses_a_relative_link_in_the_404_page(briefing, capsys):
    # The 404 page is served at whatever address was missing, so only root-based links work from it.
    override = {"templates/404.html": """
        {% extends "base.html" %}
        {% block main %}<h1>Lost</h1><p><a href="timeline/">The timeline</a> · <a href="{{ url('') }}">Home</a></p>{% endblock %}
    """}
    code, _, err = _check(briefing(override), capsys)
    assert code == 1
    broken = [line for line in err.splitlines() if "broken link" in line]
    assert len(broken) == 1
    assert "site/404.html:" in broken[0]
    assert "broken link to timeline/ (the 404 page is served at any depth, so its links must start at the site root)" in broken[0]


def test_check_treats_absolute_links_to_the_site_itself_as_internal(briefing, capsys):
    override = {"templates/base.html": """
        <!doctype html><html lang="en"><head><title>t</title>
        <link rel="canonical" href="https://example.org/briefing/{{ route }}missing/"></head>
        <body><main id="main">{% block main %}{% endblock %}</main></body></html>
    """}
    code, _, err = _check(briefing(override), capsys)
    assert code == 1
    assert "broken link to https://example.org/briefing/missing/ (nothing at missing/)" in err


def test_links_in_feeds_sitemap_and_robots_are_checked_too():
    base = "https://example.org/briefing/"
    files = {
        "index.html": b'<html><body><a href="feed.xml">feed</a></body></html>',
        "feed.xml": (
            b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
            b'<link rel="self" href="https://example.org/briefing/feed.xml"/>\n'
            b'<entry><link rel="alternate" href="https://example.org/briefing/events/gone/"/></entry>\n</feed>\n'
        ),
        "sitemap.xml": (
            b'<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            b'<url><loc>https://example.org/briefing/</loc></url>\n'
            b'<url><loc>https://example.org/briefing/timeline/</loc></url>\n</urlset>\n'
        ),
        "robots.txt": b"User-agent: *\nSitemap: https://example.org/briefing/site-map.xml\n",
    }
    problems = [d.shown() for d in check_links(files, "/briefing/", base, Path("site"))]
    assert problems == [
        "site/feed.xml:4:8: broken link to https://example.org/briefing/events/gone/ (nothing at events/gone/)",
        "site/robots.txt:2:1: broken link to https://example.org/briefing/site-map.xml (nothing at site-map.xml)",
        "site/sitemap.xml:4:6: broken link to https://example.org/briefing/timeline/ (nothing at timeline/)",
    ]


# The link check reads pages with regular expressions (html.parser's tag grammar),
# not a parser: these pages hold the markup where that could go wrong.
def _home(main_block: str) -> dict[str, str]:
    return {"templates/home.html": '{% extends "base.html" %}{% block main %}' + main_block + "{% endblock %}"}


def _broken(root, capsys) -> list[tuple[str, str, str]]:
    """(file, the rendered text from the reported line and column on, message) for each dead link `check` finds."""
    code, _, err = _check(root, capsys)
    files, _ = render(root)
    found = []
    for line in err.splitlines():
        match = re.match(r"(.+?):(\d+):(\d+): (broken link to .*)", line.replace(str(root / "site") + "/", ""))
        if match:
            path, row, col, message = match.groups()
            text = files[path].decode("utf-8").splitlines()[int(row) - 1][int(col) - 1:]
            found.append((path, text, message))
    assert code == (1 if found else 0)
    return found


def test_check_reads_a_greater_than_sign_inside_a_quoted_attribute_as_part_of_the_value(briefing, capsys):
    root = briefing(_home("""
        <p><a title="before > after" href="no-such-page/">dead</a>
        <a title='1 > 0' href="timeline/">alive</a>
        <span data-note="<a href='fake/'>">not a link</span></p>
    """))
    assert _broken(root, capsys) == [
        ("index.html", '<a title="before > after" href="no-such-page/">dead</a>',
         "broken link to no-such-page/ (nothing at no-such-page/)"),
    ]


def test_check_skips_links_in_comments_scripts_and_styles_but_not_after_them(briefing, capsys):
    root = briefing(_home("""
        <!-- <a href="commented-out/">old</a> -->
        <script>document.write('<a href="scripted/">x</a>');</script>
        <style>a[href="styled/"] { color: red }</style>
        <SCRIPT type="text/plain"><a href="uppercase-script/"></a></Script >
        <p>Après le script · <a href="after-the-script/">dead</a></p>
    """))
    assert _broken(root, capsys) == [
        ("index.html", '<a href="after-the-script/">dead</a></p>',
         "broken link to after-the-script/ (nothing at after-the-script/)"),
    ]


def test_check_reports_a_dead_link_each_place_a_user_template_repeats_it(briefing, capsys):
    root = briefing(_home("""
        <p><a href="gone/">first</a> <a href="timeline/">alive</a>
        <a href="gone/">second</a> <a href="#main">top</a></p>
        <p><a href="gone/">third</a> <a href="timeline/#no-such-year">year</a></p>
    """))
    assert _broken(root, capsys) == [
        ("index.html", '<a href="gone/">first</a> <a href="timeline/">alive</a>', "broken link to gone/ (nothing at gone/)"),
        ("index.html", '<a href="gone/">second</a> <a href="#main">top</a></p>', "broken link to gone/ (nothing at gone/)"),
        ("index.html", '<a href="gone/">third</a> <a href="timeline/#no-such-year">year</a></p>', "broken link to gone/ (nothing at gone/)"),
        ("index.html", '<a href="timeline/#no-such-year">year</a></p>',
         "broken link to timeline/#no-such-year (no element with id 'no-such-year' in timeline/index.html)"),
    ]


def test_check_reads_single_quoted_unquoted_and_uppercase_attributes(briefing, capsys):
    root = briefing(_home("""
        <p><a href='single-quoted/'>one</a>
        <a href=unquoted/>two</a> <A CLASS="x" HREF="UPPER/">three</A>
        <a
           href="on-its-own-line/">four</a>
        <a href="timeline/?a=1&amp;b=2#nowhere">five</a></p>
    """))
    assert _broken(root, capsys) == [
        ("index.html", "<a href='single-quoted/'>one</a>", "broken link to single-quoted/ (nothing at single-quoted/)"),
        ("index.html", "<a href=unquoted/>two</a> <A CLASS=\"x\" HREF=\"UPPER/\">three</A>",
         "broken link to unquoted/ (nothing at unquoted/)"),
        ("index.html", '<A CLASS="x" HREF="UPPER/">three</A>', "broken link to UPPER/ (nothing at UPPER/)"),
        ("index.html", "<a", "broken link to on-its-own-line/ (nothing at on-its-own-line/)"),
        ("index.html", '<a href="timeline/?a=1&amp;b=2#nowhere">five</a></p>',
         "broken link to timeline/?a=1&b=2#nowhere (no element with id 'nowhere' in timeline/index.html)"),
    ]


def test_check_finds_anchors_on_custom_elements_and_named_anchors(briefing, capsys):
    root = briefing(_home("""
        <briefing-note id="custom-note">A custom element</briefing-note><a name="old-style"></a>
        <p><a href="#custom-note">note</a> <a href="#old-style">old</a> <a href="#CUSTOM-NOTE">case matters</a></p>
    """))
    assert _broken(root, capsys) == [
        ("index.html", '<a href="#CUSTOM-NOTE">case matters</a></p>',
         "broken link to #CUSTOM-NOTE (no element with id 'CUSTOM-NOTE' in index.html)"),
    ]


def test_one_relative_link_in_every_page_is_resolved_from_each_page_s_own_folder(briefing, capsys):
    # The same "../timeline/" leads somewhere else at each depth; answers are shared, but never across depths.
    override = {"templates/base.html": """
        <!doctype html><html lang="en"><head><title>t</title></head>
        <body><main id="main">{% block main %}{% endblock %}<a href="../timeline/">up</a></main></body></html>
    """}
    found = {(path, message) for path, _, message in _broken(briefing(override), capsys)}
    assert found == {
        ("404.html", "broken link to ../timeline/ (the 404 page is served at any depth, so its links must start at the site root)"),
        ("index.html", "broken link to ../timeline/ (it leaves the site, which is served under /briefing/)"),
        ("entities/alliance/index.html", "broken link to ../timeline/ (nothing at entities/timeline/)"),
        ("entities/command/index.html", "broken link to ../timeline/ (nothing at entities/timeline/)"),
        ("events/command-founded/index.html", "broken link to ../timeline/ (nothing at events/timeline/)"),
        ("events/2026-05-29-posting/index.html", "broken link to ../timeline/ (nothing at events/timeline/)"),
    }


# `build --strict`: one pass that builds and refuses what check refuses (the Pages workflow's build step).

def _lines(err: str, root: Path, site: str = "site") -> list[str]:
    return [re.sub(r":\d+:\d+:", ":L:C:", line.replace(str(root) + "/", "").replace(f"{site}/", "site/"))
            for line in err.splitlines() if "broken link" in line]


def test_strict_build_refuses_what_check_refuses_and_leaves_the_site_as_it_was(briefing, build_site, capsys):
    root = briefing()
    assert build_site(root)[0] == 0
    before = {p: p.read_bytes() for p in sorted((root / "site").rglob("*")) if p.is_file()}
    root = briefing(LINKS)  # the same briefing, now with dead links in a summary
    _, _, check_err = _check(root, capsys)

    code, out, stdout, err = build_site(root, "--strict")

    assert code == 1 and stdout == ""
    assert _lines(err, root) == _lines(check_err, root) and len(_lines(err, root)) == 4
    assert "warning" not in err
    assert err.splitlines()[-1] == f"build failed: 0 pages written, 4 error(s); {out} left as it was"
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == before


def test_strict_build_of_a_sound_briefing_writes_what_a_plain_build_writes(shipped, build_site, tmp_path):
    code, out, stdout, err = build_site(shipped, "--strict", "--base-url", "https://someone.github.io/briefing/")
    assert (code, err) == (0, "")
    plain = build_site(shipped, "--no-cache", "--base-url", "https://someone.github.io/briefing/", out=tmp_path / "plain")[1]
    files = lambda folder: {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}  # noqa: E731
    assert files(out) == files(plain)


THREE_EVENTS = {
    "content/entities/city.yaml": """
        id: harbour-city
        name: Harbour City
        kind: city
    """,
    "content/events/founding.yaml": """
        id: command-founded
        title: The Assistance Command is founded
        date: 2024-07
        summary: It follows [the talks of January 2020](../../timeline/#y2020-01).
        entities: [command]
    """,
    "content/events/talks.yaml": """
        id: first-talks
        title: First talks on an assistance command
        date: 2020-01-15
        entities: [harbour-city]
    """,
    "content/events/review.yaml": """
        id: review
        title: A review of the city's port
        date: 2021-03
    """,
    "content/events/audit.yaml": """
        id: audit
        title: An audit of the city's port
        date: 2022-05
    """,
}


def test_strict_rebuild_refuses_a_kept_page_whose_link_target_is_gone(briefing, build_site, capsys):
    # Without the talks, the timeline has no January 2020. The founding page
    # does not change (its summary only names the address, and neither its
    # neighbours nor their neighbours change, and no page it shows is related
    # to the talks), so the rebuild keeps it from the last build: strict checks the
    # links of kept pages too, as check does.
    root = briefing(THREE_EVENTS)
    assert build_site(root, "--strict")[0] == 0
    page = root / PAGE
    stamp = page.stat().st_mtime_ns
    (root / "content/events/talks.yaml").unlink()
    _, _, check_err = _check(root, capsys)
    assert _lines(check_err, root) == [
        f"{PAGE}:L:C: broken link to ../../timeline/#y2020-01 (no element with id 'y2020-01' in timeline/index.html)"
    ]

    code, out, _, err = build_site(root, "--strict")

    assert code == 1
    assert _lines(err, root) == _lines(check_err, root)
    assert (out / "events/first-talks/index.html").exists(), "the last good site stays"
    assert build_site(root)[0] == 0 and page.stat().st_mtime_ns == stamp, "the page was kept, not rendered again"


def test_strict_build_with_nothing_changed_still_refuses_links_a_plain_build_let_through(briefing, build_site):
    root = briefing(LINKS)
    code, _, _, err = build_site(root)
    assert code == 0 and err.count("warning: broken link to") == 4

    code, _, _, err = build_site(root, "--strict")

    assert code == 1 and len(_lines(err, root)) == 4
    # After a strict build that passed, a strict build with nothing to do does nothing.
    root = briefing()
    assert build_site(root, "--strict")[0] == 0
    code, _, stdout, _ = build_site(root, "--strict")
    assert code == 0 and re.search(r"\(0 written, \d+ unchanged, 0 removed\)", stdout)
