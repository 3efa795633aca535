"""Issue 13, thirteenth round: the furniture blind pages kept, and the credits they got wrong.

The classes, each found on pages the reader had not been tuned on: the outlet's
notes on the piece under the story (where it appeared first, whose views it
gives, who the writer is, that comments are closed), paywall badges, newsletter
offers, tickers, pictures' credits in more forms, text-size controls and note
markers, the reporter's e-mail address that ends a wire story, company forms
around the outlet's name, a Romanian stamp and byline, and a headline that ends
on a quotation over a standfirst of full sentences. Every page here is written
for its test (a fictional port town, Varnholt, and its new ferry terminal); none
comes from a corpus.
"""

import pytest

from generator.articles import parse_text_article
from tests.conftest import story_text

LEAD = ("VARNHOLT – The town's new ferry terminal opened to passengers on Tuesday, two years after the old wooden "
        "shed on the north quay was pulled down and the crossings moved to a row of cabins by the car park.")
BODY = [
    "The terminal has a waiting hall for three hundred people, a covered walkway to both berths and a ticket "
    "office that stays open until the last boat of the night has left for the islands.",
    "Harbour master Liv Aasen said the two berths would let the larger winter ferry dock without waiting for the "
    "morning boat to leave, which had cost the evening crossing half an hour on most days last winter.",
    "Islanders who cross to work said the walkway was the change they noticed most: the old route to the boats ran "
    "across the open quay, where the wind off the fjord made the walk a hard one from November on.",
]
LAST = "The old cabins will be taken away before the summer timetable starts in May."


def page(under: str = "", above: str = "", *, headline: str = "Varnholt's new ferry terminal takes its first passengers",
         footer: str = "© 2026 Varnholt Tidende. All rights reserved.") -> str:
    body = "\n\n".join(BODY)
    return f"""Varnholt Tidende
Home   Town   Harbour   Business   Sport
{above}
{headline}
A waiting hall, two berths and a covered walkway after two years of building work
By Kari Nygaard
07.10.2026 09:40

{LEAD}

{body}

{LAST}

{under}

Read also
• Winter timetable adds a late boat on Fridays   05.10.2026
• Quay car park to charge for overnight stays   02.10.2026

{footer}
"""


def read(text: str):
    article = parse_text_article(text)
    story = story_text(article)
    assert LEAD.split(" – ", 1)[1][:60] in story and LAST in story, "the story itself must stay whole"
    return article, story


# Class 1: the outlet's note on the piece, under the story, in the languages the reader reads dates in.
@pytest.mark.parametrize("note", [
    "This article appears in the November 2026 print edition with the headline “A Hall by the Water”.",
    "A version of this story first ran in the Varnholt Tidende weekend magazine.",
    "This press release was issued by Varnholt Harbour Authority and is republished unedited.",
    "This article was automatically translated from Norwegian. The original version is authoritative.",
    "Dieser Artikel erschien in der Ausgabe 41/2026 unter dem Titel »Die Halle am Wasser«.",
    "Cet article a d'abord été publié dans notre édition du week-end.",
    "Este artículo fue publicado originalmente en la edición impresa.",
    "The views expressed in this article are those of the writer",
    "Les opinions exprimées dans cette tribune n'engagent que leur auteur",
    "The writer is a senior lecturer in maritime planning at the Nordic Coast Institute",
    "Comments are closed for this article.",
    "Kommentarsfunktionen är avstängd för den här artikeln.",
    "*Retired harbour pilot, former chair of the island ferry users' council",
])
def test_the_outlet_s_note_on_the_piece_is_not_story(note):
    article, story = read(page(under=note))
    assert note not in story
    assert note.lstrip("*")[:40] not in story


# ... while a story's own sentences that speak of a report, a text or its writer stay.
@pytest.mark.parametrize("sentence", [
    "This report was welcomed by the islanders' council, which had asked for a covered walkway since 2019.",
    "The text was signed by the harbour authority and the ferry company on Monday.",
    "The writer Jon Fosse, who grew up on the coast, cut the ribbon.",
])
def test_a_story_s_own_sentence_about_a_report_or_a_writer_stays(sentence):
    text = page().replace(f"{LAST}\n", f"{sentence}\n\n{LAST}\n")
    article, story = read(text)
    assert sentence in story


# Class 2: a paywall's badge, a newsletter's offer and a ticker over the headline.
@pytest.mark.parametrize("line, where", [
    ("Reminder, this is a Premium article and requires a subscription to read.", "under"),
    ("Riservato agli abbonati", "above"),
    ("有料記事", "above"),
    ("Get the Harbour Morning Brief: timetables, weather and town news in your inbox before 7am.", "under"),
    ("BREAKING: Storm warning for the outer islands – evening ferries cancelled", "above"),
    ("JUST NU: Skyfall över Västkusten – SMHI varnar för översvämningar", "above"),
])
def test_paywall_badges_newsletter_offers_and_tickers_are_not_story(line, where):
    article, story = read(page(**{where: line}))
    assert line not in story
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 3: pictures' credits in more forms, between the story's paragraphs.
@pytest.mark.parametrize("caption", [
    "© Ola Brekke / VT",
    "© Varnholt Harbour / Archives",
    "Фото: Varnholt Tidende / Ola Brekke",
    "Zdjęcie: Ola Brekke",
    "The waiting hall on the morning of the opening. – Picture courtesy of the Varnholt Harbour Authority",
    "Passengers board the morning ferry from the new berth on Tuesday. VTA photo Oct. 6, 2026",
    "Los primeros pasajeros en la nueva pasarela cubierta. / O. B.",
    "新しい待合室で出航を待つ乗客ら＝6日、ヴァルンホルト、佐伯綾撮影",
])
def test_picture_credits_between_paragraphs_are_not_story(caption):
    text = page().replace(f"\n\n{BODY[1]}", f"\n\n{caption}\n\n{BODY[1]}")
    article, story = read(text)
    assert caption not in story


