"""Issue 13, eleventh round: page shapes holdout10 and holdout12 showed the reader missed, in general form.

Every article is written for its test (a fictional river town, Halden, and
the footbridge it is rebuilding); none comes from any corpus.
"""

import pytest

from generator.articles import parse_text_article
from generator.articles.credits import byline, dateline
from generator.articles.debris import copyright_holder, is_line_debris, list_marker, sign_off
from tests.conftest import story_headings as _headings, story_text as _text


HEADLINE = "Halden footbridge reopens after a winter of repairs to its cracked piers"
STORY = ("The Halden footbridge reopened to walkers and cyclists on Tuesday morning, the town's engineers said, "
         "after divers and welders spent the winter repairing two piers that the spring flood had cracked.")
MORE = ("The bridge carries some four thousand crossings on a working day, and its closure had sent commuters "
        "on a detour of almost two kilometres through the old harbour and over the railway bridge.")
LAST = ("A weight limit for service vehicles will stay in place until the engineers have checked the piers "
        "again after the autumn rains, the town said, and the lighting will be replaced next year.")


# Class 1: bylines in more of the shapes pages print them.
@pytest.mark.parametrize("line, name", [
    ("By: Siri Holm - Reporter / @SiriHolmNews", "Siri Holm"),
    ("By East Asia correspondent Siri Holm", "Siri Holm"),
    ("By staff writer Siri Holm", "Siri Holm"),
])
def test_bylines_with_a_colon_a_handle_or_a_role_before_the_name(line, name):
    assert byline(line) == name


@pytest.mark.parametrize("line", ["By car to Halden Station", "By Friday the bridge will be open to Halden Station"])
def test_a_sentence_opening_with_by_is_no_byline(line):
    assert byline(line) is None


def test_a_bracketed_byline_under_an_agency_story_is_the_byline_and_ends_it():
    page = f"{HEADLINE}\n05/30/2026 10:15 PM\n\n{STORY}\n\n{MORE}\n\n(By Siri Holm and Ola Strand)\nEnditem/ls\n"
    article = parse_text_article(page)
    assert article.author == "Siri Holm and Ola Strand"
    assert "Enditem" not in _text(article) and "Ola Strand" not in _text(article)


# Class 2: the outlet and the stamp on one line, set apart by a slash.
def test_an_outlet_and_its_stamp_on_one_line():
    page = f"Halden Courier\n\n{HEADLINE}\n\nBy: Siri Holm - Reporter / @SiriHolmNews\nHalden Courier / 08:12 AM May 30, 2026\n\n{STORY}\n\n{MORE}\n"
    article = parse_text_article(page)
    assert article.title == HEADLINE
    assert article.published.iso() == "2026-05-30"
    assert article.author == "Siri Holm"


# Class 3: captions closing on credits in more forms.
@pytest.mark.parametrize("caption", [
    "Divers at the north pier in February. (Supplied: Halden Harbour Images)",
    "Walkers on the reopened bridge on Tuesday. Photo by Courier files",
    "The old bridge in the flood of 2025. Halden Courier file photo",
])
def test_captions_closing_on_more_credit_forms(caption):
    assert is_line_debris(caption)


def test_a_caption_under_the_date_is_not_the_headline():
    page = f"{HEADLINE}\nBy Siri Holm\nPosted Fri 29 May 2026 at 6:15pm\nDivers at the north pier in February. (Supplied: Halden Harbour Images)\n{STORY}\n\n{MORE}\n"
    assert parse_text_article(page).title == HEADLINE


# Class 4: a video player's lines under the date: its label ("Watch: …") is no headline.
def test_a_video_players_lines_are_not_the_headline_or_story():
    page = (f"{HEADLINE}\n\nBy Siri Holm\nPublished August 4, 2026 9:05 AM CEST\n\n"
            "Watch: Divers and welders finish the repairs to the Halden footbridge piers\n▶ Play\n0:00 / 2:14\nShow transcript\nAutoplay   On\n\n"
            "Up next\nFlood barriers tested on the harbour front   3:02\nNew ferry timetable explained   1:30\n\n"
            f"{STORY}\n\n{MORE}\n")
    article = parse_text_article(page)
    assert article.title == HEADLINE
    text = _text(article)
    for gone in ("Watch:", "Play", "transcript", "Autoplay", "Flood barriers"):
        assert gone not in text
    assert _headings(article) == []


