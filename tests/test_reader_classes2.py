"""Issue 13, second round: page shapes the holdout set showed the reader had not generalised to.

Each article is written for its test (a fictional lighthouse survey and its
coverage); none comes from any corpus.
"""

from generator.articles import parse_text_article
from generator.dates import PartialDate
from tests.conftest import story_headings as _headings, story_text as _text


# Class 1: time codes and gallery counters are furniture; "Aired <date>" is a stamp.
TRANSCRIPT = """Lighthouse keepers hand over the last manned station

Broadcast March 4, 2026 - 19:30 CET

[19:30:02]

PRESENTER: Tonight the coast authority closed the last lighthouse on the island that still had a keeper living in it.

[19:31:40]

REPORTER: The keepers left on Tuesday, and the light now runs from a control room two hundred kilometres away.

4 of 9

The lamp room, photographed on the final evening before the keepers left the island.
"""


def test_time_codes_and_counters_are_not_headings_and_an_aired_line_is_the_stamp():
    article = parse_text_article(TRANSCRIPT)
    assert article.title == "Lighthouse keepers hand over the last manned station"
    assert _headings(article) == []
    text = _text(article)
    for furniture in ("[19:30:02]", "[19:31:40]", "4 of 9", "Broadcast March 4"):
        assert furniture not in text
    assert article.published == PartialDate(2026, 3, 4)
    assert "the last lighthouse" in text


# Class 3: dates in French (and other major European languages) read like English ones.
FRENCH = """Le dernier phare habité de l'île passe en mode automatique

Par Léa Morvan
Publié le 5 mars 2026 à 08h10 · Mis à jour le 5 mars 2026 à 12h30

L'autorité côtière a annoncé mercredi 4 mars que les deux gardiens avaient quitté le phare, dont la lumière est désormais pilotée à distance.

Les gardiens vivaient sur place depuis des années et assuraient aussi la station météo de l'île.
"""

GERMAN_SPANISH = """Leuchtturm ohne Wärter

Veröffentlicht am 5. März 2026

Die Küstenbehörde hat den letzten bewohnten Leuchtturm der Insel am 4. März auf Fernsteuerung umgestellt.
"""


def test_french_stamps_and_dates_are_read_like_english_ones():
    article = parse_text_article(FRENCH)
    assert article.title == "Le dernier phare habité de l'île passe en mode automatique"
    assert article.published == PartialDate(2026, 3, 5)
    assert article.updated == PartialDate(2026, 3, 5)
    assert article.event_date == PartialDate(2026, 3, 4)
    assert "Publié le" not in _text(article)


def test_german_month_names_are_read_too():
    article = parse_text_article(GERMAN_SPANISH)
    assert article.published == PartialDate(2026, 3, 5)
    assert article.event_date == PartialDate(2026, 3, 4)


# Class 2: the headline, not a masthead, a section label, a footnoted first paragraph or a dateline lead.
FOOTNOTED = """Coastal Heritage Trust
Research   Events   Donate

ANALYSIS

Lights out, keepers gone: what automation costs a coast

Mira Solberg
6 March 2026

When the coast authority said on 4 March that its last manned lighthouse would run by remote control, few people asked who would watch the weather. The answer is nobody.[1]

Keepers logged storms, ships and wrecks for two centuries, and those records are still read today.[2]
"""

DATELINE_LEAD = """Coast Wire
World   Business   Markets

Factbox: How the island lighthouse will run without keepers

By Coast Staff
March 4, 2026 6:00 PM CET

BERGEN (Coast) - The coast authority said on Wednesday that its last manned lighthouse on the island now runs from a control room far away on the mainland, ending two centuries of keepers. Here are the main facts about the change:

• The lamp switches on and off by itself at dusk and dawn.
• A technician visits twice a year.
"""

MASTHEAD_AND_SECTION = """Le Courrier des Côtes
International | Régions | Mer | Culture
Se connecter   S'abonner

MER

Le dernier phare habité de l'île passe en mode automatique

Les deux gardiens ont quitté la tour : la lumière est désormais pilotée depuis le continent, à deux cents kilomètres.

Par Léa Morvan
Publié le 5 mars 2026 à 08h10

L'autorité côtière a annoncé mercredi 4 mars que les deux gardiens avaient quitté le phare, dont la lumière est désormais pilotée à distance.
"""


