"""Issue 13, seventh round: page shapes holdout6 showed the reader missed, in general form.

Every article is written for its test (a fictional mountain railway, the
Kestrel Valley line, and its reopening); none comes from any corpus.
"""

import pytest

from generator.articles import parse_text_article
from generator.dates import PartialDate
from tests.conftest import soup
from tests.conftest import story_headings as _headings, story_text as _text


def _page(briefing, build_site, name, text):
    root = briefing({f"seeds/{name}": text})
    code, out, _, err = build_site(root)
    assert code == 0, err
    page = soup(out / f"events/{name.rsplit('.', 1)[0]}/index.html")
    return page, page.select_one(".source .body")


STORY = ("The Kestrel Valley railway carried its first passengers in three years on Saturday, after engineers "
         "finished rebuilding the viaduct that a landslide had cut in the spring of 2023.")
MORE = ("The operator said trains would run every two hours until the end of the season, and that the timetable "
        "for the winter would be published next month after talks with the regional council.")


# Class 1: stamps in the languages the month table now holds, abbreviated ones too.
@pytest.mark.parametrize("stamp, published, updated", [
    ("za 3 okt 2026, 09:10 · Gewijzigd: za 3 okt 2026, 14:45", PartialDate(2026, 10, 3), PartialDate(2026, 10, 3)),
    ("Publicerad 3 oktober 2026 kl. 09.10", PartialDate(2026, 10, 3), None),
    ("Julkaistu 3. lokakuuta 2026 klo 9.10 | Päivitetty 4. lokakuuta 2026", PartialDate(2026, 10, 3), PartialDate(2026, 10, 4)),
    ("3. října 2026 v 9:10", PartialDate(2026, 10, 3), None),
    ("Yayınlanma: 3 Ekim 2026 09:10 | Güncelleme: 4 Ekim 2026", PartialDate(2026, 10, 3), PartialDate(2026, 10, 4)),
    ("2026 m. spalio 3 d. 09:10", PartialDate(2026, 10, 3), None),
    ("3 жовтня 2026, 09:10", PartialDate(2026, 10, 3), None),
], ids=["dutch", "swedish", "finnish", "czech", "turkish", "lithuanian", "ukrainian"])
def test_a_stamp_in_another_language_gives_the_dates_and_is_never_the_headline(stamp, published, updated):
    article = parse_text_article(f"Kestrel Valley line reopens over its rebuilt viaduct\n{stamp}\n\n{STORY}\n\n{MORE}\n")
    assert article.title == "Kestrel Valley line reopens over its rebuilt viaduct"
    assert (article.published, article.updated) == (published, updated)
    assert stamp not in _text(article)


def test_august_in_lower_case_is_no_month_in_english():
    article = parse_text_article(f"Viaduct engineers honoured\nBy Mara Lind\n3 October 2026\n\n{STORY} "
                                 "They were received in august company by the regional council.\n")
    assert article.event_date == PartialDate(2026, 10, 3)


# Class 2: "Place:" opening the first paragraph is a dateline; a label of that shape is not.
def test_a_place_and_a_colon_opening_the_story_is_its_dateline_but_a_label_is_not():
    article = parse_text_article(f"Kestrel Valley line reopens\n3 October 2026\n\nInnsvik: {STORY}\n\n{MORE}\n")
    assert article.dateline == "Innsvik"
    assert _text(article).startswith("The Kestrel Valley railway")
    labelled = parse_text_article(f"Kestrel Valley line reopens\n3 October 2026\n\nUpdate: {STORY}\n\n{MORE}\n")
    assert labelled.dateline is None
    assert _text(labelled).startswith("Update: The Kestrel")


# Class 3: notes and buttons in brackets or braces, from the system the story was written in.
CMS = f"""[Edit]  [Preview]  [Send to desk]
Kestrel Valley line reopens over its rebuilt viaduct
By Mara Lind
3 October 2026

{STORY}

[EDITOR'S NOTE: check the landslide year with the operator]

{{SOUNDBITE: ENGINEER_0310.wav}}

{MORE}

[TK: council reaction]
"""


