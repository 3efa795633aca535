"""Issue 13: the dates of pages nobody tuned for: stamps the rules cannot read, dates and weekdays in more
languages, and happenings over named days; and two credits and crossheads besides (the outlet's name beside
the date, a crosshead that asks a question).

The learnt line model's fourth part (`lineroles.stamp_candidates`) scores every
dated line of a page as its publication stamp; the reader takes the likeliest
where the rules read none. Every page here is written for its test (a
fictional city, Lindholm, and its new tram depot); none comes from a corpus.
"""

import pytest

from generator.articles import lineroles, parse_text_article
from generator.articles.datetext import full_dates
from tests.conftest import soup, story_text

LEAD = ("LINDHOLM – The city's new tram depot took in its first night shift on Sunday, when forty drivers and a "
        "dozen fitters moved over from the cramped sheds by the river that have housed the fleet since the 1950s.")
BODY = [
    "The depot, built on the old goods yard north of the station, has room for sixty trams under one roof, a washing "
    "line that cleans a car in four minutes and a workshop long enough to lift a whole tram off its bogies.",
    "Transport councillor Mirja Halme said the move would cut the time trams spend running empty to and from the "
    "start of their routes by about a third, and that the old sheds would be sold for housing next year.",
    "Fitters said the new lifting gear was the biggest change: at the river sheds, a tram with a faulty bogie had to "
    "be towed to a private yard two towns away.",
]
FOOT_STAMP = "Filed 07.12.2026 · 10:14 · Lindholm desk · 3 comments"


def page(stamp_line: str) -> str:
    body = "\n\n".join(BODY)
    return f"""Lindholm Courier
Home   City   Transport   Business   Culture   Sport
TRANSPORT

Lindholm's new tram depot takes in its first night shift
Drivers and fitters moved in after three years of building work on the old goods yard
Mirja Koski
Share   Facebook   X   Email

{LEAD}

{body}

{stamp_line}

Read also
• Night buses to run every twenty minutes over the holidays   05.12.2026
• Harbour bridge closes for two weekends of repairs   04.12.2026

© 2026 Lindholm Courier. All rights reserved.
"""


def test_a_stamp_at_the_foot_in_a_shape_the_rules_miss_gives_the_publication_date():
    article = parse_text_article(page(FOOT_STAMP))
    assert article.published.iso() == "2026-12-07"
    # The lead's "on Sunday" is counted back from it: Monday 7 December 2026 -> Sunday the 6th.
    assert ("event date 2026-12-06 read here") in [note for _, note in article.guesses]
    # The stamp line is no part of the story, and the editor is told where the date came from.
    assert "Filed" not in story_text(article) and "3 comments" not in story_text(article)
    assert any("publication date 2026-12-07 read by the learnt line model" in note for _, note in article.uncertain)
    # The dated links of the "Read also" list are not stamps.
    assert "Night buses" not in story_text(article)


def test_the_rules_alone_find_no_date_on_that_page(monkeypatch):
    """What the model changes: without it the page has no publication date and "on Sunday" cannot be placed."""
    monkeypatch.setattr(lineroles, "OVERRIDE", [{}])
    article = parse_text_article(page(FOOT_STAMP))
    assert article.published is None
    assert any("'Sunday' cannot be placed" in note for _, note in article.uncertain)


def test_a_built_briefing_dates_the_event_from_the_stamp(briefing, build_site):
    root = briefing({"seeds/lindholm-depot.txt": page(FOOT_STAMP)})
    code, out, _, err = build_site(root)
    assert code == 0, err
    event = soup(out / "events/lindholm-depot/index.html")
    assert event.find("h1").get_text(" ", strip=True) == "Lindholm's new tram depot takes in its first night shift"
    assert event.find("time", attrs={"datetime": "2026-12-06"}) is not None
    assert "Filed 07.12.2026" not in event.get_text(" ")