def test_a_first_paragraph_ending_in_a_footnote_call_is_prose_not_the_title():
    article = parse_text_article(FOOTNOTED)
    assert article.title == "Lights out, keepers gone: what automation costs a coast"
    assert "The answer is nobody" in _text(article)
    assert article.event_date == PartialDate(2026, 3, 4)


def test_a_dateline_lead_ending_in_a_colon_is_the_story_not_the_title():
    article = parse_text_article(DATELINE_LEAD)
    assert article.title == "Factbox: How the island lighthouse will run without keepers"
    assert article.dateline == "Bergen"
    assert "ending two centuries of keepers" in _text(article)


def test_a_masthead_and_a_section_label_above_the_headline_are_neither_title_nor_heading():
    article = parse_text_article(MASTHEAD_AND_SECTION)
    assert article.title == "Le dernier phare habité de l'île passe en mode automatique"
    assert _headings(article) == []
    assert "MER" not in _text(article).split()


# Class 4: what follows the story: numbered notes, an author box, a line after the credits.
NOTES_AND_AUTHOR = """Keepers' logbooks deserve a home

Tor Lindqvist
Mar 6, 2026 · 4 min read

The coast authority switched its last manned lighthouse to remote control on 4 March, and the keepers' logbooks went into boxes.[1] Two centuries of storms and wrecks are written in them.

Archivists say the books should be scanned before the paper fails, and that the work would take a year.[2]

Notes
[1] Coast authority, press notice on the handover, 4 March 2026.
[2] Regional Archive, survey of maritime records, 2024.

About the author
Tor Lindqvist is a maritime historian who has written two books on coastal lights.

Tor Lindqvist
Maritime historian. Writes about lights, harbours and the people who kept them.
"""

AFTER_CREDITS = """Island light goes automatic

By Coast Staff
March 4, 2026

BERGEN (Coast) - The last manned lighthouse on the island now runs from a control room on the mainland, the coast authority said on Wednesday, ending two centuries of keepers.

The two keepers will move to jobs at the authority's regional office, a spokesperson said.

(Reporting by Kari Dahl; Editing by Sam Reyes)

Our Principles: how the Coast newsroom works.
"""


def test_notes_and_an_author_box_after_the_story_are_not_story_and_the_byline_is_kept():
    article = parse_text_article(NOTES_AND_AUTHOR)
    assert article.author == "Tor Lindqvist"
    text = _text(article)
    assert "Two centuries of storms and wrecks" in text and "take a year" in text
    for tail in ("Coast authority, press notice", "Regional Archive, survey", "maritime historian", "Maritime historian"):
        assert tail not in text
    assert _headings(article) == []


def test_a_line_after_the_credit_note_is_not_story():
    article = parse_text_article(AFTER_CREDITS)
    text = _text(article)
    assert "regional office" in text
    assert "Our Principles" not in text


# Class 6: publisher noise and page furniture inside the story.
APP_BANNER = """Open in app
Sign up
Sign in
Write

Why I miss the lighthouse keepers
Tor Lindqvist
Tor Lindqvist
Follow
4 min read
·
Mar 6, 2026

The last keepers left the island on Wednesday, and the light has run by itself ever since, which is efficient and a little sad.
"""

ROLE_NOTICE_COPYRIGHT = """Island light goes automatic after two centuries

By Kari Dahl
Coast correspondent

THIS IS A PROVISIONAL COPY AND MAY BE CORRECTED BEFORE IT IS FINAL.

The last manned lighthouse on the island now runs from a control room on the mainland, the coast authority said on Wednesday.

Continue reading the main story

The two keepers will move to jobs at the authority's regional office, a spokesperson said.

© 2026 Coastal Heritage Trust. Registered charity 1234567.
"""


