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


def _byline(page):
    return page.select_one(".source .byline").get_text(" ", strip=True)


def _dates(page, where):
    return [t["datetime"] for t in page.select(f"{where} time")]


# Class 2: stamps framed by a label or a place, and dates in Spanish ("30 de mayo de 2026", "el viernes").
SPANISH = """El Diario del Puente
Portada | Local | Opinión

Los inspectores cierran el viejo puente del río

Por Marta Gil Ortega
Sevilla, 30 de mayo de 2026 - 08:12 CEST
Última actualización: 31/05/2026 - 11:40

Los ingenieros de la NAA cerraron el viernes el viejo puente del río para revisar sus cables, según el ayuntamiento de la ciudad.

La revisión durará una semana y el tráfico se desviará por el puente nuevo, dijo un portavoz.
"""


def test_a_stamp_under_a_label_or_after_a_place_is_read_and_spanish_dates_too(briefing, build_site):
    page, body, _ = _page(briefing, build_site, "2026-05-30-puente.txt", SPANISH)
    assert page.find("h1").get_text(strip=True) == "Los inspectores cierran el viejo puente del río"
    byline = _byline(page)
    assert "Marta Gil Ortega" in byline and "filed in Sevilla" in byline
    assert _dates(page, ".source .byline") == ["2026-05-30", "2026-05-31"]  # published, then updated
    assert _dates(page, ".kicker") == ["2026-05-29"]  # "el viernes": the Friday before the article
    text = body.get_text(" ")
    assert "actualización" not in text and "Por Marta" not in text and "08:12" not in text


# Class 3: a block of "Label: value" fields beside the date line; numbered section headings.
BRIEFING = """City Roads Office
Home > Press > Briefings

Briefing by the Roads Office spokesperson (excerpt)

Date: Tuesday, April 7, 2026, 10:00-10:20
Place: Briefing room, City Hall, Riverside

1. Announcements
The spokesperson said on Monday that the NAA engineers had finished the first half of the cable survey.

2. Questions and Answers
Q: When will the old bridge open again? A: We expect to reopen it to cars at the end of next week, once the last cables are checked.
"""


def test_a_field_beside_the_date_is_neither_headline_nor_heading_and_numbered_headings_lose_their_number(briefing, build_site):
    page, body, _ = _page(briefing, build_site, "2026-04-07-roads.txt", BRIEFING)
    assert page.find("h1").get_text(strip=True) == "Briefing by the Roads Office spokesperson (excerpt)"
    assert [h.get_text(strip=True) for h in body.select("h2, h3, h4")] == ["Announcements", "Questions and Answers"]
    assert "Briefing room, City Hall" in body.get_text(" ")  # the field stays as text of the transcript


# Class 4: a counter label before the headline and an update stamp after it.
LABELLED_TITLES = {
    "2026-04-08-episode.txt": """Bridge Talk — a weekly podcast about how cities mend things
Episodes | About

Episode 52: Why the old river bridge needed new cables
April 8, 2026 · 41 min

This week we ask an engineer from the NAA survey team why a bridge built a century ago still carries buses and what the cables tell them.
""",
    "2026-04-09-wire.txt": """Old river bridge to reopen to buses next month (Updated at 0915 GMT)

By Pia Lund

RIVERSIDE, April 9, 2026 (City Wire) - The old river bridge will reopen to buses in May after the NAA engineers finished replacing its worn cables, the city said.
""",
}


def test_a_counter_label_and_an_update_stamp_are_cut_from_the_headline(briefing, build_site):
    root = briefing({f"seeds/{name}": text for name, text in LABELLED_TITLES.items()})
    code, out, _, err = build_site(root)
    assert code == 0, err
    episode = soup(out / "events/2026-04-08-episode/index.html")
    assert episode.find("h1").get_text(strip=True) == "Why the old river bridge needed new cables"
    assert "Bridge Talk" in _byline(episode)  # the masthead, its tagline cut, names the publisher
    wire = soup(out / "events/2026-04-09-wire/index.html")
    assert wire.find("h1").get_text(strip=True) == "Old river bridge to reopen to buses next month"
    assert "0915" not in wire.get_text(" ")