def test_bracketed_notes_and_braced_cues_are_neither_story_nor_headings():
    article = parse_text_article(CMS)
    assert article.title == "Kestrel Valley line reopens over its rebuilt viaduct"
    text = _text(article)
    assert "EDITOR'S NOTE" not in text and "SOUNDBITE" not in text and "TK:" not in text and "[Edit]" not in text
    assert _headings(article) == []
    assert "timetable for the winter" in text


# Class 4: the readers' comments under the story.
COMMENTS = f"""Kestrel Valley line reopens over its rebuilt viaduct
By Mara Lind
3 October 2026 · 💬 2 comments

{STORY}

{MORE}

2 thoughts on "Kestrel Valley line reopens over its rebuilt viaduct"

Pia Holm says:
Wonderful news, we took the first train up and the views from the new viaduct are better than ever before.

Ola Berg says:
Two hours between trains is far too long for anyone who needs the line to get to work in the valley.

Leave a Reply
Your email address will not be published. Required fields are marked *
Post Comment
"""


def test_the_readers_comments_under_the_story_are_not_story_and_a_count_by_the_byline_cuts_nothing():
    article = parse_text_article(COMMENTS)
    text = _text(article)
    assert STORY in text and MORE in text
    assert "Wonderful news" not in text and "far too long" not in text and "Leave a Reply" not in text
    assert article.author == "Mara Lind"


# Class 5: credits on lines of their own labels, and a name after a post's reading time.
def test_a_line_of_labelled_credits_gives_the_byline():
    article = parse_text_article(f"Kestrel Valley line reopens\nWritten By: Mara Lind | Edited By: Jon Aas\n"
                                 f"Last Updated: Oct 3, 2026, 14:05 CET\n\n{STORY}\n\n{MORE}\n")
    assert article.author == "Mara Lind"
    assert "Jon Aas" not in _text(article)
    upper = parse_text_article(f"Kestrel Valley line reopens\nWRITER: MARA LIND   DESK: REGIONAL\n3 October 2026\n\n{STORY}\n")
    assert upper.author == "Mara Lind"


def test_a_name_beside_a_posts_date_and_reading_time_is_its_author():
    article = parse_text_article(f"Riding the rebuilt viaduct\nOctober 4, 2026 · 4 min read · Mara Lind\n\n{STORY}\n\n{MORE}\n")
    assert article.author == "Mara Lind"
    assert article.published == PartialDate(2026, 10, 4)


# Class 6: a player's and a gallery's controls, a row of previous and next links.
def test_player_and_gallery_controls_and_a_previous_next_row_are_never_headline_or_story():
    article = parse_text_article(f"""🔊 Listen to this article  03:40
Kestrel Valley line reopens over its rebuilt viaduct
3 October 2026

{STORY}

📷 Gallery (6)  ◀ 1/6 ▶

{MORE}

← Older: The landslide, a year on    Newer: Winter timetable talks →
""")
    assert article.title == "Kestrel Valley line reopens over its rebuilt viaduct"
    assert _headings(article) == []
    text = _text(article)
    assert "Listen" not in text and "Gallery" not in text and "Older" not in text and MORE in text


# Class 7: a social post embedded in the page.
def test_an_embedded_post_is_not_story():
    article = parse_text_article(f"""Kestrel Valley line reopens over its rebuilt viaduct
3 October 2026

{STORY}

    Kestrel Railway @KestrelRail · Oct 3, 2026
    First train over the new #viaduct this morning! Thank you to every engineer on #KestrelValley.
    ♥ 812   ↻ 95

{MORE}
""")
    text = _text(article)
    assert "First train over" not in text and "@KestrelRail" not in text
    assert STORY in text and MORE in text


# Class 8: a list of other stories under a label of its own words, and a credit for agency input.
def test_a_trending_list_and_an_agency_input_credit_end_the_story():
    article = parse_text_article(f"""Kestrel Valley line reopens over its rebuilt viaduct
3 October 2026

{STORY}

{MORE}

(With inputs from agencies)

Trending Stories
Harbour fire: ferry services cancelled for a second day
Ski lifts to open early after heavy snow in the north
""")
    text = _text(article)
    assert "inputs from agencies" not in text and "Harbour fire" not in text and "Ski lifts" not in text
    assert _headings(article) == []


