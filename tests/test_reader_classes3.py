"""Issue 13, third round: the reader by method, on shapes holdout2 showed it had not generalised to.

Every article is written for its test (a fictional bridge inspection and its
coverage); none comes from the corpora. Each test builds a briefing with the
article as its seed and reads the page a user gets.
"""

from tests.conftest import soup


def _page(briefing, build_site, name, text):
    root = briefing({f"seeds/{name}": text})
    code, out, _, err = build_site(root)
    assert code == 0, err
    stem = name.rsplit(".", 1)[0]
    page = soup(out / f"events/{stem}/index.html")
    return page, page.select_one(".source .body"), err


# Class 1: a Markdown seed exported by another tool carries keys of its own.
EXPORTED = """---
title: "Inspectors close the old river bridge for a week"
published: 2026-04-02
section: Local
publsher: River Gazette
---

Engineers from the NAA shut the old river bridge on Thursday to check its cables.
"""


def test_an_unknown_front_matter_key_is_a_warning_and_a_near_miss_names_the_key_meant(briefing, build_site):
    page, body, err = _page(briefing, build_site, "2026-04-02-bridge.md", EXPORTED)
    assert page.find("h1").get_text(strip=True) == "Inspectors close the old river bridge for a week"
    assert "shut the old river bridge" in body.get_text(" ")
    assert "warning: unknown field 'section' in front matter: ignored" in err
    assert "warning: unknown field 'publsher' in front matter (did you mean 'publisher'?): ignored" in err