@pytest.mark.parametrize("line", ["Updated 07.12.2026 · 11:02", "Last modified: 7 December 2026, 11:02"])
def test_a_line_that_only_says_when_the_article_changed_is_not_its_publication_date(line):
    assert lineroles.stamp_date(line, full_dates(line)) is None
    assert parse_text_article(page(line)).published is None


@pytest.mark.parametrize("line, iso", [
    ("Réka Fodor 2026.07.02. 09:14", "2026-07-02"),  # year first, with the closing dot Hungarian sets
    ("Objavljeno: 03.12.2026. 08:40", "2026-12-03"),  # day first, with the closing dot Serbian sets
    ("pátek 29. 5. 2026 19:05", "2026-05-29"),  # Czech: a space after each dot
    ("Publié le 1er décembre 2026 à 18 h 10", "2026-12-01"),  # the French first of the month
    ("14:32, 7 Jul 2026Updated 15:10, 7 Jul 2026", "2026-07-07"),  # a stamp glued to the next by the copy
    ("Četvrtak, 3. decembar 2026.", "2026-12-03"),  # Serbian month
    ("Jakarta, 5 Agustus 2026", "2026-08-05"),  # Indonesian month, capitalised
    ("प्रकाशित: 30 मई 2026, 07:30 AM IST", "2026-05-30"),  # Hindi month
])
def test_dates_in_more_forms_and_languages(line, iso):
    assert full_dates(line)[0][2].iso() == iso


@pytest.mark.parametrize("stamp, lead, iso", [
    ("Objavljeno: 03.12.2026. 08:40",
     "BEOGRAD – Gradsko veće je u sredu usvojilo plan za novi tramvajski depo na mestu stare teretne stanice.", "2026-12-02"),
    ("05/12/2026 10:30",
     "KUALA LUMPUR: Majlis bandar raya semalam meluluskan pelan depoh trem baharu di tapak stesen barang lama.", "2026-12-04"),
    ("प्रकाशित: 5 दिसंबर 2026, 10:30 AM IST",
     "लखनऊ: नगर निगम (LMC) ने शुक्रवार को पुराने मालगोदाम की जगह नए ट्राम डिपो की योजना को मंजूरी दी.", "2026-12-04"),
    ("05/12/2026 10:30", "HÀ NỘI – Hội đồng thành phố hôm qua đã thông qua kế hoạch xây xưởng tàu điện mới.", "2026-12-04"),
    ("05/12/2026 10:30", "عمّان – وافق مجلس المدينة يوم الجمعة على خطة بناء مستودع جديد للترام في موقع المحطة القديمة.", "2026-12-04"),
])
def test_yesterday_and_weekdays_in_more_languages_are_counted_from_the_stamp(stamp, lead, iso):
    text = f"Headline of the test page\n{stamp}\n\n{lead}\n\n" + "\n\n".join(BODY) + "\n"
    article = parse_text_article(text)
    assert f"event date {iso} read here" in [note for _, note in article.guesses]
    assert lead[-40:] in story_text(article)  # (the dateline before it is read off)


def test_a_sentence_in_a_script_without_capitals_is_no_notice_in_capitals():
    """A Hindi sentence with "LMC" in it has no lower-case letter, yet it is no notice set in capitals."""
    lead = "लखनऊ: नगर निगम (LMC) ने शुक्रवार को पुराने मालगोदाम की जगह नए ट्राम डिपो की योजना को मंजूरी दी."
    article = parse_text_article(f"Headline of the test page\n\n{lead}\n\n" + "\n\n".join(BODY) + "\n")
    assert "नगर निगम (LMC)" in story_text(article)


# Friday 16 October 2026: the stamp every span below is counted back from.
SPAN_STAMP = "16 October 2026"