# Class 9: a field that says it holds the headline.
def test_a_headline_field_gives_the_title_without_its_label():
    article = parse_text_article(f"""SLUG: KESTREL REOPENING
WEB HEADLINE: Kestrel Valley line reopens over its rebuilt viaduct
Filed 3 October 2026

{STORY}

{MORE}
""")
    assert article.title == "Kestrel Valley line reopens over its rebuilt viaduct"


# Class 10: a letterhead in capitals names the publisher as a name is written.
def test_a_letterhead_in_capitals_gives_the_publisher_as_written_in_text_keeping_acronyms():
    article = parse_text_article(f"""KESTREL VALLEY RAILWAY OF NORTHERN NOREL
Press office
Stationsvej 4, 8800 Innsvik

Kestrel Valley line reopens over its rebuilt viaduct
Issued: 3 October 2026

{STORY}

{MORE}
""")
    assert article.publisher == "Kestrel Valley Railway of Northern Norel"
    agency = parse_text_article(f"NRK NEWS DESK\nWeather service\nInnsvik office\n\nKestrel line reopens over the viaduct\n3 October 2026\n\n{STORY}\n")
    assert agency.publisher == "NRK News Desk"


# Class 11: a text browser's dump: link numbers in the text, a list of addresses at the end.
LYNX = f"""   [1]Skip to content
   [2]Valley Courier

Kestrel Valley line reopens over its rebuilt viaduct

   By [3]Mara Lind | 3 October 2026

   {STORY} The [4]operator said the [5]viaduct was tested for six weeks.

   {MORE}

References

   1. https://valleycourier.example/2026/10/03/kestrel#main
   2. https://valleycourier.example/
   3. https://valleycourier.example/author/mara-lind/
   4. https://valleycourier.example/tag/kestrel-railway/
   5. https://valleycourier.example/tag/viaduct/
"""


def test_a_text_browser_dump_loses_its_link_numbers_and_its_list_of_addresses():
    article = parse_text_article(LYNX)
    text = _text(article)
    assert "The operator said the viaduct was tested" in text
    assert "[4]" not in text and "https://" not in text and "References" not in text
    assert _headings(article) == []
    assert article.title == "Kestrel Valley line reopens over its rebuilt viaduct"


# Class 12: an Emacs Org-mode note.
ORG = f"""#+TITLE: Notes on the Kestrel Valley reopening
#+AUTHOR: Mara Lind
#+DATE: <2026-10-04 Sun>
#+OPTIONS: toc:nil

:PROPERTIES:
:ID: 2b1f
:END:

* What happened
{STORY}

* What comes next :timetable:
- a winter timetable;
- a new ticket machine at Innsvik.

#+BEGIN_QUOTE
"We rebuilt it to last a century," said the chief engineer.
#+END_QUOTE

** TODO ask the council about the winter timetable
* Links :noexport:
- [[https://example.org/kestrel][Operator's page]]
"""


def test_an_org_mode_note_is_read_by_its_settings_headings_and_items(briefing, build_site):
    article = parse_text_article(ORG)
    assert article.title == "Notes on the Kestrel Valley reopening"
    assert article.author == "Mara Lind"
    assert article.published == PartialDate(2026, 10, 4)
    assert _headings(article) == ["What happened", "What comes next"]
    assert [b.items for b in article.blocks if b.kind == "ul"] == [("a winter timetable;", "a new ticket machine at Innsvik.")]
    text = _text(article)
    assert "rebuilt it to last a century" in text
    assert "PROPERTIES" not in text and "TODO" not in text and "Operator's page" not in text and "#+" not in text
    page, body = _page(briefing, build_site, "kestrel-notes.txt", ORG)
    assert page.select_one("h1").get_text(strip=True) == "Notes on the Kestrel Valley reopening"
    assert [h.get_text(strip=True) for h in body.select("h2, h3")] == ["What happened", "What comes next"]
    assert "noexport" not in body.get_text() and ":END:" not in body.get_text()