# Class 5: a label over the author's name ("Author of the article:") is no headline.
def test_a_label_over_the_authors_name_is_not_the_headline():
    page = (f"Halden Courier\n\n{HEADLINE}\n\nThe town says the bridge will be safe for another fifty years\n\n"
            f"Author of the article:\nSiri Holm\nPublished Nov 02, 2026 • Last updated Nov 03, 2026 • 4 minute read\n\n{STORY}\n\n{MORE}\n")
    article = parse_text_article(page)
    assert article.title == HEADLINE
    assert article.author == "Siri Holm"
    assert "Author of the article" not in _text(article)


# Class 6: a breadcrumb over the headline is not the upper line of a headline and its standfirst.
def test_a_breadcrumb_over_the_headline_is_not_a_headline():
    page = f"Halden Courier\n\nTown News / Roads & Bridges\n\n{HEADLINE}\n\nBy: Siri Holm - Reporter\nMay 30, 2026\n\n{STORY}\n\n{MORE}\n"
    assert parse_text_article(page).title == HEADLINE


# Class 7: the author's role under the name, over the date, goes though it looks like a name itself.
def test_a_role_like_a_name_between_the_byline_and_the_date_is_dropped():
    page = (f"{HEADLINE}\nThe town expects the bridge to last another fifty years after the repairs\n\n"
            f"Siri Holm\nTown Correspondent\n\nPublished Jun 26, 2026, 06:12 AM\n\n{STORY}\n\nWhat comes next\n\n{MORE}\n")
    article = parse_text_article(page)
    assert article.author == "Siri Holm"
    assert _headings(article) == ["What comes next"]


# Class 8: the standfirst's dates sum the story up; the event is the day the story's own lead reports.
def test_the_standfirst_does_not_date_the_event():
    page = (f"{HEADLINE}\nThe bridge will close again in July for its lighting, a small step the town calls overdue\n\n"
            "Siri Holm\nPublished Jun 26, 2026, 06:12 AM\n\n"
            "HALDEN – The Halden footbridge reopened on June 25 after a winter of repairs to two of its cracked piers, the town's engineers said.\n\n"
            f"{MORE}\n")
    assert parse_text_article(page).event_date.iso() == "2026-06-25"


# Class 9: datelines in two more forms.
@pytest.mark.parametrize("lead, place", [
    ("HALDENBURG. For the first time since the flood, walkers crossed the footbridge on Tuesday without a detour.", "Haldenburg"),
    ("Halden, May 30 (Fjord Wire) The footbridge reopened to walkers and cyclists after a winter of repairs to its piers.", "Halden"),
])
def test_more_dateline_forms(lead, place):
    assert dateline(lead).place == place


def test_an_acronym_opening_a_lead_is_no_dateline():
    assert dateline("NATO. The alliance said on Friday that the new officers would start work in July at the base.") is None


# Class 10: more legal forms and a parent company after the outlet's name.
@pytest.mark.parametrize("line, outlet", [
    ("© 2026 Halden Courier SRL", "Halden Courier"),
    ("© 2026 Halden Courier L.P.", "Halden Courier"),
    ("© 2026 Halden Courier, a division of Fjord Media Network. All rights reserved.", "Halden Courier"),
])
def test_more_legal_forms_and_parents(line, outlet):
    assert copyright_holder(line) == outlet


# Class 11: "READ: <headline>" inside the story is a link to another article; a field is not.
def test_read_lines_inside_the_story_are_links():
    assert list_marker("READ: Harbour front flood barriers pass their first test")[0]
    assert not list_marker("READ: 0'31\"   CLIP: 0'17\"")[0]
    page = f"{HEADLINE}\n2 June 2026\n{STORY}\n\nREAD: Harbour front flood barriers pass their first test\n\n{MORE}\n\nRead Next\n"
    article = parse_text_article(page)
    assert "flood barriers" not in _text(article) and _headings(article) == []


# Class 12: more of the page's tools and promotions, in the languages of the month table too.
@pytest.mark.parametrize("line", [
    "Follow topic: Halden", "Gift this article", "Join the Halden Courier's WhatsApp channel and get the latest news.",
    "By signing up you agree to receive email newsletters", "Annonce", "Temps de lecture 3 min.", "Article réservé aux abonnés",
    "Voiced by artificial intelligence.", "Press play to listen to this article", "Tap image to enlarge",
    "Get breaking news alerts on your phone. Download the Halden Courier app",
])
def test_more_tools_and_promotions_are_furniture(line):
    assert is_line_debris(line)


# Class 13: more of the lines a wire sets under its story.
@pytest.mark.parametrize("line", ["Enditem/ls", "--With assistance from Ola Strand.", "ENDITEM"])
def test_more_wire_end_lines(line):
    assert sign_off(line)[0]