@pytest.mark.parametrize("lead, start, end", [
    ("Tram makers from twelve cities met in Lindholm on Tuesday and Wednesday to compare how they keep old fleets running.",
     "2026-10-13", "2026-10-14"),
    ("The tram makers' fair, which opened on Wednesday and closed yesterday, drew more visitors than any before it.",
     "2026-10-14", "2026-10-15"),
    ("Lindholm's transport councillor visited the depots of two partner cities from Monday to Thursday this week.",
     "2026-10-12", "2026-10-15"),
    ("La consejera de transporte estuvo en Lindholm del lunes 12 al miércoles 14 de octubre para ver el depósito nuevo.",
     "2026-10-12", "2026-10-14"),
    ("Lindholm's councillor on Thursday ended a three-day visit to the tram works that build the city's new cars.",
     "2026-10-13", "2026-10-15"),
    ("The fleet's owners agreed a new timetable at a two-day meeting in Lindholm that closed yesterday.",
     "2026-10-14", "2026-10-15"),
])
def test_a_happening_over_named_days_is_read_as_an_interval(lead, start, end):
    article = parse_text_article(f"Headline of the test page\n{SPAN_STAMP}\n\n{lead}\n\n" + "\n\n".join(BODY) + "\n")
    notes = [note for _, note in article.guesses]
    assert f"event date {start} read here" in notes
    assert any(note.startswith(f"the event runs over several days, to {end}") for note in notes)


@pytest.mark.parametrize("lead, start", [
    # Two happenings on two days, not one over both; and a plan, which is read as ever (the next such day).
    ("Two new trams arrived at the depot on Monday and two more are due on Friday, the operator said.", "2026-10-12"),
    ("Tram makers will meet in Lindholm on Monday and Tuesday to compare how they keep old fleets running.", "2026-10-19"),
])
def test_two_weekdays_that_are_not_one_span_stay_single_days(lead, start):
    article = parse_text_article(f"Headline of the test page\n{SPAN_STAMP}\n\n{lead}\n\n" + "\n\n".join(BODY) + "\n")
    notes = [note for _, note in article.guesses]
    assert f"event date {start} read here" in notes
    assert not any("several days" in note for note in notes)


def test_the_outlet_s_own_name_beside_the_date_is_no_byline():
    """"Lindholm Courier | 07.12.2026 | 10:14" names the outlet (its masthead says so), not an author."""
    text = page("Read more from the Courier's transport desk")
    text = text.replace("Mirja Koski\n", "Lindholm Courier | 07.12.2026 | 10:14\n")
    article = parse_text_article(text)
    assert article.author is None
    assert article.publisher == "Lindholm Courier"
    assert article.published.iso() == "2026-12-07"


# A crosshead may ask a question ("What comes next?"); a paragraph that asks runs on, or is quoted.
def test_a_short_question_between_two_paragraphs_is_a_crosshead():
    body = "\n\n".join([BODY[0], "What happens to the river sheds?", BODY[1],
                        '"Will it be ready in time?"', BODY[2], "Q: When do the first trams leave?", BODY[0]])
    article = parse_text_article(f"Headline of the test page\n07.12.2026\n\n{LEAD}\n\n{body}\n")
    headings = [b.text for b in article.blocks if b.kind == "h"]
    assert headings == ["What happens to the river sheds?"]
    assert '"Will it be ready in time?"' in story_text(article)
    assert "Q: When do the first trams leave?" in story_text(article)


