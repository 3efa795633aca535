"""Where an article contradicts a curated date, the curated date wins and both places are named."""

from conftest import soup

WIRE = """\
Officers join the aid command

29.05.2026 08:00

The NAA said on Thursday that four officers would join ASCOM.
"""


def test_curated_event_date_is_kept_and_the_contradicting_article_is_reported(briefing, build_site):
    root = briefing({
        "seeds/wire.txt": WIRE,
        "content/events/posting.yaml": "id: posting\ntitle: Officers join ASCOM\ndate: 2026-05-29\nseeds: [wire]\n",
    })
    code, out, _, err = build_site(root)
    assert code == 0
    assert (
        f"{root}/content/events/posting.yaml:3:7: warning: date 2026-05-29 differs from 2026-05-28 "
        "in seeds/wire.txt:5:17; the curated date is kept (correct whichever is wrong)"
    ) in err
    page = soup(out / "events/posting/index.html")
    assert page.select_one(".kicker time")["datetime"] == "2026-05-29"


def test_curated_publication_date_is_kept_when_the_article_stamp_differs(briefing, build_site):
    root = briefing({
        "seeds/wire.txt": WIRE,
        "content/events/posting.yaml": """
            id: posting
            title: Officers join ASCOM
            seeds:
              - id: wire
                published: 2026-05-30
        """,
    })
    code, out, _, err = build_site(root)
    assert code == 0
    assert (
        f"{root}/content/events/posting.yaml:4:9: warning: published 2026-05-30 differs from 2026-05-29 "
        "in seeds/wire.txt:3:1; the curated published is kept"
    ) in err
    page = soup(out / "events/posting/index.html")
    assert page.select_one(".source .byline time")["datetime"] == "2026-05-30"


def test_markdown_event_date_that_differs_is_reported_at_its_front_matter_line(briefing, build_site):
    root = briefing({
        "seeds/analysis.md": "---\ntitle: Why ASCOM matters\npublished: 2026-05-30\nevent_date: 2026-05-27\n---\nText.\n",
        "content/events/posting.yaml": "id: posting\ntitle: Officers join ASCOM\ndate: 2026-05-29\nseeds: [analysis]\n",
    })
    code, _, _, err = build_site(root)
    assert code == 0
    assert "posting.yaml:3:7: warning: date 2026-05-29 differs from 2026-05-27 in seeds/analysis.md:4:13" in err


def test_a_date_at_coarser_precision_agrees_with_the_days_inside_it(briefing, build_site):
    root = briefing({
        "seeds/wire.txt": WIRE,
        "content/events/posting.yaml": "id: posting\ntitle: Officers join ASCOM\ndate: 2026-05\nseeds: [wire]\n",
    })
    code, _, _, err = build_site(root)
    assert code == 0
    assert "differs" not in err


def test_an_article_without_dates_of_its_own_raises_no_conflict(briefing, build_site):
    root = briefing({
        "seeds/wire.txt": "Officers join the aid command\n\nThe NAA said four officers would join ASCOM.\n",
        "content/events/posting.yaml": "id: posting\ntitle: Officers join ASCOM\ndate: 2026-05-29\nseeds: [wire]\n",
    })
    code, _, _, err = build_site(root)
    assert code == 0
    assert "warning" not in err