def test_an_app_banner_is_not_the_publisher():
    article = parse_text_article(APP_BANNER)
    assert article.publisher is None
    assert article.title == "Why I miss the lighthouse keepers"


def test_a_role_under_the_byline_a_capitals_notice_and_a_reading_prompt_stay_off_the_page():
    article = parse_text_article(ROLE_NOTICE_COPYRIGHT)
    assert article.author == "Kari Dahl"
    text = _text(article)
    for furniture in ("Coast correspondent", "PROVISIONAL COPY", "Continue reading"):
        assert furniture not in text
    assert _headings(article) == []
    assert "regional office" in text
    assert article.publisher == "Coastal Heritage Trust"


# Class 7: a newsletter digest: its issue line is the date, its subject line the title, the first item a section.
DIGEST = """View in browser

The Harbour Letter
Weekly letter · No. 48 · Friday, March 6, 2026

The island light goes automatic, plus ferries and fish

By Kari Dahl

Good morning. Three things this week, one of them the end of an era.

Keepers leave the last manned lighthouse

The last two keepers left the island lighthouse on Wednesday, and the light now runs from a control room on the mainland, the coast authority said. They will move to jobs at its regional office.

Ferry timetable changes

The winter timetable ends a week early this year, the ferry company said, because the ice has cleared sooner than usual.
"""


def test_a_digest_keeps_its_subject_as_title_its_greeting_and_its_first_item_heading():
    article = parse_text_article(DIGEST)
    assert article.title == "The island light goes automatic, plus ferries and fish"
    assert article.published == PartialDate(2026, 3, 6)
    assert article.event_date == PartialDate(2026, 3, 4)
    assert _headings(article) == ["Keepers leave the last manned lighthouse", "Ferry timetable changes"]
    assert "Good morning. Three things this week" in _text(article)


# Class 5: minutes dated by their session, posted days later.
MINUTES = """HARBOUR BOARD · PUBLIC MEETING
Draft minutes
Meeting of Tuesday, 3 March 2026
Posted: 6 March 2026

Handover of the island lighthouse

CHAIR: The board will now hear the report on the lighthouse handover. The authority's engineer has the floor.

ENGINEER: The lamp runs by remote control and the keepers have moved to the regional office. The equipment passed every test we set for it.
"""


def test_minutes_take_their_event_date_from_the_session_line_above_the_title():
    article = parse_text_article(MINUTES)
    assert article.title == "Handover of the island lighthouse"
    assert article.published == PartialDate(2026, 3, 6)
    assert article.event_date == PartialDate(2026, 3, 3)


# Class 4 again: a closing line set in one block with the copyright line is footer.
FOOTER_BLOCK = """Island light goes automatic

March 6, 2026

The last two keepers left the island lighthouse on Wednesday, and the light now runs from a control room on the mainland, the coast authority said.

They will move to jobs at the authority's regional office, a spokesperson said.

This notice is provided for information and may be revised without warning.
© 2026 Coastal Heritage Trust
"""


def test_a_line_in_the_copyright_block_is_footer_not_story():
    article = parse_text_article(FOOTER_BLOCK)
    text = _text(article)
    assert "regional office" in text
    assert "may be revised" not in text


LIVEBLOG_CREDITS = """Lighthouse handover: live updates

March 4, 2026

The coast authority began switching the island lighthouse to remote control this morning, with both keepers still on site to watch the first cycle.

(Reporting by Kari Dahl)

The lamp came on by itself at dusk for the first time, and the keepers left on the evening boat to the mainland with their families.
"""


def test_a_credit_note_with_story_paragraphs_after_it_ends_nothing():
    article = parse_text_article(LIVEBLOG_CREDITS)
    assert "left on the evening boat" in _text(article)


def test_an_english_mars_mission_is_no_march_date():
    article = parse_text_article(
        "Probe photographs the island light from orbit\n\nMarch 6, 2026\n\n"
        "The camera built for the Mars 2020 mission was tested on Earth first, and its makers pointed it at the island lighthouse on Wednesday.\n"
    )
    assert article.event_date == PartialDate(2026, 3, 4)