# Class 5: a report turned from PDF: a table of contents with dot leaders, running footers with page numbers.
REPORT = """SURVEY NOTE No. 7 | April 2026

Cables and Caution: The Old River Bridge Survey

Institute for Urban Structures

Contents
Findings ..................................... 1
Next steps ................................... 2

Findings

On 6 April 2026 the engineers of the NAA found that four of the bridge's sixteen cables had lost more than a tenth of their strength since the last survey.

Cables and Caution | Institute for Urban Structures Page 1 of 2

Next steps

The city should replace the four cables before the autumn storms and survey the other twelve again within two years.

Cables and Caution | Institute for Urban Structures Page 2 of 2
"""


def test_a_table_of_contents_and_running_footers_are_furniture_and_the_footer_names_the_institute(briefing, build_site):
    page, body, _ = _page(briefing, build_site, "2026-04-10-note.txt", REPORT)
    assert page.find("h1").get_text(strip=True) == "Cables and Caution: The Old River Bridge Survey"
    assert [h.get_text(strip=True) for h in body.select("h2, h3, h4")] == ["Findings", "Next steps"]
    text = body.get_text(" ")
    for furniture in ("Contents", "....", "Page 1 of 2", "SURVEY NOTE", "Institute for Urban Structures"):
        assert furniture not in text, furniture
    assert "Institute for Urban Structures" in _byline(page)
    assert _dates(page, ".source .byline")[0] == "2026-04"  # the cover line dates the note to its month


# Class 6: a counter with a symbol above the story; readers' comments under a "Most read" list.
COMMENTS = """Riverside Evening Post

Bridge engineer's daughter: "She loves a good cable"

By Tom Reyes
Thursday, April 9, 2026 — 6:10 pm
💬 12 comments

The daughter of an engineer on the NAA bridge survey says her mother has spent the whole spring talking about cables at dinner.

"She came home with photographs of rust and was delighted," she said, laughing at the kitchen table.

Most read
1. Market hall to stay open late on Fridays
2. New cycle lane opens on the east bank

Comments (12)
Riverfan: Well done to her!
Reply · Report
"""


def test_a_symbol_counter_and_readers_comments_after_a_most_read_list_stay_off_the_page(briefing, build_site):
    page, body, _ = _page(briefing, build_site, "2026-04-09-daughter.txt", COMMENTS)
    text = body.get_text(" ")
    assert "photographs of rust" in text
    for furniture in ("💬", "12 comments", "Market hall", "Well done to her", "Riverfan"):
        assert furniture not in text, furniture
    assert body.select("h2, h3, h4") == []


# Class 7: a list of time codes without bullet marks does not end the story; a month range is an interval.
SHOW_NOTES = """Bridge engineers plan a summer of cable work

By Pia Lund
April 11, 2026

The NAA engineers will replace the old river bridge's worn cables from June to August 2026, working at night so that buses can keep crossing by day.

00:00 Why the cables wore out
04:30 How a cable is swapped at night
12:10 What the buses will notice

The engineers said the last cable would be tightened before the first autumn storm, which is usually the worst of the year for the bridge.
"""


def test_an_unmarked_list_of_time_codes_keeps_the_story_after_it_and_a_month_range_is_an_interval(briefing, build_site):
    page, body, _ = _page(briefing, build_site, "2026-04-11-summer.txt", SHOW_NOTES)
    text = body.get_text(" ")
    assert "the last cable would be tightened" in text
    assert body.select("h2, h3, h4") == []  # a time code leads a chapter line, not a heading
    kicker = page.select_one(".kicker")
    assert [t["datetime"] for t in kicker.select("time")] in (["2026-06", "2026-08"], ["2026-06/2026-08"]), kicker


# Class 8: the page's last block of short lines and credits is its footer; a lead ending on "according to X".
FOOTER_BLOCK = """Cable crews start night shifts on the old river bridge

By Pia Lund
April 12, 2026

Night crews began replacing the first worn cable of the old river bridge on Sunday, according to a spokesperson for the NAA survey.

The work will go on five nights a week until the last of the four cables is in place, which the crews expect before the autumn storms.

Support the newsletter on Patreon. Archive open to members.
Theme music: "Steel Strings" by Quay Sounds (CC BY 4.0)
"""


def test_a_last_block_of_short_lines_and_credits_is_footer_and_a_trailing_according_to_credits_the_lead(briefing, build_site):
    page, body, _ = _page(briefing, build_site, "2026-04-12-nights.txt", FOOTER_BLOCK)
    text = body.get_text(" ")
    assert "before the autumn storms" in text
    for furniture in ("Patreon", "Archive open to members", "Steel Strings"):
        assert furniture not in text, furniture
    assert page.select_one(".source .attribution").get_text(" ", strip=True) == "according to a spokesperson for the NAA survey"