# Class 13: an AsciiDoc source.
ADOC = f"""= Kestrel Valley: the viaduct rebuilt
Mara Lind <mara@example.org>
v1.2, 2026-10-05: corrected the span length
:orgname: Valley Transport Institute
:toc: left
:imagesdir: ./img

[abstract]
.Summary
{STORY}

image::viaduct.jpg[The new viaduct, 640]

== How it was rebuilt

The new viaduct has five spans of 40 metres, see <<spans,the table of spans>>, and was tested for six weeks.

* steel from a mill in the north;
* concrete piers on rock, not on the old footings.

NOTE: The old piers were left in place as a memorial.

// reviewer: check the span length again
include::_footer.adoc[]
"""


def test_an_asciidoc_source_is_read_by_its_header_sections_and_items(briefing, build_site):
    article = parse_text_article(ADOC)
    assert article.title == "Kestrel Valley: the viaduct rebuilt"
    assert article.author == "Mara Lind"
    assert article.published == PartialDate(2026, 10, 5)
    assert article.publisher == "Valley Transport Institute"
    assert _headings(article) == ["How it was rebuilt"]
    text = _text(article)
    assert "see the table of spans, and was tested" in text
    assert "The old piers were left in place as a memorial." in text
    assert ":toc:" not in text and "image::" not in text and "reviewer" not in text and "[abstract]" not in text
    assert "Summary" not in text
    page, body = _page(briefing, build_site, "kestrel-viaduct.txt", ADOC)
    assert [li.get_text(strip=True) for li in body.select("li")] == ["steel from a mill in the north;", "concrete piers on rock, not on the old footings."]


# Class 14: an MDX page: Markdown with components.
MDX = f"""---
title: Riding the rebuilt viaduct
date: 2026-10-04
---
import {{ Callout }} from '@/components/Callout'
import Gallery from '@/components/Gallery.astro'

{STORY}

<Callout type="note">
The line closed in the spring of 2023 after a landslide.
</Callout>

<Gallery ids={{["a", "b"]}} />

{MORE}

{{/* TODO: add the map once it is drawn */}}
"""


def test_an_mdx_pages_imports_components_and_comments_are_not_on_the_page(briefing, build_site):
    page, body = _page(briefing, build_site, "2026-10-04-riding.md", MDX)
    text = body.get_text(" ", strip=True)
    assert "The line closed in the spring of 2023 after a landslide." in text
    assert "timetable for the winter" in text
    assert "import" not in text and "Gallery" not in text and "TODO" not in text and "Callout" not in text


# Class 15: a letter signed at its foot, under a masthead set in capitals over the date.
LETTER = """THE VALLEY COURIER
Opinion  |  Letters

Published October 9, 2026

A viaduct is not a timetable

To the Editor:

Last Friday's reopening of the Kestrel Valley line was a fine day for the valley, and the engineers deserve every word of praise they were given at the ceremony.

But a train every two hours is no service for people who work in town. I hope the council will press the operator for an hourly train before the winter timetable is fixed.

Pia Holm
Innsvik, Northern Norel

Letters should be short and give the writer's full name and town.
"""


def test_a_letter_is_signed_at_its_foot_and_last_friday_on_a_friday_is_a_week_back():
    article = parse_text_article(LETTER)
    assert article.author == "Pia Holm"  # not the masthead over the date
    assert article.event_date == PartialDate(2026, 10, 2)  # 9 October 2026 is a Friday
    assert "Pia Holm" not in _text(article) and "Letters should" not in _text(article)


def test_a_byline_beside_its_date_and_a_comment_counter_gives_both():
    article = parse_text_article(f"Kestrel Valley line reopens\n\nBy Mara Lind | 3 October 2026 | 12 comments\n\n{STORY}\n\n{MORE}\n")
    assert (article.author, article.published) == ("Mara Lind", PartialDate(2026, 10, 3))