@pytest.mark.parametrize("footer, outlet", [
    ("© 2026 Lindholm Courier Sp. z o.o. Wszelkie prawa zastrzeżone.", "Lindholm Courier"),
    ("Hak Cipta Terpelihara © 2026 Lindholm Courier Sdn Bhd", "Lindholm Courier"),
    ("© 2026 PT Lindholm Courier", "Lindholm Courier"),
    ("© 2026 Lindholm Courier Ltd, 4 Quay Street, Lindholm", "Lindholm Courier"),
    ("© 2026 Lindholm Courier Ltd, Lindholm, Nordland", "Lindholm Courier"),
    ("Sva prava zadržana © 2026 Lindholm Courier d.o.o.", "Lindholm Courier"),
    ("© 2026 Lindholm Courier Co., Ltd. All rights reserved.", "Lindholm Courier"),
    ("© 2026 Lindholm Corp Watch", "Lindholm Corp Watch"),  # a form inside the name is the name's
])
def test_the_outlet_is_named_without_its_company_form_or_its_rights_notice_in_any_language(footer, outlet):
    article = parse_text_article(page(FOOT_STAMP).replace("© 2026 Lindholm Courier. All rights reserved.", footer).replace("Lindholm Courier\nHome", "Home"))
    assert article.publisher == outlet


@pytest.mark.parametrize("row", ["Mirja Koski | 07.12.2026 | 10:14 CET", "Mirja Koski · Mon., Dec. 7, 2026 · 10:14 a.m."])
def test_a_name_then_a_stamp_on_one_row_gives_the_byline_and_the_date(row):
    article = parse_text_article(page("").replace("Mirja Koski\n", row + "\n"))
    assert article.author == "Mirja Koski"
    assert article.published.iso() == "2026-12-07"
    assert "Mirja Koski" not in story_text(article)


def test_a_ticker_line_opening_the_page_gives_way_to_the_headline():
    ticker = "LIVE   Storm warning: gales and heavy rain to hit the coast tonight"
    article = parse_text_article(ticker + "\n" + page(FOOT_STAMP))
    assert article.title == "Lindholm's new tram depot takes in its first night shift"


def test_a_page_that_writes_its_dates_month_first_is_read_month_first():
    """"10/06/2026" is 10 June or 6 October; a page that also writes "09/29/2026" writes them month first."""
    text = page("Published 10/06/2026 06:18 PM")
    assert parse_text_article(text).published.iso() == "2026-06-10"  # (nothing on the page says otherwise)
    text = text.replace("05.12.2026", "09/29/2026").replace("04.12.2026", "09/25/2026")
    assert parse_text_article(text).published.iso() == "2026-10-06"


# The lead gives one day; the next paragraph gives the span of days that holds it: the happening is the span.
def test_a_span_in_the_next_paragraph_holds_the_lead_s_day():
    lead = ("LINDHOLM – Forty drivers on Thursday finished a course on the new trams at the depot, the first group "
            "trained on the low-floor cars the city bought last year.")
    span = ("The course, which ran from Monday to Thursday at the depot's workshop, took the drivers through the "
            "cars' brakes, doors and the new signalling on the harbour line.")
    text = f"Headline of the test page\n07.12.2026\n\n{lead}\n\n{span}\n\n" + "\n\n".join(BODY) + "\n"
    article = parse_text_article(text)
    assert (article.event_date.iso(), article.event.end.iso()) == ("2026-11-30", "2026-12-03")
    # A span that does not hold the lead's day is another happening: the lead's day stands.
    other = span.replace("from Monday to Thursday", "from Monday to Tuesday")
    article = parse_text_article(text.replace(span, other))
    assert article.event_date.iso() == "2026-12-03" and article.event.end is None


@pytest.mark.parametrize("sentence", [
    "Die Schulung lief von Montag bis Mittwoch in der Werkstatt des Depots.",
    "De cursus liep van maandag tot en met woensdag in de werkplaats van het depot.",
    "La formation s'est tenue du lundi au mercredi dans l'atelier du dépôt.",
    "El curso se celebró de lunes a miércoles en el taller del depósito.",
])
def test_weekday_spans_in_other_languages(sentence):
    text = f"Headline of the test page\n07.12.2026\n\n{sentence} " + BODY[0] + "\n\n" + "\n\n".join(BODY[1:]) + "\n\n" + BODY[0] + "\n"
    article = parse_text_article(text)
    assert (article.event_date.iso(), article.event.end.iso()) == ("2026-11-30", "2026-12-02")