# Class 9: a Markdown article exported from a blog: author's note, pull quote, a rule over notes, links after.
EXPORTED_PAGE = """---
title: "Why the old river bridge deserves its new cables"
author: "Nora Valdés"
published: 2026-04-13
---

*Nora Valdés is a contributing columnist. She writes about cities and how they mend things.*

The NAA engineers who surveyed the old river bridge this spring found what many commuters had long suspected: a structure that still works, held up by cables that are tired.

> “A structure that still works, held up by cables that are tired”

Replacing four cables is cheap beside building a new crossing, and the city should say so plainly before the autumn budget debate begins.

Footnotes still count.[^1]

[^1]: The survey's own summary, published in April.

---

*The views expressed are the author's own.*

**More from Opinion**

- Why the market hall should open late
- The case for a second ferry

*Read more columns:* [Cycle lanes](/columns/cycles) · [Ferries](/columns/ferries)
"""


def test_an_exported_markdown_page_keeps_its_story_and_loses_its_notes_quotes_and_link_lists(briefing, build_site):
    page, body, _ = _page(briefing, build_site, "2026-04-13-column.md", EXPORTED_PAGE)
    text = body.get_text(" ")
    assert "held up by cables that are tired" in text and "autumn budget debate" in text
    assert text.count("held up by cables that are tired") == 1  # the pull quote is gone
    for furniture in ("contributing columnist", "views expressed", "More from Opinion", "second ferry", "Cycle lanes"):
        assert furniture not in text, furniture
    assert [li.get("id", "") for li in body.select("li")] == ["source-2026-04-13-column:fn:1"]  # only the footnote
    assert body.select("blockquote") == []
    assert "survey’s own summary" in text  # a footnote after the rule stays


# Class 10: background first ("built in 1926", "surveyed in March 2024"), the news further down.
EXPLAINER = """---
title: "Explainer: what the cable survey found"
published: 2026-04-14
---

The old river bridge opened in March 2024 after a two-year rebuild of its deck, and it has carried buses ever since.

## What was found?

The NAA engineers said on 10 April 2026 that four of the sixteen cables had lost strength and should be replaced.
"""


def test_a_background_date_years_before_the_article_yields_to_the_recent_news_it_reports(briefing, build_site):
    page, _, _ = _page(briefing, build_site, "2026-04-14-explainer.md", EXPLAINER)
    assert _dates(page, ".kicker") == ["2026-04-10"]


# Class 5b: a table of contents without dot leaders: the page's own headings, listed above the story.
CONTENTS_LIST = """Cables and caution on the old river bridge

By Pia Lund
April 10, 2026

In this article
Findings
Next steps

Findings

On 6 April 2026 the NAA engineers found that four of the bridge's sixteen cables had lost more than a tenth of their strength since the last survey.

Next steps

The city should replace the four cables before the autumn storms and survey the other twelve again within two years.
"""


def test_a_list_of_the_pages_own_headings_above_the_story_is_a_table_of_contents(briefing, build_site):
    page, body, _ = _page(briefing, build_site, "2026-04-10-contents.txt", CONTENTS_LIST)
    assert [h.get_text(strip=True) for h in body.select("h2, h3, h4")] == ["Findings", "Next steps"]
    assert "In this article" not in body.get_text(" ")


# Class 2b: a stamp with a word the stamp table lacks ("ore"), under a label the reader has not seen.
ITALIAN = """Il vecchio ponte sul fiume chiude per una settimana

di Marco Bassi
Roma, 30 maggio 2026
Ultimo aggiornamento: 31/05/2026 ore 10:15

Gli ingegneri della NAA hanno chiuso il vecchio ponte venerdì per controllare i cavi, secondo il comune della città.
"""


def test_a_labelled_stamp_with_an_unknown_short_word_is_still_a_stamp_never_the_headline(briefing, build_site):
    page, body, _ = _page(briefing, build_site, "2026-05-30-ponte.txt", ITALIAN)
    assert page.find("h1").get_text(strip=True) == "Il vecchio ponte sul fiume chiude per una settimana"
    assert _dates(page, ".source .byline") == ["2026-05-30", "2026-05-31"]
    assert "Marco Bassi" in _byline(page) and "filed in Roma" in _byline(page)
    assert "aggiornamento" not in body.get_text(" ")