# Class 4: text-size controls, "Report a typo" and a bare note marker are page tools, not headings.
@pytest.mark.parametrize("line", ["A A A", "A- A A+", "Report a typo", "[1]"])
def test_page_tools_and_note_markers_are_neither_story_nor_headings(line):
    text = page().replace(f"\n\n{BODY[2]}", f"\n\n{line}\n\n{BODY[2]}")
    article, story = read(text)
    assert line not in story
    assert not [b.text for b in article.blocks if b.kind == "h"]


# Class 5: the reporter's address under a wire story ends it: what follows is the agency's footer and links.
def test_the_reporter_s_e_mail_under_the_story_ends_it():
    text = f"""Varnholt Tidende
Harbour

Varnholt's new ferry terminal takes its first passengers

Filed 2026-10-07 09:40
By Kari Nygaard

{LEAD}

{BODY[0]}

{BODY[1]}

{LAST}

kari.nygaard@tidende.example
<Copyright (c) Varnholt Tidende, no reproduction or redistribution>
2026/10/07 09:40 filed

Related news
· Winter timetable adds a late boat on Fridays
· Quay car park to charge for overnight stays
"""
    article, story = read(text)
    assert "kari.nygaard@tidende.example" not in story
    assert "Related news" not in story and "Winter timetable" not in story
    assert not [b for b in article.blocks if b.kind in ("h", "ul")]
    # An address in the story's middle, with paragraphs after it, ends nothing.
    article, story = read(page().replace(f"\n\n{BODY[2]}", f"\n\nbookings@ferry.example\n\n{BODY[2]}"))
    assert BODY[2] in story


# Class 6: the outlet named without its company's form, wherever the form stands, and without the notice's words.
@pytest.mark.parametrize("footer, outlet", [
    ("Copyrights 2026, Varnholt Tidende - All Rights Reserved", "Varnholt Tidende"),
    ("© 2026 АТ «Варнгольт Тиденде». Усі права захищено.", "Варнгольт Тиденде"),
    ("© 2026 Varnholt Tidende SpA. Todos los derechos reservados.", "Varnholt Tidende"),
    ("© 2026 Varnholt Tidende a.s., všechna práva vyhrazena", "Varnholt Tidende"),
    ("© Varnholt Tidende, S.L. 2026", "Varnholt Tidende"),
    ("Copyright © 2026 VTA. The VTA is not responsible for the content of external sites.", "VTA"),
    ("Copyright © 越後ヴァルンホルト新聞 All rights reserved. 記事・写真の無断転載を禁じます。", "越後ヴァルンホルト新聞"),
    ("© 2026 St. Olav Courier", "St. Olav Courier"),  # one word before a stop that is no acronym: no sentence ends there
])
def test_the_outlet_without_its_company_form_or_notice(footer, outlet):
    article = parse_text_article(page(footer=footer).replace("Varnholt Tidende\nHome", "Home"))
    assert article.publisher == outlet


# Class 7: a Romanian page: its stamp with the weekday, and "de NAME" as the byline.
def test_a_romanian_stamp_with_its_weekday_and_a_de_byline():
    text = f"""Acest site folosește cookie-uri
Folosim cookie-uri proprii și ale partenerilor pentru a personaliza conținutul și a măsura audiența.
Accept toate   Refuz   Setări cookie

Gazeta Varnholt
Acasă   Actual   Externe   Sport

Externe

Noul terminal de feriboturi din Varnholt și-a primit primii pasageri după doi ani de lucrări

de Ioana Marin
Publicat: marți, 6 octombrie 2026, 09:14
Actualizat: marți, 6 octombrie 2026, 11:02

{LEAD}

{BODY[0]}

{BODY[1]}

{LAST}
"""
    article, story = read(text)
    assert article.title == "Noul terminal de feriboturi din Varnholt și-a primit primii pasageri după doi ani de lucrări"
    assert article.published.iso() == "2026-10-06"
    assert article.author == "Ioana Marin"
    assert "de Ioana Marin" not in story and "Folosim cookie-uri" not in story


# Class 8: a headline ending on a quotation over a standfirst of whole sentences: the headline is the upper line.
def test_a_headline_ending_on_a_quotation_over_a_standfirst_of_sentences():
    text = page(headline="Harbour master on the new terminal: ”The wind is finally outside”").replace(
        "A waiting hall, two berths and a covered walkway after two years of building work\n",
        "She has run the harbour for twelve winters. Now the passengers wait indoors.\n")
    article, story = read(text)
    assert article.title == "Harbour master on the new terminal: ”The wind is finally outside”"
