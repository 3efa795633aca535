"""Issue 13, fourteenth round: furniture known by its shape, in languages no word list of the reader holds.

The thirteenth round's blind pages failed on classes the reader knew, met in
languages it did not: a caption closing on "Fotó:", "Снимка:" or "Source:", a
views counter in Bulgarian, an update stamp under a publication stamp that
only the learnt model could read, a consent dialog in Slovak on top of the
page. The tests below write those shapes in still other languages, so a
word added for one language cannot pass them. Every page is written for its
test (the fictional port town of Varnholt); none comes from a corpus.
"""

import pytest

from generator.articles import parse_text_article
from generator.articles.datetext import full_dates
from tests.conftest import story_text
from tests.test_reading_furniture import BODY, LAST, LEAD, page, read, rules_only  # noqa: F401 (a fixture)


def between_paragraphs(line: str):
    """The test page read with `line` set on its own between the story's first two paragraphs."""
    return read(page().replace(f"{BODY[0]}\n\n", f"{BODY[0]}\n\n{line}\n\n"))


def after_second_paragraph(block: str):
    """The test page read with `block` set right under the story's second paragraph."""
    return read(page().replace(f"{BODY[1]}\n", f"{BODY[1]}\n{block}\n"))


def first_span(text: str, reference) -> tuple[str, str | None] | None:
    """The first date a line of prose gives, read against `reference` (a PartialDate): its first day and last day, if any."""
    from generator.articles.datetext import date_mentions
    found = date_mentions(text, reference, 1)
    return (found[0].date.iso(), found[0].end.iso() if found[0].end else None) if found else None


def made_model(monkeypatch, furniture: dict, headline: dict | None = None) -> dict:
    """A line model made for a test: unsure of every line but those its few weights name."""
    from generator.articles import lineroles
    model = {"furniture": {"bias": -10.0, **furniture}, "headline": headline or {"bias": -4.0}, "threshold": 0.7}
    monkeypatch.setattr(lineroles, "OVERRIDE", [model])
    return model


def event_notes(lead: str, stamp: str) -> list[str]:
    """What the reader guessed of a test page with that stamp and lead over the story's paragraphs."""
    text = f"Headline of the test page\n{stamp}\n\n{lead}\n\n" + "\n\n".join(BODY) + "\n"
    return [note for _, note in parse_text_article(text).guesses]


# Class 1: a caption's sentence closing on a labelled credit, whatever the label's language.
@pytest.mark.parametrize("caption", [
    "Harbour master Liv Aasen on the new walkway on Tuesday morning. Nuotrauka: Jonas Petraitis / Uostas",  # Lithuanian
    "The waiting hall seen from the north quay after the opening. Snímek: ČTK",  # Czech
    "Passengers board the first evening ferry from the new berth. Φωτογραφία: Νίκος Παππάς",  # Greek
    "The ticket office on its first day of business – Fénykép: Kovács Anna / Tidende",  # Hungarian, after a dash
    "The covered walkway between the hall and the second berth. Kaynak: Varnholt Harbour Authority",  # Turkish
    "The harbour master cuts the ribbon at the new berth. Nuotrauka: Ministério da Defesa",  # a name with a particle
])
def test_a_caption_closing_on_a_labelled_credit_is_furniture_in_any_language(caption, rules_only):
    text = page().replace(f"{BODY[0]}\n\n", f"{BODY[0]}\n\n{caption}\n\n")
    article, story = read(text)
    assert caption not in story
    assert BODY[1] in story


@pytest.mark.parametrize("caption", [
    "Harbour master Liv Aasen on the new walkway on Tuesday morning. Nuotrauka: Jonas Petraitis / Uostas",
    "The waiting hall seen from the north quay after the opening. Källa: Varnholt Tidende",
])
def test_a_credited_caption_over_the_story_is_not_the_headline(caption, rules_only):
    text = page(headline=f"Varnholt's new ferry terminal takes its first passengers\n{caption}")
    article, story = read(text)
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert caption not in story


@pytest.mark.parametrize("line", [
    # a speaker's words after a sentence: the words are a sentence, not a name
    "The harbour board met on Monday to agree the timetable. Aasen: We will add a boat on Fridays when the hall is full.",
    # a list's label and its first item in lower case
    "The building work came in three stages over two years. First: the quay wall and its piles.",
])
def test_a_sentence_then_a_label_and_words_of_the_story_stays(line, rules_only):
    text = page().replace(f"{BODY[0]}\n\n", f"{BODY[0]}\n\n{line}\n\n")
    article, story = read(text)
    assert line in story


# Class 2: a counter, one word and a number, in any language.
@pytest.mark.parametrize("counter", ["Преглеждания: 1 284", "Lukukerrat: 3 120", "Wyświetlenia: 12.408", "Visualizzazioni: 845"])
def test_a_counter_under_the_byline_is_furniture(counter, rules_only):
    text = page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{counter}\n")
    article, story = read(text)
    assert counter not in story
    assert [b.text for b in article.blocks if b.kind == "h"] == []


# Class 3: the update stamp beside a publication stamp only the learnt model reads.
@pytest.mark.parametrize("published, updated", [
    ("Paskelbta 2026-10-07 09:40 (Vilniaus laiku)", "Atnaujinta 2026-10-07 12:15 (Vilniaus laiku)"),  # Lithuanian
    ("Uverejnené 7. októbra 2026 o 09:40", "Aktualizované 7. októbra 2026 o 12:15"),  # Slovak
])
def test_an_update_stamp_beside_the_learnt_publication_stamp(published, updated):
    text = page().replace("07.10.2026 09:40\n", f"{published}\n{updated}\n")
    article, story = read(text)
    assert article.published is not None and article.published.iso() == "2026-10-07"
    assert article.updated is not None and article.updated.iso() == "2026-10-07"
    assert updated not in story and published not in story


def test_an_update_dated_before_the_publication_is_not_taken():
    # (A page's "modified" date older than its stamp belongs to something else on the page.)
    text = page().replace("07.10.2026 09:40\n", "Uverejnené 7. októbra 2026 o 09:40\nAktualizované 2. marca 2025 o 08:00\n")
    article, _ = read(text)
    assert article.published is not None and article.published.iso() == "2026-10-07"
    assert article.updated is None


# Class 4: a consent dialog on top of the page, in a language whose verbs the reader does not list.
def test_a_consent_dialog_on_top_of_a_page_whose_stamp_the_rules_cannot_read():
    dialog = ("Ne pasă de confidențialitatea ta\n"
              "Acest site folosește cookie-uri și tehnologii asemănătoare pentru a măsura traficul și a personaliza "
              "reclamele. Poți citi mai multe în politica noastră de confidențialitate și îți poți schimba alegerile oricând.\n"
              "Sunt de acord\nSetări\nRefuz\n")
    text = dialog + page().replace("07.10.2026 09:40\n", "Uverejnené 7. októbra 2026 o 09:40\n")
    article, story = read(text)
    assert "cookie-uri" not in story
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert story.lstrip().startswith(("A waiting hall", "The town's new ferry terminal", "VARNHOLT"))


# Class 5: stamps in shapes the stamp table did not know.
@pytest.mark.parametrize("stamp, published, updated", [
    ("Mercoledì 7 Ottobre 2026, 09:40", "2026-10-07", None),  # a weekday, and the month in title case
    ("Mercredi 7 Octobre 2026, 09:40", "2026-10-07", None),
    ("Mercoledì 7 Ottobre 2026, 09:40\naggiornato alle 12:15", "2026-10-07", "2026-10-07"),  # the update's time alone
    ("7 October 2026, 09:40, updated at 12:15", "2026-10-07", "2026-10-07"),
    ("07/10/26 09:40", "2026-10-07", None),  # a two-figure year before the time
    ("07/10/26 09:40\nDarrera actualització: 08/10/26 10:05", "2026-10-07", "2026-10-08"),  # a label the table lacks, under the stamp
])
def test_a_stamp_in_a_shape_the_table_lacked(stamp, published, updated, rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", stamp + "\n"))
    assert article.published is not None and article.published.iso() == published
    assert (article.updated.iso() if article.updated else None) == updated
    assert not any(line in story for line in stamp.splitlines())


def test_a_two_figure_year_is_quoted_as_the_page_wrote_it(rules_only):
    article, _ = read(page().replace("07.10.2026 09:40\n", "07/10/26 09:40\n"))
    notes = [note for _, note in article.uncertain + article.guesses]
    assert any("'07/10/26'" in note for note in notes), notes
    assert not any("07/10/2026" in note for note in notes)


@pytest.mark.parametrize("line", [
    "Agosto 14, 2026 Ltd, a joinery in the old town, built the railings of the walkway.",
    "Marta 12, 2026 was painted on the new ferry's bow by the school's art class.",
])
def test_a_title_case_name_that_is_also_a_month_elsewhere_is_no_date(line):
    # ("Agosto" is a name as well as the Italian and Spanish August; "Marta" a name and the Serbian
    # March's genitive: only "agosto" and "marta" as the languages write them are months.)
    assert not any(date.day for _, _, date, _ in full_dates(line))
    assert any(date.day for _, _, date, _ in full_dates(line.replace("Agosto 14, 2026", "14 agosto 2026").replace("Marta 12, 2026", "12. marta 2026")))


# Class 6: a "read also" label in capitals, with no mark before its item or with its accents dropped.
@pytest.mark.parametrize("line", [
    "LEGGI ANCHE Il porto di Varnholt raddoppia le corse invernali",
    "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέο δρομολόγιο για τα νησιά από τον Δεκέμβριο",
    "À LIRE AUSSI : Le port de Varnholt double ses rotations d'hiver",
    "LÄS OCKSÅ Hamnen i Varnholt får en ny kaj",
])
def test_a_read_also_label_in_capitals_is_a_link(line, rules_only):
    article, story = between_paragraphs(line)
    assert line.split(" ", 2)[-1][-20:] not in story
    assert [b.text for b in article.blocks if b.kind == "h"] == []


def test_capitals_that_open_a_sentence_of_the_story_stay(rules_only):
    line = "NATO ALLIES Sent their own harbour pilots to watch the first crossing, the harbour master said on Tuesday."
    article, story = between_paragraphs(line)
    assert line in story


# Class 7: the page's buttons and labels packed between the byline or stamp and the lead, in any language.
@pytest.mark.parametrize("tools", ["Partilhar\nOferecer artigo\nGuardar", "공유하기\n스크랩\n인쇄", "留言\n列印\n字級", "Abone Ol", "See Less"])
def test_buttons_between_the_stamp_and_the_lead_are_no_headings(tools, rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{tools}\n"))
    assert [b.text for b in article.blocks if b.kind == "h"] == []
    assert not any(t in story for t in tools.splitlines())


def test_a_document_s_first_heading_set_apart_over_its_first_paragraph_stays(rules_only):
    # (A brief's "Summary" with a blank line over it opens its first section: it is a heading.)
    article, story = read(page().replace("07.10.2026 09:40\n", "07.10.2026 09:40\n\nSummary\n"))
    assert [b.text for b in article.blocks if b.kind == "h"] == ["Summary"]


# Class 8: a byline's label on a line of its own over the name.
@pytest.mark.parametrize("label", ["Reporter:", "Autor:", "Texto:", "Door:"])
def test_a_byline_label_over_the_name(label, rules_only):
    text = page().replace("By Kari Nygaard\n", f"{label}\nSeán Ó Dálaigh\n")
    article, story = read(text)
    assert article.author == "Seán Ó Dálaigh"
    assert "Dálaigh" not in story and [b.text for b in article.blocks if b.kind == "h"] == []


# Class 9: more stamp shapes: a two-figure year with dashes, a full stop after the year, a caption's credit after a slash.
@pytest.mark.parametrize("stamp, published, updated", [
    ("07-10-26, 09:40\nLaatste update: 07-10-26, 12:15", "2026-10-07", "2026-10-07"),
    ("7. 10. 2026. 09:40\nАжурирано: 8. 10. 2026. 10:05", "2026-10-07", "2026-10-08"),
])
def test_more_stamp_shapes(stamp, published, updated, rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", stamp + "\n"))
    assert article.published.iso() == published and article.updated.iso() == updated
    assert not any(line in story for line in stamp.splitlines())


def test_a_caption_s_credit_after_a_slash(rules_only):
    caption = "Harbour master Liv Aasen on the new walkway on Tuesday morning / Foto: Varnholt Tidende"
    article, story = read(page(headline=f"Varnholt's new ferry terminal takes its first passengers\n{caption}"))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert caption not in story


def test_buttons_under_a_second_headline_line_are_no_headings(rules_only):
    # (A second headline line, a short quotation under the headline, is no paragraph of the story.)
    text = page().replace("By Kari Nygaard\n07.10.2026 09:40\n", "The harbour master says it was worth the wait.\n"
                          "By Kari Nygaard\n07.10.2026 09:40\nDel\nSkriv ut\nLes opp\n")
    article, story = read(text)
    assert [b.text for b in article.blocks if b.kind == "h"] == []
    assert "Skriv ut" not in story


def test_a_heading_between_rules_over_the_first_paragraph_stays(rules_only):
    rule = "=" * 40
    article, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{rule}\nThe news\n{rule}\n"))
    assert [b.text for b in article.blocks if b.kind == "h"] == ["The news"]


# Class 10: company forms in more letters and places: after the name in Cyrillic and Greek, before it in
# Lithuanian, with a registration number, with spaces, before the rights sentence.
@pytest.mark.parametrize("footer", [
    "© 2026 Varnholt Tidende д.о.о. Сва права задржана.",
    "© 2026 Varnholt Tidende ЕООД",
    "© 2026 Varnholt Tidende Α.Ε.",
    "© 2026 UAB „Varnholt Tidende“",
    "© 2026 Varnholt Tidende Sdn Bhd (123456-X)",
    "© Copyright 2026 Varnholt Tidende, s. r. o. Všetky práva vyhradené.",
])
def test_the_publisher_without_its_company_form(footer, rules_only):
    article, _ = read(page(footer=footer))
    assert article.publisher == "Varnholt Tidende"


# Fifteenth round. Class 1: a picture's credit with a label before its ©, in any language, names no publisher
# and is no part of the story; neither does a copyright notice written as a sentence. The footer's holder is the publisher.
@pytest.mark.parametrize("credit", [
    "Kuvalähde: © Varnholt Foto | Ola Dahl",  # Finnish, with the photographer after a bar
    "Fonte delle foto: © Ola Dahl",  # Italian, three words of label
    "Foto: © 2026 Ola Dahl",  # with a year
])
def test_a_labelled_picture_credit_is_not_the_publisher(credit, rules_only):
    article, story = between_paragraphs(f"The new walkway on its first morning\n{credit}")
    assert article.publisher == "Varnholt Tidende"
    assert credit not in story and BODY[1] in story
    assert "The new walkway on its first morning" not in story  # the caption over the credit


@pytest.mark.parametrize("notice", [
    "Copyright: Any copying of this page or its pictures without the written consent of the publisher is forbidden and may lead to action in court.",
    "저작권자 © 바른홀트신문 무단전재 및 재배포, AI 학습 및 활용 금지",  # Korea's notice: the holder, then the rights
])
def test_a_copyright_notice_naming_no_holder_is_not_the_publisher(notice, rules_only):
    holder = "바른홀트신문" if "바른" in notice else "Varnholt Tidende"
    article, _ = read(page(under=notice, footer=f"Copyright © 2026 {holder}. All rights reserved."))
    assert article.publisher == holder


@pytest.mark.parametrize("footer,publisher", [
    ("저작권자 © 바른홀트신문 무단전재 및 재배포 금지", "바른홀트신문"),
    ("© 2026 Varnholt Tidende sp. z o.o. Wszelkie prawa zastrzeżone.", "Varnholt Tidende"),  # the form in lower case
])
def test_more_copyright_notices_name_their_holder(footer, publisher, rules_only):
    article, _ = read(page(footer=footer))
    assert article.publisher == publisher


# Class 2: a byline's label cut short by a full stop before the name ("Oprac." is Polish for "compiled by");
# a title that belongs to the name stays.
@pytest.mark.parametrize("line,author", [
    ("Oprac. Kari Nygaard", "Kari Nygaard"),
    ("Bearb. Kari Nygaard", "Kari Nygaard"),
    ("Prof. Kari Nygaard", "Prof. Kari Nygaard"),
])
def test_a_byline_label_cut_short_before_the_name(line, author, rules_only):
    article, _ = read(page().replace("By Kari Nygaard", line))
    assert article.author == author


# Class 3: a "read also" line set in brackets or behind an arrow, whatever the brackets.
@pytest.mark.parametrize("line", [
    "(Also read: Winter timetable adds a late boat on Fridays)",
    "[Read more: Quay car park to charge for overnight stays]",
    "▶ Related: Winter timetable adds a late boat on Fridays",
    "【Read also】Winter timetable adds a late boat on Fridays",
    "〔延伸閱讀〕瓦恩霍爾特渡輪碼頭啟用",
    "▶ 관련기사 : 바른홀트 새 여객터미널 개장",
])
def test_a_read_also_line_in_brackets_is_a_link(line, rules_only):
    article, story = between_paragraphs(line)
    assert line not in story and BODY[1] in story


def test_a_remark_in_brackets_stays(rules_only):
    line = "(The terminal was paid for by the town and the county, each bearing half of the cost.)"
    article, story = between_paragraphs(line)
    assert line in story


# Class 4: the filing place on the byline's line, after the name (and the outlet), when the story names it.
@pytest.mark.parametrize("line,place", [
    ("By Kari Nygaard, Varnholt", "Varnholt"),
    ("Kari Nygaard | Varnholt", "Varnholt"),
    ("Por Kari Nygaard, Varnholt Tidende — Varnholt", "Varnholt"),
    ("By Kari Nygaard, NORDVIK", "Nordvik"),
    ("By Kari Nygaard, Harbour Reporter", None),  # a role
    ("By Kari Nygaard, Varnholt Tidende", None),  # the outlet
    ("By Kari Nygaard, Ostvik", None),  # a place the story never names
])
def test_a_filing_place_on_the_byline_line(line, place, rules_only):
    text = page().replace("VARNHOLT – The town's", "The town's").replace("By Kari Nygaard", line)
    text = text.replace(BODY[1], BODY[1] + " The boats from Varnholt and Nordvik share the berths.")
    article = parse_text_article(text)
    assert article.author == "Kari Nygaard"
    assert article.dateline == place


# Class 5: datelines in other capitals and other marks: Cyrillic and Greek capitals, a place and an agency
# in capitals between a full stop and a dash, a place in brackets opening the lead (as Quebec papers set it).
@pytest.mark.parametrize("opening,place", [
    ("ВАРНХОЛЬТ – ", "Варнхольт"),
    ("ΒΑΡΝΧΟΛΤ – ", "Βαρνχολτ"),
    ("ВАРНХОЛЬТ. ТИДЕНДЕ-ИНФОРМ — ", "Варнхольт"),
    ("(Varnholt) ", "Varnholt"),
])
def test_more_dateline_shapes(opening, place, rules_only):
    article = parse_text_article(page().replace("VARNHOLT – ", opening))
    assert article.dateline == place
    story = story_text(article)
    assert "The town's new ferry terminal" in story and opening.strip() not in story


@pytest.mark.parametrize("opening", ["(Updated) ", "(Video) ", "(Analysis) "])
def test_a_label_in_brackets_opening_the_lead_is_no_dateline(opening, rules_only):
    assert parse_text_article(page().replace("VARNHOLT – ", opening)).dateline is None


# Class 6: a consent dialog on top of a page whose headline reads as a sentence (a full stop, then a quote)
# over a standfirst in sentences: the headline is the line over the standfirst, not the dialog's title.
def test_a_consent_dialog_over_a_headline_that_reads_as_prose(rules_only):
    dialog = ("Ne pasă de confidențialitatea ta\n"
              "Acest site folosește cookie-uri și tehnologii asemănătoare pentru a măsura traficul și a personaliza "
              "reclamele. Poți citi mai multe în politica noastră de confidențialitate și îți poți schimba alegerile oricând.\n"
              "Sunt de acord\nSetări\n")
    headline = "Varnholt's new ferry terminal opens its doors. „We have waited two long years for a morning like this one”"
    standfirst = ("The hall, the walkway and the two new berths are ready after two years of work on the north quay. "
                  "The first boat of the morning left for the islands at six, with the mayor on board.")
    text = dialog + page(headline=headline).replace(
        "A waiting hall, two berths and a covered walkway after two years of building work\n", standfirst + "\n")
    article = parse_text_article(text)
    assert article.title == headline
    story = story_text(article)
    assert "cookie-uri" not in story and standfirst in story and LAST in story


# Class 7: a button's count in brackets, in any language.
@pytest.mark.parametrize("tools", ["Del\nKommenter (12)\nLagre\n", "Skomentuj (1.204)\n"])
def test_a_button_s_count_in_brackets_is_furniture(tools, rules_only):
    text = page().replace("07.10.2026 09:40\n\n", "07.10.2026 09:40\n" + tools)
    article, story = read(text)
    assert [b.text for b in article.blocks if b.kind == "h"] == []
    assert "Kommenter" not in story and "Skomentuj" not in story


# Class 8: weekdays and "yesterday" in more of the languages whose months the reader reads (Saturday
# 5 December 2026 is the stamp: "yesterday" and "on Friday" are the 4th, "on Monday" the 30th of November).
@pytest.mark.parametrize("lead, iso", [
    ("İSTANBUL – Belediye meclisi Cuma günü eski istasyonun yerine yeni tramvay deposu planını onayladı.", "2026-12-04"),
    ("GIRONA – El ple municipal va aprovar ahir el pla del nou dipòsit de tramvies a l'antiga estació.", "2026-12-04"),
    ("GIRONA – El ple municipal va aprovar dilluns el pla del nou dipòsit de tramvies a l'antiga estació.", "2026-11-30"),
    ("НОВИ САД – Градско веће је у понедељак усвојило план за ново трамвајско спремиште код старе станице.", "2026-11-30"),
    ("НОВИ САД – Градско веће је јуче усвојило план за ново трамвајско спремиште код старе станице.", "2026-12-04"),
    ("ЛЬВІВ – Міська рада у понеділок ухвалила план нового трамвайного депо на місці старої станції.", "2026-11-30"),
    ("КАЗАНЬ – Городской совет в понедельник утвердил план нового трамвайного депо на месте старой станции.", "2026-11-30"),
    ("KAUNAS – Miesto taryba pirmadienį patvirtino naujo tramvajų depo planą senosios stoties vietoje.", "2026-11-30"),
    ("KAUNAS – Miesto taryba vakar patvirtino naujo tramvajų depo planą senosios stoties vietoje.", "2026-12-04"),
    ("CLUJ – Consiliul local a aprobat marți planul noului depou de tramvaie de pe locul vechii gări.", "2026-12-01"),
])
def test_weekdays_and_yesterday_in_more_languages(lead, iso):
    text = f"Headline of the test page\n05/12/2026 10:30\n\n{lead}\n\n" + "\n\n".join(BODY) + "\n"
    article = parse_text_article(text)
    assert f"event date {iso} read here" in [note for _, note in article.guesses]


def test_months_in_romanian_are_no_monday():
    lead = "CLUJ – Consiliul local a aprobat planul noului depou, după trei luni de dezbateri în comisii."
    text = f"Headline of the test page\n05/12/2026 10:30\n\n{lead}\n\n" + "\n\n".join(BODY) + "\n"
    assert "event date 2026-11-30 read here" not in [note for _, note in parse_text_article(text).guesses]


def test_a_stamp_with_the_weekday_after_the_date_and_an_update_under_it(rules_only):
    stamp = "07 Ekim 2026 Çarşamba 09:40\nSon Güncelleme: 07 Ekim 2026 13:05"
    article, story = read(page().replace("07.10.2026 09:40\n", stamp + "\n"))
    assert article.published.iso() == "2026-10-07" and article.updated.iso() == "2026-10-07"
    assert "Güncelleme" not in story


@pytest.mark.parametrize("button", ["Abone Ol", "Subskrybuj", "Abonează-te", "Подписаться"])
def test_a_subscribe_button_under_the_stamp_is_no_byline(button, rules_only):
    article, story = read(page().replace("By Kari Nygaard\n", "").replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{button}\n"))
    assert article.author is None
    assert button not in story


# Class 9: "Advertisement" and the reading time in more of the reader's languages.
@pytest.mark.parametrize("line", ["Διαφήμιση", "Реклама", "Publicitate", "Mainos", "Время чтения: 3 минуты", "Czas czytania: 4 min",
                                  "Okuma süresi: 2 dk", "Час читання: 5 хв"])
def test_advertising_labels_and_reading_times_in_more_languages(line, rules_only):
    article, story = between_paragraphs(line)
    assert line not in story and [b.text for b in article.blocks if b.kind == "h"] == []


# Class 10: the writer's initial and surname in capitals right under the story sign it.
@pytest.mark.parametrize("signature", ["K. NYGAARD", "К. НЮГОР", "K.L. NYGAARD"])
def test_an_initial_and_surname_under_the_story_is_the_byline(signature, rules_only):
    article, story = read(page().replace("By Kari Nygaard\n", "").replace(f"{LAST}\n", f"{LAST}\n\n{signature}\n"))
    assert article.author == signature
    assert signature not in story


def test_a_heading_in_capitals_under_the_story_is_no_signature(rules_only):
    article, _ = read(page().replace("By Kari Nygaard\n", "").replace(f"{LAST}\n", f"{LAST}\n\nMORE NEWS\n"))
    assert article.author is None


# Class 11: dates in more calendars, scripts and languages: months in Albanian, Latvian (year first, "gada"),
# Azerbaijani, Armenian, Belarusian, Macedonian, Swahili, Arabic (as Egypt and the Gulf write them, and as the
# Levant does), Persian; figures in Arabic-Indic and Persian digits; Iran's Solar Hijri calendar.
@pytest.mark.parametrize("line, iso", [
    ("7 Tetor 2026, 09:40", "2026-10-07"),
    ("2026. gada 7. oktobrī, 09:40", "2026-10-07"),
    ("7 oktyabr 2026 09:40", "2026-10-07"),
    ("Հոկտեմբեր 7, 2026 09:40", "2026-10-07"),
    ("7 кастрычніка 2026, 09:40", "2026-10-07"),
    ("Среда, 7 октомври 2026", "2026-10-07"),
    ("Jumatano, 7 Oktoba 2026", "2026-10-07"),
    ("الأربعاء 7 أكتوبر 2026", "2026-10-07"),
    ("الأربعاء 7 تشرين الأول 2026 - 09:40", "2026-10-07"),
    ("الأربعاء ٧ أكتوبر ٢٠٢٦", "2026-10-07"),
    ("۷ اکتبر ۲۰۲۶", "2026-10-07"),
    ("چهارشنبه ۱۵ مهر ۱۴۰۵ - ۰۹:۴۰", "2026-10-07"),  # Solar Hijri
])
def test_dates_in_more_calendars_and_languages(line, iso):
    assert full_dates(line)[0][2].iso() == iso


@pytest.mark.parametrize("line", ["Mars 2020 landed in Jezero crater", "Maj 2026 Kari Nygaard"])
def test_capitalised_short_albanian_months_that_are_english_words_are_no_dates(line):
    assert full_dates(line) == []


@pytest.mark.parametrize("lead, iso", [
    ("TIRANË – Këshilli bashkiak miratoi të martën planin për depon e re të tramvajeve.", "2026-12-01"),
    ("RĪGA – Pilsētas dome ceturtdien apstiprināja jaunā tramvaju depo plānu.", "2026-12-03"),
    ("LJUBLJANA – Mestni svet je v petek potrdil načrt za novo tramvajsko remizo.", "2026-12-04"),
    ("МІНСК – Гарадская рада ў пятніцу зацвердзіла план новага трамвайнага дэпо.", "2026-12-04"),
    ("BAKI – Şəhər şurası dünən yeni tramvay deposunun planını təsdiqləyib.", "2026-12-04"),
])
def test_more_weekdays_and_yesterday(lead, iso):
    assert f"event date {iso} read here" in event_notes(lead, "05/12/2026 10:30")


# Class 12: an update line right under the stamp, with a label in a language the table lacks, and its own day.
@pytest.mark.parametrize("update", ["Përditësuar: 07.10.2026, 13:05", "Posodobljeno: 7. 10. 2026 | 13:05",
                                    "آخر تحديث: 13:05-07 أكتوبر 2026", "Imesasishwa: 7 Oktoba 2026"])
def test_an_update_under_the_stamp_with_a_label_the_table_lacks(update, rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{update}\n"))
    assert article.published.iso() == "2026-10-07" and article.updated.iso() == "2026-10-07"
    assert update not in story


def test_a_labelled_line_with_an_earlier_day_under_the_stamp_is_no_update(rules_only):
    article, _ = read(page().replace("07.10.2026 09:40\n", "07.10.2026 09:40\nFotografert: 02.10.2026\n"))
    assert article.updated is None


# Class 13: bylines with "by" in more languages, names in any capitals or in a script without capitals.
@pytest.mark.parametrize("line, author", [
    ("Nga Kari Nygaard", "Kari Nygaard"),  # Albanian
    ("Na Kari Nygaard", "Kari Nygaard"),  # Swahili
    ("Piše: Kari Nygaard", "Kari Nygaard"),  # Bosnian
    ("Rédigé par Kari Nygaard", "Kari Nygaard"),
    ("Texto de Kari Nygaard", "Kari Nygaard"),
    ("كتب كاري نيغارد", "كاري نيغارد"),  # Arabic: "wrote", then the name
    ("Кари Нюгор", "Кари Нюгор"),  # a bare name in Cyrillic over the stamp
    ("Կարի Նյուգոր", "Կարի Նյուգոր"),  # in Armenian
])
def test_bylines_in_more_languages_and_scripts(line, author, rules_only):
    article, story = read(page().replace("By Kari Nygaard", line))
    assert article.author == author
    assert line not in story


def test_a_sentence_in_a_script_without_capitals_after_a_byline_word_is_no_byline():
    from generator.articles.credits import byline
    assert byline("كتب الوزير في رسالته أن الضباط سيبقون") is None


# Class 14: a standfirst in sentences between the headline and the byline and date, under a consent notice.
def test_a_standfirst_in_sentences_over_the_byline_and_date(rules_only):
    standfirst = ("The hall, the walkway and the two new berths are ready after two years of work on the north quay. "
                  "The first boat of the morning left for the islands at six, with the mayor on board.")
    text = ("Ova stranica koristi kolačiće (cookies) kako bi vam omogućila bolje korisničko iskustvo.\nPrihvatam\n\n"
            + page().replace("A waiting hall, two berths and a covered walkway after two years of building work\n", f"\n{standfirst}\n\n"))
    article, story = read(text)
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert standfirst in story and "kolačiće" not in story


# Class 15: a caption closing on "Photo by Name" in the language's own words, and cookie notices in more languages.
@pytest.mark.parametrize("line", [
    "The harbour master on the new walkway on Tuesday morning. Picha na Ola Dahl",
    "The harbour master on the new walkway on Tuesday morning. Foto von Ola Dahl",
    "Kjo faqe përdor cookies për të përmirësuar përvojën tuaj.",
    "Этот сайт использует куки, чтобы сделать его удобнее.",
])
def test_more_credits_and_cookie_notices(line, rules_only):
    article, story = between_paragraphs(line)
    assert line not in story and BODY[1] in story


def test_a_swahili_stamp_with_the_hour_counted_from_dawn(rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", "Jumatano, 7 Oktoba 2026 — saa 3:40 asubuhi\n"))
    assert article.published.iso() == "2026-10-07"
    assert "asubuhi" not in story


# Class 16: the outlet's one-word name before the rights sentence, in any language; the Armenian full stop; a year
# in Persian figures or of the Solar Hijri calendar.
@pytest.mark.parametrize("footer, publisher", [
    ("© 2026 Varnholt. Haki zote zimehifadhiwa.", "Varnholt"),
    ("© 2026 Վառնհոլտ։ Բոլոր իրավունքները պաշտպանված են։", "Վառնհոլտ"),
    ("© ۱۴۰۵ Varnholt Tidende", "Varnholt Tidende"),
    ("Varnholt Tidende. Todos los derechos reservados © 2026. Editorial Varnholt, S.A.", "Varnholt Tidende"),
])
def test_more_copyright_lines_name_their_holder(footer, publisher, rules_only):
    article, _ = read(page(footer=footer))
    assert article.publisher == publisher


# Class 17: "Share", "Print", "Advertisement" and the reading time in more languages; a bare name over a Latvian stamp.
@pytest.mark.parametrize("line", ["Deli", "Сподели", "Կիսվել", "Падзяліцца", "Shiriki", "Drucken", "Artikel anhören", "REKLAMË",
                                  "TANGAZO", "Čas branja: 4 min", "Sobre el autor"])
def test_more_buttons_and_labels(line, rules_only):
    article, story = between_paragraphs(line)
    assert line not in story and [b.text for b in article.blocks if b.kind == "h"] == []


def test_a_bare_name_over_a_latvian_stamp_is_the_byline(rules_only):
    article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40\n", "Kari Nygaard\n2026. gada 7. oktobrī, 09:40\n"))
    assert article.author == "Kari Nygaard" and article.published.iso() == "2026-10-07"


# Class 18: the site's date bar over the masthead (the day the page was copied) is not the article's date.
@pytest.mark.parametrize("bar", ["Friday, December 4, 2026", "Ijumaa, 4 Desemba 2026", "04.12.2026"])
def test_the_date_bar_over_the_masthead_is_not_the_publication_date(bar, rules_only):
    article, _ = read(f"{bar}\n" + page())
    assert article.published.iso() == "2026-10-07"


# Class 19: a place in title case and a dash before the lead's first word; a place, the day, the month and the agency.
@pytest.mark.parametrize("opening, place", [("Varnholt – ", "Varnholt"), ("Varnholt, 6 oktyabr, TIDENDE-PRESS. ", "Varnholt")])
def test_more_dateline_shapes_in_title_case(opening, place, rules_only):
    article = parse_text_article(page().replace("VARNHOLT – ", opening))
    assert article.dateline == place
    assert opening.strip() not in story_text(article)


@pytest.mark.parametrize("opening", ["Japan – which has no troops in Europe – said ", "Update – "])
def test_a_name_and_a_dash_in_the_lead_s_sentence_is_no_dateline(opening, rules_only):
    assert parse_text_article(page().replace("VARNHOLT – The town's", opening + "the town's")).dateline is None


def test_an_update_row_with_its_label_and_time_before_the_date(rules_only):
    article, _ = read(page().replace("07.10.2026 09:40\n", "09:40 | 07.10.2026\nАжурирано: 11:20 | 07.10.2026\n"))
    assert article.published.iso() == "2026-10-07" and article.updated.iso() == "2026-10-07"


# Class 20: crossheads that quote a few words, and questions under a line of furniture.
@pytest.mark.parametrize("head", ["'Small boats, long winters'", "„Wir haben lange gewartet“", "«Un hall pour trois cents»"])
def test_a_quoted_crosshead_between_paragraphs(head, rules_only):
    article, _ = between_paragraphs(head)
    assert [b.text for b in article.blocks if b.kind == "h"] == [head]


def test_a_question_crosshead_under_a_read_also_link(rules_only):
    article, _ = between_paragraphs("READ MORE: Winter timetable adds a late boat on Fridays\n\n¿Qué cambia para los isleños?")
    assert [b.text for b in article.blocks if b.kind == "h"] == ["¿Qué cambia para los isleños?"]


@pytest.mark.parametrize("line", ["'We waited two years.'", "“Yes, and more boats,”"])
def test_a_quoted_reply_is_no_crosshead(line, rules_only):
    article, story = between_paragraphs(line)
    assert [b.text for b in article.blocks if b.kind == "h"] == []


@pytest.mark.parametrize("line", ["See Less", "Topics", "Link másolása", "Partilhar", "Oferecer artigo", "Compartí", "Saber más",
                                  "Weitere Informationen", "Powered by Trinity Audio"])
def test_still_more_buttons(line, rules_only):
    article, story = between_paragraphs(line)
    assert line not in story and [b.text for b in article.blocks if b.kind == "h"] == []


def test_most_read_in_swedish_opens_a_list(rules_only):
    article, story = read(page(under="Mest läst\nVinterns färjor fylls snabbt\nNy kaj byggs i norr"))
    assert "Vinterns färjor" not in story and [b.text for b in article.blocks if b.kind == "h"] == []


# Class 21: a date line whose month the reader has no word for still stands where the date line stands: the
# headline over it and the consent box over that are found by it.
@pytest.mark.parametrize("stamp", ["7 oktoobris 2026 — 09:40", "2026 m. 10 mėn. 7 d., 09:40", "7. Ōkutopa 2026, 9:40"])
def test_a_date_line_in_an_unread_language_anchors_the_headline(stamp, rules_only):
    dialog = ("Ne pasă de confidențialitatea ta\n"
              "Acest site folosește cookie-uri și tehnologii asemănătoare pentru a măsura traficul și a personaliza "
              "reclamele. Poți citi mai multe în politica noastră de confidențialitate și îți poți schimba alegerile oricând.\n"
              "Sunt de acord\nSetări\n")
    text = dialog + page().replace("By Kari Nygaard\n07.10.2026 09:40\n", f"{stamp}\n")
    article, story = read(text)
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert "cookie-uri" not in story and stamp not in story


# Class 22: dates in Galician, Haitian Creole, Tagalog, Basque (year first), Mongolian (in figures), Thai
# (the Buddhist era's year).
@pytest.mark.parametrize("line, iso", [
    ("7 de outubro de 2026", "2026-10-07"),
    ("Madi 7 oktòb 2026 — 9:40 AM", "2026-10-07"),
    ("Oktubre 7, 2026 | 9:40 AM", "2026-10-07"),
    ("2026ko urriaren 7a, 09:40", "2026-10-07"),
    ("2026 оны 10-р сарын 7, 09:40", "2026-10-07"),
    ("7 ต.ค. 2569 09:40 น.", "2026-10-07"),
    ("7 ตุลาคม 2569", "2026-10-07"),
])
def test_dates_in_still_more_languages(line, iso):
    assert full_dates(line)[0][2].iso() == iso


# Class 23: a caption's sentence closing on its picture's source in brackets, three words or more; a wire's
# bare sign-off in brackets stays with its paragraph.
def test_a_caption_closing_on_a_bracketed_source(rules_only):
    line = "The harbour master on the new walkway on Tuesday. (Kuha mula sa Varnholt Havn)"
    article, story = between_paragraphs(line)
    assert line not in story


def test_a_paragraph_closing_on_an_agency_in_brackets_stays(rules_only):
    line = "The ferry company said the new timetable would start on the first Monday of November. (Reuters)"
    article, story = between_paragraphs(line)
    assert "would start on the first Monday of November" in story


@pytest.mark.parametrize("line", ["Ni Kari Nygaard"])
def test_a_tagalog_byline(line, rules_only):
    assert read(page().replace("By Kari Nygaard", line))[0].author == "Kari Nygaard"


# Class 24: figures in any script's digits; Nepali's names for the Gregorian months; a dateline's ordinal day.
@pytest.mark.parametrize("line, iso", [("(२० नोभेम्बर २०२६) ०८:१५", "2026-11-20"), ("٢٤ نوفمبر ٢٠٢٦", "2026-11-24"),
                                       ("๗ ต.ค. ๒๕๖๙", "2026-10-07")])
def test_figures_in_any_script(line, iso):
    assert full_dates(line)[0][2].iso() == iso


def test_a_dateline_with_an_ordinal_day(rules_only):
    article = parse_text_article(page().replace("VARNHOLT – ", "VARNHOLT, 6th October 2026 (VT) – "))
    assert article.dateline == "Varnholt"


def test_a_date_bar_with_a_hyphened_weekday_names_no_place_and_a_hyphen_dateline(rules_only):
    text = "Sexta-feira, 04 de Dezembro de 2026\n" + page().replace("VARNHOLT – ", "Varnholt - ")
    article = parse_text_article(text)
    assert article.dateline == "Varnholt"


# Class 25: more of a page's furniture: a search box's label, "Email" and "Advertisement" as buttons, a view
# counter, Galician "read also", credits in a row split by a slash, the Haitian "written by".
@pytest.mark.parametrize("line", ["Buscar en Varnholt Tidende", "Correo", "Courriel", "Anuncio", "Se ha leído 2 310 veces",
                                  "Read 1,204 times", "LE TAMÉN: A nova terminal abre ás seis"])
def test_still_more_furniture(line, rules_only):
    article, story = between_paragraphs(line)
    assert line not in story and [b.text for b in article.blocks if b.kind == "h"] == []


@pytest.mark.parametrize("line", ["Texto: Kari Nygaard / Fotos: Ola Dahl", "Ekri pa Kari Nygaard"])
def test_a_credit_row_with_a_slash_and_a_haitian_byline(line, rules_only):
    article, story = read(page().replace("By Kari Nygaard\n", "").replace(f"{LAST}\n", f"{LAST}\n\n{line}\n"))
    assert article.author == "Kari Nygaard"


@pytest.mark.parametrize("lead, iso", [
    ("DAR ES SALAAM – Halmashauri ya jiji jana iliidhinisha mpango wa bohari mpya ya tramu karibu na kituo cha zamani.", "2026-12-04"),
    ("BRNO – Zastupitelé schválili plán nového depa, uvedla mluvčí Jana Nováková v pátek odpoledne.", "2026-12-04"),
])
def test_swahili_yesterday_in_lower_case_and_a_czech_name(lead, iso):
    assert f"event date {iso} read here" in event_notes(lead, "05/12/2026 10:30")


# Class 26: what ends a name on the byline line: a date after it, a role glued to a place before it, an outlet's
# initials after it; a name's own parts stay.
@pytest.mark.parametrize("line, author", [
    ("Rédigé par Kari Nygaard le Mardi 6 Octobre 2026 à 11:45", "Kari Nygaard"),
    ("By Kari Nygaard October 7, 2026 | 09:40 pm", "Kari Nygaard"),
    ("Door Noorwegen-correspondent Kari Nygaard", "Kari Nygaard"),
    ("By Kari Nygaard VT", "Kari Nygaard"),
    ("By Kari Nygaard III", "Kari Nygaard III"),
    ("By KARI NYGAARD and OLA DAHL", "KARI NYGAARD and OLA DAHL"),
])
def test_what_ends_a_name_on_the_byline_line(line, author):
    from generator.articles.credits import byline
    assert byline(line).casefold() == author.casefold()


# The sixteenth round. Class 27: the headline, repeated in a numbered "Most read" list under the story, is still
# the headline (a line that comes again further down is otherwise taken for a running header).
def test_the_headline_repeated_in_a_most_read_list_under_the_story_stays_the_headline(rules_only):
    headline = "Varnholt's new ferry terminal takes its first passengers"
    text = page(under=f"Most read\n\n1\n\nWinter storm closes the coast road\n\n2\n\n{headline}\n\n3\n\nSchool roof to be mended")
    article, story = read(text)
    assert article.title == headline


# Class 28: the link that skips to the story, in more languages, on the page's first line.
@pytest.mark.parametrize("link", ["Saltar al contenido principal", "Przejdź do treści", "İçeriğe geç", "Hoppa till innehållet",
                                  "Siirry sisältöön", "Перейти к содержимому"])
def test_a_skip_link_on_top_is_not_the_headline(link, rules_only):
    article, story = read(f"{link}\n" + page())
    assert article.title == "Varnholt's new ferry terminal takes its first passengers" and link not in story


# Class 29: advertising, tags and picture credits in more languages; a caption of a picture from the files.
@pytest.mark.parametrize("line", ["Hysbyseb", "Publicitat", "Reklam", "Etiketler: Varnholt, feribot, liman",
                                  "Schlagwörter: Varnholt, Fähre, Hafen", "Etichete: Varnholt, feribot",
                                  "The old wooden shed on the north quay before it came down. Fotoğraf: Varnholt Tidende",
                                  "The old wooden shed on the north quay before it came down. Foto/NTB",
                                  "The old wooden shed on the north quay in the winter of 2019 (Archivo)"])
def test_more_advertising_tags_and_credits(line, rules_only):
    article, story = between_paragraphs(line)
    assert line not in story and [b.text for b in article.blocks if b.kind == "h"] == []


# Class 30: a stamp's time written "a. m." (Spanish of the Americas): the line is the stamp, not a paragraph.
def test_a_stamp_with_a_spaced_a_m(rules_only):
    article, story = read(page().replace("07.10.2026 09:40", "7 de octubre de 2026, 9:40 a. m."))
    assert article.published.iso() == "2026-10-07" and "9:40" not in story


# Class 31: a copyright line without a year under a caption, the story's prose under it: the picture's credit.
def test_a_pictures_copyright_under_its_caption_ends_nothing(rules_only):
    caption = "Harbour master Liv Aasen on the new walkway on Tuesday morning."
    article, story = read(page().replace(f"{BODY[0]}\n\n", f"{BODY[0]}\n\n{caption}\n© Varnholt Harbour Authority\n\n"))
    assert BODY[1] in story and article.publisher == "Varnholt Tidende"


# Class 32: Georgian, whose letters Unicode files as small letters: a headline under the trail is no second line
# of the trail; its months and weekdays; a byline label.
def test_georgian_headline_stamp_and_byline(rules_only):
    text = ("მთავარი / რეგიონები\n"
            "ვარნჰოლტის ახალი საბორნე ტერმინალი პირველ მგზავრებს იღებს\n"
            "ავტორი: თამარ ლომიძე\n"
            "7 ოქტომბერი, 2026 09:40\n\n"
            "ვარნჰოლტი – ქალაქის ახალი საბორნე ტერმინალი სამშაბათს გაიხსნა, ორი წლის შემდეგ, რაც ძველი ფარდული "
            "ჩრდილოეთ ნავმისადგომზე დაანგრიეს და მგზავრები დროებით ავტოსადგომთან მოწყობილ ჯიხურებში გადაიყვანეს.\n\n"
            + "\n\n".join(BODY) + "\n")
    article = parse_text_article(text)
    assert article.title == "ვარნჰოლტის ახალი საბორნე ტერმინალი პირველ მგზავრებს იღებს"
    assert article.author == "თამარ ლომიძე"
    assert article.published.iso() == "2026-10-07" and article.event_date.iso() == "2026-10-06"


# Class 33: a stamp row whose second piece is a label in any language and a later stamp: the update.
@pytest.mark.parametrize("row", ["07.10.2026 09:40 | Ažurirano u: 07.10.2026 15:10",
                                 "Tuesday, 7 October 2026 - 09:40 | Imewekwa upya: 8 October 2026 - 10:00"])
def test_a_labelled_update_in_a_stamp_row(row, rules_only):
    article, story = read(page().replace("07.10.2026 09:40", row))
    assert article.published.iso() == "2026-10-07" and article.updated.iso() >= "2026-10-07" and "09:40" not in story


# Class 34: weekdays and "yesterday" in Luxembourgish and Icelandic, Somali months.
@pytest.mark.parametrize("lead, iso", [
    ("VARNHOLT – Den neien Terminal ass e Méindeg fir d'Passagéier opgaang, zwee Joer nodeems den ale Schapp ofgerappt gouf.", "2026-10-05"),
    ("VARNHOLT – Nýja ferjuhöfnin var opnuð farþegum í gær, tveimur árum eftir að gamla skýlið á norðurbryggjunni var rifið.", "2026-10-06"),
    ("VARNHOLT – Nýja ferjuhöfnin var opnuð farþegum á mánudag, tveimur árum eftir að gamla skýlið var rifið.", "2026-10-05"),
    ("VARNHOLT – Xarunta cusub ee doonyaha ayaa la furay 5 Oktoobar, laba sano kadib markii la dumiyay tii hore.", "2026-10-05"),
])
def test_luxembourgish_and_icelandic_days_and_somali_months(lead, iso):
    assert f"event date {iso} read here" in event_notes(lead, "07.10.2026 09:40")


# Class 35: a dateline of a place in any script, perhaps its day and month, the agency in brackets and a dash.
@pytest.mark.parametrize("opening, place", [("Varnholt (Tidende Wire) – ", "Varnholt"), ("Varnholt, 6 oct. (VT) – ", "Varnholt"),
                                            ("Varnholt, 6 de octubre (VT).- ", "Varnholt"), ("فارنهولت (وكالات) - ", "فارنهولت")])
def test_a_place_and_its_agency_in_brackets(opening, place, rules_only):
    article = parse_text_article(page().replace("VARNHOLT – ", opening))
    assert article.dateline == place


# Class 36: an update labelled "Modifié le" beside "Publié le"; the source's credit line under the stamp.
def test_a_french_update_label_and_a_source_line_under_the_stamp(rules_only):
    text = page().replace("07.10.2026 09:40", "Publié le 07/10/2026 à 09h40 | Modifié le 08/10/2026 à 11h05\nFuente: VT")
    article, story = read(text)
    assert article.updated.iso() == "2026-10-08" and "Fuente" not in story


# Class 37: a "Read also" link inside the story, then a heading, a colon line over a list and the story's last
# paragraphs: the story goes on under the link (in Nynorsk, and with no blank line anywhere).
def test_the_story_goes_on_under_a_read_also_link_over_a_heading_and_a_list(rules_only):
    lines = [LEAD, BODY[0], BODY[1], BODY[2], "Les òg: Winter timetable adds a late boat on Fridays",
             "What the islanders asked for", "The islanders asked the board for three things:",
             "• a late boat on Fridays", "• a shelter at the island pier", "• cheaper season tickets",
             "The harbour board said it would answer all three before the winter timetable starts.", LAST]
    text = "Varnholt's new ferry terminal takes its first passengers\nBy Kari Nygaard\n07.10.2026 09:40\n" + "\n".join(lines) + "\n"
    article, story = read(text)
    assert "would answer all three" in story and "Les òg" not in story


@pytest.mark.parametrize("line", ["Tekst og foto: Kari Nygaard", "Texte et photos: Kari Nygaard"])
def test_a_text_and_photo_credit_under_the_story_is_the_byline(line, rules_only):
    article, story = read(page().replace("By Kari Nygaard\n", "").replace(f"{LAST}\n", f"{LAST}\n\n{line}\n"))
    assert article.author == "Kari Nygaard"


# Class 38: scripts that set no space between words (Khmer here): lines are counted in words by their letters, so
# the story's paragraphs read as prose; Khmer dates, the Khmer colon after an update's label and a picture's credit.
def test_a_khmer_page(rules_only):
    sentence = "កំពង់ផែថ្មីនៅក្រុងវ៉ារនហូលបានបើកដំណើរការសម្រាប់អ្នកដំណើរ ក្រោយការសាងសង់រយៈពេលពីរឆ្នាំ"
    paragraphs = [" ".join([sentence] * k) + "។" for k in (2, 3, 4, 3)]  # (no two alike in a row: a caption's copy)
    text = ("ទំព័រដើម   ព័ត៌មានជាតិ   អន្តរជាតិ\n"
            "ស្ថានីយនាវាថ្មីរបស់ក្រុងវ៉ារនហូល ទទួលអ្នកដំណើរជាលើកដំបូង\n"
            "ដោយ៖ សុខ ដារ៉ា\n"
            "ថ្ងៃពុធ ទី៧ ខែតុលា ឆ្នាំ២០២៦ ម៉ោង ០៩:៤០\n"
            "កែប្រែចុងក្រោយ៖ ថ្ងៃពុធ ទី៧ ខែតុលា ឆ្នាំ២០២៦ ម៉ោង ១៥:១០\n"
            "អ្នកដំណើរនៅលើស្ពានថ្មី (រូបថត៖ វ៉ារនហូល)\n"
            + "\n".join(paragraphs) + "\n")
    article = parse_text_article(text)
    assert article.title == "ស្ថានីយនាវាថ្មីរបស់ក្រុងវ៉ារនហូល ទទួលអ្នកដំណើរជាលើកដំបូង"
    assert article.published.iso() == "2026-10-07" and article.updated.iso() == "2026-10-07"
    assert article.author == "សុខ ដារ៉ា"
    assert "រូបថត" not in story_text(article) and story_text(article).count(sentence) == 12


@pytest.mark.parametrize("line", ["เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"])
def test_a_thai_cookie_notice_on_top_is_not_the_headline(line, rules_only):
    article, story = read(f"{line}\n" + page())
    assert article.title == "Varnholt's new ferry terminal takes its first passengers" and line not in story


# Class 39: spans of days with "from" and "to" in more languages; "the day before yesterday"; Thai stamps with
# their labels and a Thai day and month with no year; "listopada", Polish November, and Croatian October after
# a day with a full stop.
@pytest.mark.parametrize("text, start, end", [
    ("A manobra decorreu do 5 ao 7 de outubro no porto de Varnholt.", "2026-10-05", "2026-10-07"),
    ("Ćwiczenia trwały od 5 do 7 października w porcie Varnholt.", "2026-10-05", "2026-10-07"),
    ("Навучанні прайшлі з 5 па 7 кастрычніка ў порце Варнхольт.", "2026-10-05", "2026-10-07"),
    ("De oefening liep van 5 tot 7 oktober in de haven van Varnholt.", "2026-10-05", "2026-10-07"),
])
def test_a_span_of_days_in_more_languages(text, start, end):
    from generator.dates import PartialDate
    from generator.articles.datetext import date_mentions
    found = date_mentions(text, PartialDate(2026, 10, 9))
    assert [(m.date.iso(), m.end.iso()) for m in found] == [(start, end)]


@pytest.mark.parametrize("text", ["Le maire l'a dit avant-hier au port.", "قال رئيس الميناء أول أمس إن العبارة جاهزة.",
                                  "Der Hafenmeister sagte vorgestern, die Fähre sei bereit."])
def test_the_day_before_yesterday(text):
    from generator.dates import PartialDate
    from generator.articles.datetext import date_mentions
    assert [m.date.iso() for m in date_mentions(text, PartialDate(2026, 10, 9))] == ["2026-10-07"]


def test_thai_stamp_labels_and_a_thai_day_and_month_without_a_year():
    from generator.articles.datetext import date_mentions, stamp_dates
    from generator.dates import PartialDate
    stamp = stamp_dates("เผยแพร่: 9 ต.ค. 2569 10:32 น.   ปรับปรุงล่าสุด: 9 ต.ค. 2569 14:05 น.")
    assert [(kind, date.iso()) for kind, date, _ in stamp] == [("published", "2026-10-09"), ("updated", "2026-10-09")]
    assert [m.date.iso() for m in date_mentions("เมื่อวันอังคารที่ 6 ต.ค. ที่ผ่านมา", PartialDate(2026, 10, 9))] == ["2026-10-06"]


@pytest.mark.parametrize("line, iso", [("15 listopada 2026", "2026-11-15"), ("15. listopada 2026.", "2026-10-15")])
def test_listopada_in_polish_and_croatian(line, iso):
    assert full_dates(line)[0][2].iso() == iso


# Class 40: a name, a dash and the stamp with its weekday in the nominative (Ukrainian, Russian).
@pytest.mark.parametrize("row", ["Kari Nygaard — Середа, 7 жовтня 2026, 09:40", "Kari Nygaard – среда, 7 октября 2026, 09:40"])
def test_a_name_a_dash_and_a_stamp_with_its_weekday(row, rules_only):
    article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40", row))
    assert article.author == "Kari Nygaard" and article.published.iso() == "2026-10-07"


# Class 41: more datelines: the Arabic order "Place - (Agency):", a place and a date the reader may not read
# before a dash (a Nepali month), a place in title case and a full stop; "Mrs." and "Gen." are no places.
@pytest.mark.parametrize("opening, place", [("فارنهولت - (وكالات): ", "فارنهولت"), ("वार्नहोल्ट, मंसिर ४ — ", "वार्नहोल्ट"),
                                            ("Varnholt, October 6 — ", "Varnholt"), ("Dar es Salaam. ", "Dar es Salaam")])
def test_more_datelines(opening, place, rules_only):
    article = parse_text_article(page().replace("VARNHOLT – ", opening))
    assert article.dateline == place


@pytest.mark.parametrize("opening", ["Mrs. ", "Gen. ", "Finally. "])
def test_a_title_and_a_full_stop_is_no_dateline(opening, rules_only):
    article = parse_text_article(page().replace("VARNHOLT – The", opening + "Aasen said the"))
    assert article.dateline is None


# The seventeenth round. Class 42: a weather bar (temperatures in any digits, pieces set apart) is never the
# headline, whatever the script.
@pytest.mark.parametrize("bar", ["Varnholt 7° · Nordby 5° · | · 1 € = 11,42 kr", "2026年10月7日 星期三\u3000\u3000瓦恩霍爾特 5-9°C 多雲",
                                 "فارنهولت ٧° · نوردبي ٥°"])
def test_a_weather_bar_over_the_headline(bar, rules_only):
    article, story = read(page(above=bar))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers" and bar not in story


def test_a_headline_with_a_temperature_stays_a_headline(rules_only):
    headline = "Varnholt ferry terminal opens as the fjord freezes at -12°C"
    article, story = read(page(headline=headline))
    assert article.title == headline


# Class 43: a day and month with no year is read in the year that puts it in the past, unless the day to come
# is much nearer ("29 May" in late November is the May before; "5 December" is the one to come).
@pytest.mark.parametrize("text, iso", [("announced on 29 May", "2026-05-29"), ("due on 5 December", "2026-12-05"),
                                       ("the talks on 10 January", "2027-01-10"), ("in June", "2026-06")])
def test_a_day_without_a_year_leans_to_the_past(text, iso):
    from generator.articles.datetext import date_mentions
    from generator.dates import PartialDate
    assert [m.date.iso() for m in date_mentions(text, PartialDate(2026, 11, 28))] == [iso]


# Class 44: the story's first date, months before the article, gives way to a day of the weeks just before
# further down ("Le 29 mai, Tokyo a annoncé …" then "il nous a reçus mercredi").
def test_a_stale_first_date_gives_way_to_a_recent_day(rules_only):
    lead = ("VARNHOLT – On 29 May the town council approved the new ferry terminal, two years after the old wooden "
            "shed on the north quay was pulled down and the crossings moved to a row of cabins by the car park.")
    second = ("The harbour master opened the terminal to passengers on Tuesday, and the first boat left for the islands "
              "at six in the morning with forty people on board and the mayor among them.")
    text = page().replace(LEAD, lead).replace(f"{BODY[0]}\n\n", f"{BODY[0]}\n\n{second}\n\n")
    assert "event date 2026-10-06 read here" in [note for _, note in parse_text_article(text).guesses]


# Class 45: a byline under the story ("Propos recueillis par …") ends it: an advert under it is no story.
def test_a_byline_under_the_story_ends_it(rules_only):
    ad = "Harbour Bank: pay your fares and your shopping in one tap with the HB Pay app"
    text = page().replace("By Kari Nygaard\n", "").replace(f"{LAST}\n", f"{LAST}\n\nPropos recueillis par Kari Nygaard\n\nAdvertisement\n{ad}\n")
    article, story = read(text)
    assert article.author == "Kari Nygaard" and ad not in story


# Class 46: the blind pages' languages, now tuned on: Malagasy, Tajik and Lao months, Faroese and Tajik
# weekdays, "yesterday" in Malagasy and Faroese, update labels in Faroese, Tajik, Lao and Arabic.
@pytest.mark.parametrize("line, iso", [("Alarobia 7 Oktobra 2026 | 09:40", "2026-10-07"), ("Чоршанбе, 7 октябри 2026 | 09:40", "2026-10-07"),
                                       ("7 ຕຸລາ 2026", "2026-10-07")])
def test_more_months(line, iso):
    assert full_dates(line)[0][2].iso() == iso


@pytest.mark.parametrize("lead, iso", [
    ("VARNHOLT – Nýggja ferjuhavnin varð latin upp mánadagin, tvey ár eftir at gamla skúrið á norðurbryggjuni var tikið niður.", "2026-10-05"),
    ("VARNHOLT – Nosokafana omaly ny seranan-tsambo vaovao, roa taona taorian'ny nandravana ilay trano fialofana taloha.", "2026-10-06"),
    ("VARNHOLT – Бандари нав рӯзи сешанбе барои мусофирон кушода шуд, ду сол пас аз вайрон кардани бинои кӯҳна.", "2026-10-06"),
])
def test_faroese_malagasy_and_tajik_days(lead, iso):
    assert f"event date {iso} read here" in event_notes(lead, "07.10.2026 09:40")


@pytest.mark.parametrize("row", ["7. oktober 2026 kl. 09:40 · Dagført 8. oktober 2026 kl. 08:30",
                                 "نُشر في 07/10/2026 | 09:40 ص — آخر تحديث: 08/10/2026 | 10:25 ص"])
def test_faroese_and_arabic_update_labels(row, rules_only):
    article, story = read(page().replace("07.10.2026 09:40", row))
    assert article.published.iso() == "2026-10-07" and article.updated.iso() == "2026-10-08"


# Class 47: a Chinese reporter's line ("記者 name", not "記者會…", a press conference), Chinese stamp labels, and a
# dateline in capitals with the day in figures and the agency between slashes.
@pytest.mark.parametrize("line, name", [("記者 林美華", "林美華"), ("记者：王小明", "王小明"), ("記者會上表示", None)])
def test_a_chinese_reporters_line(line, name):
    from generator.articles.credits import byline
    assert byline(line) == name


def test_chinese_stamp_labels_and_a_slashed_agency_dateline(rules_only):
    from generator.articles.datetext import stamp_dates
    row = stamp_dates("發佈時間：2026/10/07 09:40\u3000更新時間：2026/10/08 11:05")
    assert [(kind, date.iso()) for kind, date, _ in row] == [("published", "2026-10-07"), ("updated", "2026-10-08")]
    article = parse_text_article(page().replace("VARNHOLT – ", "VARNHOLT, 07.10.2026 /«Tidende»/. "))
    assert article.dateline == "Varnholt"


@pytest.mark.parametrize("opening, place", [("فارنهولت الجديدة – ", "فارنهولت الجديدة"), ("वार्नहोल्ट – ", "वार्नहोल्ट")])
def test_a_dateline_in_a_script_without_capitals(opening, place, rules_only):
    assert parse_text_article(page().replace("VARNHOLT – ", opening)).dateline == place


# Class 48: the holder in copyright lines that reserve the rights in other words: Persian, Kurdish, Khmer,
# Amharic, Nepali (with a company's form), and Chinese with the name before the mark.
@pytest.mark.parametrize("line, holder", [
    ("© ۱۴۰۵ - تمامی حقوق مادی و معنوی این سایت متعلق به فارنهولت تیدنده است.", "فارنهولت تیدنده"),
    ("هەموو مافەکان پارێزراون بۆ ڤارنهۆڵت نیوز © ٢٠٢٦", "ڤارنهۆڵت نیوز"),
    ("រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ វ៉ារនហូល © ២០២៦", "វ៉ារនហូល"),
    ("© 2019 ዓ.ም ቫርንሆልት ዜና። መብቱ በሕግ የተጠበቀ ነው።", "ቫርንሆልት ዜና"),
    ("© २०२६ वार्नहोल्ट खबर प्रा.लि. सर्वाधिकार सुरक्षित ।", "वार्नहोल्ट खबर"),
    ("瓦恩霍爾特日報 版權所有 © 2026 Varnholt Daily. All Rights Reserved.", "瓦恩霍爾特日報"),
])
def test_copyright_holders_in_more_languages(line, holder):
    from generator.articles.debris import copyright_holder
    assert copyright_holder(line) == holder


# Class 49: the label over share buttons set one to a line, in any language, is no heading.
@pytest.mark.parametrize("label", ["Chia sẻ", "Podeli", "Bahagikan"])
def test_the_label_over_share_buttons(label, rules_only):
    article, story = between_paragraphs(f"{label}\nFacebook\nX\nWhatsApp")
    assert label not in story and [b.text for b in article.blocks if b.kind == "h"] == []


# Class 50: a reader's comment under the story ("Name | stamp") is no byline when a name stands by the
# headline's date; a masthead in capitals over the date bar gives way to a name over the stamp.
def test_a_comment_under_the_story_is_no_byline(rules_only):
    text = page().replace("By Kari Nygaard\n", "Kari Nygaard\n").replace(f"{LAST}\n", f"{LAST}\n\nComments\n\nOla D. | Oct 7, 2026 10:05am\nGood news for the islands.\n")
    assert parse_text_article(text).author == "Kari Nygaard"


def test_a_masthead_in_capitals_over_the_date_bar_is_no_byline(rules_only):
    text = ("VARNHOLT MORNING TIDENDE\nWednesday, October 7, 2026\nHome   Town   Harbour\n"
            + page().replace("Varnholt Tidende\nHome   Town   Harbour   Business   Sport\n", "").replace("By Kari Nygaard\n", "Kari Nygaard\n"))
    assert parse_text_article(text).author == "Kari Nygaard"


# Class 51: an advert's copy right under its label (no blank line between) is the advert: a name, a colon or a
# dash, the offer. A heading under the label, and a paragraph under it after a blank line, stay story.
@pytest.mark.parametrize("copy", [
    "Fjordline Fibre: 500 Mbps at home for 399 kroner a month. Call 1600.",
    "Varnholt Sparebank – Fixed-rate loans for your first flat. Book a meeting online.",
    "Kaffebrenneriet Nord : two coffees for the price of one, every Friday until Christmas!",
])
def test_an_adverts_copy_under_its_label_is_furniture(copy, rules_only):
    article, story = between_paragraphs(f"Advertisement\n{copy}")
    assert copy not in story and BODY[1] in story


@pytest.mark.parametrize("line, kind", [("Two berths, one hall", "h"), (BODY[1], "p")])
def test_story_under_an_adverts_label_stays(line, kind, rules_only):
    article, story = read(page().replace(f"{BODY[0]}\n\n{BODY[1]}\n\n", f"{BODY[0]}\n\nAdvertisement\n{line}\n\n" + (f"{BODY[1]}\n\n" if kind == "h" else "")))
    assert any(b.kind == kind and b.text == line for b in article.blocks)


# Class 52: a notice of cookies with its buttons on its line is furniture in any language that writes "cookie".
# Class 53: a ticker, its label in capitals, then headlines set apart on one line, is furniture.
@pytest.mark.parametrize("line", [
    "Tiu ĉi retejo uzas cookie-ojn por doni al vi la plej bonan sperton.   Akcepti   Legi pli",
    "Sajt-la itilize cookie pou li mache pi byen. · Dakò · Plis",
    "SISTE NYTT: Ferry fares rise in January   •   Coast road shut for repairs   •   New harbour master sworn in",
    "ÚLTIMAS: Sube el pasaje del ferry | Cierran la carretera de la costa | Nuevo capitán de puerto",
])
def test_a_cookie_notice_or_a_ticker_row_is_furniture(line, rules_only):
    from generator.articles.debris import is_line_debris
    assert is_line_debris(line)
    article, story = between_paragraphs(line)
    assert line not in story
    article, story = read(page(above=line))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"


@pytest.mark.parametrize("line", ["UPDATE: The ferry runs again, the harbour master said on Tuesday.", "Note: Cookies are baked by the ferry's café every morning."])
def test_a_sentence_under_a_label_is_no_ticker_nor_cookie_notice(line):
    from generator.articles.debris import is_line_debris
    assert not is_line_debris(line)


# Class 54: a headline that ends on its quotation, over a standfirst set without a full stop, is the headline
# (not a box on top of the page).
@pytest.mark.parametrize("headline", ["Harbour master: “The walkway changes everything”", "Islanders tell the board ‘we want the late boat’"])
def test_a_headline_ending_on_its_quotation(headline):
    article, story = read(page(headline=headline))
    assert article.title == headline
    assert "A waiting hall, two berths and a covered walkway" not in [b.text for b in article.blocks if b.kind == "h"]


# Class 55: a "Related:" link inside the story, then a heading, a colon line over a list and a last sentence: the
# story goes on under the link.
def test_the_story_goes_on_under_a_related_link_with_a_list(rules_only):
    inside = ("RELATED: Coast road to close for bridge repairs in March\n\nWhat comes next\n\n"
              "The harbour board agreed on three steps for the coming winter:\n\n"
              "• a second ticket desk for the morning rush\n• heating in the covered walkway\n• longer opening hours on Fridays\n\n")
    article, story = read(page().replace(f"{LAST}\n", f"{inside}{LAST}\n"))
    assert "What comes next" in [b.text for b in article.blocks if b.kind == "h"]
    assert [len(b.items) for b in article.blocks if b.kind == "ul"] == [3]
    assert "Coast road to close" not in story


# Class 56: a byline, then the stamp in pieces of their own on its row.
def test_a_byline_then_publication_and_update_pieces(rules_only):
    article = parse_text_article(page().replace("By Kari Nygaard\n07.10.2026 09:40\n",
                                                "Written by Kari Nygaard | Posted: 7 Oct 2026 | Updated: 8 Oct 2026\n"))
    assert (article.author, article.published.iso(), article.updated.iso()) == ("Kari Nygaard", "2026-10-07", "2026-10-08")


# Class 57: a name that opens on an apostrophe before its capital (Sesotho's "'M…" names) is a name.
@pytest.mark.parametrize("line, name", [("By ’Malineo Tau", "’Malineo Tau"), ("By 'Mpho 'Mathabo Ntsane", "'Mpho 'Mathabo Ntsane"), ("By ' and more", None)])
def test_a_name_opening_on_an_apostrophe(line, name):
    from generator.articles.credits import byline
    assert byline(line) == name


# Class 58: a date on the page's top, the masthead under it, and a name by the date under the headline: the
# lower name signs the story.
def test_the_name_by_the_lower_date_signs_the_story(rules_only):
    text = ("Wednesday, 7 October 2026\nVarnholt Tidende\nThe paper of the islands\n"
            + page().replace("Varnholt Tidende\n", "", 1).replace("By Kari Nygaard\n", "Kari Nygaard\n"))
    assert parse_text_article(text).author == "Kari Nygaard"


# Class 59: a weekday after the place in a dateline is the date's ("VARNHOLT, Tuesday, 6 October –"), and a
# German weekday over a date is no place.
def test_a_weekday_after_the_datelines_place(rules_only):
    article = parse_text_article(page().replace("VARNHOLT – ", "VARNHOLT, Tuesday, 6 October – "))
    assert article.dateline == "Varnholt"
    from generator.articles.datetext import is_stamp_word
    assert is_stamp_word("Samstag") and is_stamp_word("Donnerstag")


# Class 60: a label of a word or three and a headline, on a line of its own between the story's paragraphs, is a
# link to another article in any language; a colon line that opens a list, and fields among fields, stay.
@pytest.mark.parametrize("link", ["Lees ock: Ny kai for fergene i Nordvik", "Tuh baca: Feri baharu mula belayar ke pulau", "Soma pia: Bandari ya Varnholt yafunguliwa rasmi"])
def test_a_labelled_link_between_paragraphs_is_furniture(link, rules_only):
    article, story = between_paragraphs(link)
    assert "Nordvik" not in story and "Feri baharu" not in story and "yafunguliwa" not in story
    assert BODY[1] in story and BODY[2] in story


def test_a_colon_line_over_a_list_stays(rules_only):
    article, story = between_paragraphs("Vaktmeister: tre nye ting i hallen\n• benker\n• varme\n• kafé")
    assert "tre nye ting i hallen" in story and [len(b.items) for b in article.blocks if b.kind == "ul"] == [3]


# Class 61: a dateline's country in capitals after the place, a full stop before the dash, is the place's.
def test_a_datelines_country_in_capitals(rules_only):
    article = parse_text_article(page().replace("VARNHOLT – ", "VARNHOLT, NORDLAND.- "))
    assert article.dateline == "Varnholt, Nordland"


# Class 62: the word for copyright before the mark ("Hak Cipta © 2026 Outlet"): the holder is after the mark.
@pytest.mark.parametrize("line, holder", [("Hakimiliki © 2026 Varnholt Tidende. Haki zote zimehifadhiwa.", "Varnholt Tidende"),
                                          ("Autorské právo © 2026 Varnholt Tidende", "Varnholt Tidende"),
                                          ("Varnholt Tidende © 2026", "Varnholt Tidende")])
def test_the_holder_after_the_word_for_copyright(line, holder):
    from generator.articles.debris import copyright_holder
    assert copyright_holder(line) == holder


# Class 63: a person's name on its own under the story's last paragraph signs the story (no byline above).
def test_a_name_under_the_last_paragraph_signs_the_story(rules_only):
    text = page().replace("By Kari Nygaard\n", "").replace(f"{LAST}\n", f"{LAST}\nIngrid Solheim Vik\n")
    article, story = read(text)
    assert article.author == "Ingrid Solheim Vik" and "Ingrid Solheim Vik" not in story


# Class 64: one "Read also" link set inside the story never ends it: a last sentence under it stays (a list of
# links under such a label may still end it, with a sign-up box's one sentence under them).
def test_a_last_sentence_under_an_inline_link_stays(rules_only):
    last = "The harbour board meets again on Thursday to set the winter fares."
    article, story = read(page().replace(f"{LAST}\n", f"{LAST}\n\nRead also: Coast road to close for bridge repairs in March\n{last}\n"))
    assert last in story and "Coast road to close" not in story


# Class 65: a kicker in capitals over a headline that ends on its quotation, a standfirst of sentences under it,
# then the credits and the date: the headline (not the kicker, not the masthead's tagline).
KICKED = "Liv Aasen: “Varnholt learnt that a harbour is only as good as the walk to its boats”"
KICKED_TOO = "Varnholt skipper in Wiesbaden: ‘My Japanese colleagues are the quietest hard workers I know’"


@pytest.mark.parametrize("top, headline", [
    ("Skip to content\nE-paper   |   Subscriptions   |   My account\nVARNHOLT TIDENDE\nFounded in 1921\n"
     "Home   Town   Harbour   Business   Sport   Opinion\nHarbour › Interviews\nINTERVIEW\n" + KICKED + "\n"
     "The harbour master explains why the terminal took two years to build and what the islands should expect from the winter timetable.\n"
     "Text: Kari Nygaard   |   Photos: Ola Berg\nTuesday 6 October 2026   ·   00:05 h\nShare:   Facebook   X   WhatsApp   Mail\n"
     "Liv Aasen in her office on the north quay. Photo Tidende / Ola Berg\n", KICKED),
    ("Norsk   English\nVarnholt 4°C, wind from the fjord   |   Sunset 16:17\nLog in   Subscribe   E-paper\nVARNHOLT TIDENDE\n"
     "The daily paper of the islands\nTown   Harbour   Region   World   Business   Sport   Culture   Opinion\nRegion\nINTERVIEW\n" + KICKED_TOO + "\n"
     "Captain Per Lunde (41) from the north quay has worked for a year at the NATO command that coordinates aid to Ukraine. "
     "Last night he told the rotary club about it.\n6 October 2026 06:00\nBy: Kari Nygaard\n"
     "Captain Per Lunde last night at the rotary club. Photo: Tidende/Ola Berg\n", KICKED_TOO),
])
def test_a_kicker_over_a_headline_ending_on_its_quotation(top, headline, rules_only):
    text = top + LEAD + "\n" + "\n".join(BODY) + "\n" + LAST + "\n"
    assert parse_text_article(text).title == headline


# Class 66: datelines: a place in title case, a full stop and a dash ("Varnholt.– "); a place in capitals and a
# wire's double hyphen glued to the story; a place, a day and month the reader knows, then a full stop or a dash
# set close; a possessive in a place in capitals ("ST OLAF'S" is "St Olaf's").
@pytest.mark.parametrize("opening, place", [
    ("Varnholt.– ", "Varnholt"), ("VARNHOLT--", "Varnholt"), ("Varnholt, 6 October. ", "Varnholt"),
    ("Varnholt, 06 October 2026- ", "Varnholt"), ("ST OLAF'S, NORDLAND — ", "St Olaf's, Nordland"),
])
def test_more_dateline_shapes(opening, place, rules_only):
    article = parse_text_article(page().replace("VARNHOLT – The", f"{opening}The"))
    assert article.dateline == place


def test_a_name_and_a_number_before_a_full_stop_is_no_dateline():
    from generator.articles.credits import dateline
    assert dateline("Aasen, 45 years. She said the walkway had changed the crossing for everyone who works on the islands.") is None


# Class 67: an update's label in any of its forms ("Actualizada", "zuletzt aktualisiert", "Na-update"), a Quebec
# time written "à 9 h 40": the stamp line gives the publication and the update.
@pytest.mark.parametrize("line, published, updated", [
    ("7 oct. 2026 - 09:40 h   ·   Actualizada: 8 oct. 2026 - 12:05 h", "2026-10-07", "2026-10-08"),
    ("Veröffentlicht am 07.10.2026 um 09:40 Uhr – zuletzt aktualisiert am 08.10.2026 um 12:05 Uhr", "2026-10-07", "2026-10-08"),
    ("Inilathala: Oktubre 7, 2026, 9:40 AM   |   Na-update: Oktubre 8, 2026, 12:05 PM", "2026-10-07", "2026-10-08"),
    ("Publié le 7 octobre 2026 à 9 h 40   —   Mis à jour le 8 octobre 2026 à 12 h 05", "2026-10-07", "2026-10-08"),
])
def test_an_update_label_in_any_of_its_forms(line, published, updated, rules_only):
    article, _ = read(page().replace("07.10.2026 09:40", line))
    assert (article.published.iso(), article.updated.iso()) == (published, updated)


# Class 68: Welsh dates and its "ddoe" (yesterday); Somali months in their other spelling.
@pytest.mark.parametrize("written, iso", [("7 Hydref 2026", "2026-10-07"), ("Dydd Mercher 7 Hydref 2026", "2026-10-07"),
                                          ("Khamiis 8 Oktoobbar 2026", "2026-10-08"), ("3 Diseembar 2026", "2026-12-03")])
def test_welsh_and_somali_dates(written, iso):
    assert [d.iso() for _, _, d, _ in full_dates(written)] == [iso]


def test_welsh_yesterday_dates_the_event(rules_only):
    lead = LEAD.replace("on Tuesday", "ddoe")
    article = parse_text_article(page().replace(LEAD, lead).replace("07.10.2026 09:40", "7 Hydref 2026   |   09:40"))
    assert article.published.iso() == "2026-10-07" and article.event_date.iso() == "2026-10-06"


# Class 69: bylines labelled in German, Welsh, Spanish and Portuguese, and "Por Name" before the stamp on its row.
@pytest.mark.parametrize("line", ["Autorin: Kari Nygaard", "Gan Kari Nygaard, Gohebydd Harbwr", "Entrevista de Kari Nygaard   ·   Fotografia de Ola Berg"])
def test_more_byline_labels(line, rules_only):
    article, story = read(page().replace("By Kari Nygaard", line))
    assert article.author == "Kari Nygaard" and "Nygaard" not in story


def test_a_labelled_name_before_the_stamp_on_its_row(rules_only):
    article, _ = read(page().replace("By Kari Nygaard\n07.10.2026 09:40", "Por Kari Nygaard   |   7 de outubro de 2026, 09:40"))
    assert article.author == "Kari Nygaard" and article.published.iso() == "2026-10-07"


# Class 70: the publisher: a copyright holder with its place after a comma, under the masthead of its name; a
# sentence saying who publishes the outlet (with or without the notice naming it again); a masthead in capitals
# under a language switch, written in lower case in the footer.
@pytest.mark.parametrize("top, footer", [
    ("VARNHOLT TIDENDE", "© 2026 Varnholt Tidende, Varnholt, Nordland"),
    ("Varnholt Tidende", "Varnholt Tidende is published by Fjord Media AS in Varnholt, Nordland. © 2026 All rights reserved."),
    ("Varnholt Tidende", "We thank the readers who sent pictures.\nVarnholt Tidende is published by Fjord Media AS, Varnholt. © 2026 Varnholt Tidende"),
    ("Norsk   |   English\nVARNHOLT TIDENDE", "Varnholt Tidende – Fjord Media AS – org. nr. 912 345 678"),
])
def test_the_publisher_named_without_its_place_or_its_owner(top, footer, rules_only):
    article, _ = read(page(footer=footer).replace("Varnholt Tidende\n", top + "\n", 1))
    assert article.publisher == "Varnholt Tidende"


# Class 71: a crosshead of a label, a colon and a headline, the label taken up by the paragraph under it
# ("Harbour master: …" over "…, the harbour master said …"): a heading, no link to another article.
def test_a_labelled_crosshead_the_paragraph_takes_up(rules_only):
    head = "Harbour master: the berths come first"
    text = page().replace(f"\n\n{BODY[1]}", f"\n\n{head}\n\n{BODY[1]}")
    article, _ = read(text)
    assert [b.text for b in article.blocks if b.kind == "h"] == [head]


# Class 72: a date of history first ("the storm of February 1953"), the news "last month": the month is the event's.
def test_last_month_over_a_date_of_history(rules_only):
    lead = ("VARNHOLT – The storm of February 1953 is still remembered on the north quay, and it was remembered again "
            "last month, when the new ferry terminal opened to passengers two years after the old shed was pulled down.")
    article = parse_text_article(page().replace(LEAD, lead))
    assert article.event_date.iso() == "2026-09"


# Class 73: an interview's questions, one of them too long for a crosshead, are no headings (an explainer's short
# questions stay headings).
def test_an_interviews_questions_are_no_headings(rules_only):
    qa = ("Why did the town build a hall for three hundred people when the morning boat carries half that number?\n\n"
          + BODY[1] + "\n\nAnd the walkway?\n\n" + BODY[2])
    article, story = read(page().replace(f"{BODY[1]}\n\n{BODY[2]}", qa))
    assert [b for b in article.blocks if b.kind == "h"] == [] and "And the walkway?" in story


def test_an_explainers_short_questions_stay_headings(rules_only):
    qa = "What is the terminal?\n\n" + BODY[1] + "\n\nWho uses the walkway?\n\n" + BODY[2]
    article, _ = read(page().replace(f"{BODY[1]}\n\n{BODY[2]}", qa))
    assert [b.text for b in article.blocks if b.kind == "h"] == ["What is the terminal?", "Who uses the walkway?"]


# Class 74: the readers' comments opened by their word and count in another language ("Reacties (3)") or by "Have
# your say": none of it is story. The same count among the share buttons over the story ends nothing.
@pytest.mark.parametrize("head", ["Reacties (3)", "Kommentit (2)", "Have your say"])
def test_comments_under_the_story_in_more_languages(head, rules_only):
    comment = "Good piece, but the car park was full again this morning and nobody said a word about it."
    article, story = read(page(under=f"{head}\nIngrid Vik, Varnholt   7 October 2026 18:02\n{comment}\nReply"))
    assert comment not in story and head not in story and not [b for b in article.blocks if b.kind == "h"]


def test_a_comment_count_among_the_share_buttons_ends_nothing(rules_only):
    article, story = read(page(above="").replace("07.10.2026 09:40\n", "07.10.2026 09:40\nShare\nFacebook\nX\nKommentit (214)\n"))
    assert all(text in story for text in BODY) and "Kommentit" not in story


# Class 75: a caption whose photographer's name follows in capitals ("… on the quay. OLA BERG"): no story.
def test_a_caption_ending_on_its_photographers_name_in_capitals(rules_only):
    caption = "Liv Aasen on the north quay after the first crossing of the morning. OLA BERG"
    article, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{caption}\n"))
    assert caption not in story and "OLA BERG" not in story


# Class 76: datelines of a place of five capitals and a full stop ("BREST. "), or a shorter one with its
# province in brackets ("UTA (CAGLIARI). ").
@pytest.mark.parametrize("opening, place", [("HAMAR. ", "Hamar"), ("VIK (SOGN). ", "Vik (Sogn)")])
def test_a_place_in_capitals_and_a_full_stop(opening, place, rules_only):
    assert parse_text_article(page().replace("VARNHOLT – The", f"{opening}The")).dateline == place


# Class 77: a span whose first day is set with a full stop, "25.–27. marraskuuta", "vom 25. bis 27. November".
@pytest.mark.parametrize("span", ["25.–27. marraskuuta", "vom 25. bis 27. November"])
def test_a_span_whose_first_day_has_its_full_stop(span):
    from generator.articles.datetext import PartialDate, date_mentions
    [mention] = date_mentions(f"Der Besuch {span} war kurz.", PartialDate(2026, 11, 30), 1)
    assert (mention.date.iso(), mention.end.iso()) == ("2026-11-25", "2026-11-27")


# Class 78: the newsroom or the site's account credited, no person ("Par La Rédaction", "Publié par : Admin
# Varnholt", "a cura della Redazione"); "oprac." and "a cura di" name a person.
@pytest.mark.parametrize("line, author", [("Par La Rédaction", None), ("Publié par : Admin Varnholt", None), ("a cura della Redazione", None),
                                          ("oprac. Kari Nygaard", "Kari Nygaard"), ("A cura di Kari Nygaard", "Kari Nygaard")])
def test_the_newsroom_or_an_account_is_no_author(line, author, rules_only):
    article, story = read(page().replace("By Kari Nygaard", line))
    assert article.author == author and line not in story


# Class 79: a view counter of a word or two and a count without separators ("Affichages : 1318", "عدد القراءات: 356"),
# and a stamp whose zone is written in words in brackets after its time.
@pytest.mark.parametrize("counter", ["Affichages : 1318", "عدد القراءات: 356"])
def test_a_view_counter_by_the_stamp(counter, rules_only):
    _, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{counter}\n"))
    assert counter not in story


@pytest.mark.parametrize("line", ["Published 7 October 2026, 09:40 (Varnholt time)", "نُشر بتاريخ: 07/10/2026 - 09:40 (بتوقيت فارنهولت)"])
def test_a_stamps_zone_in_words(line, rules_only):
    article, story = read(page().replace("07.10.2026 09:40", line))
    assert article.published.iso() == "2026-10-07" and "09:40" not in story


# Class 80: a caption over its picture's credit ("Foto: Name/Agency", "Photo : Agency") right over the story: no
# story. (A short last sentence of a paragraph over an uncaptioned picture's credit stays.)
@pytest.mark.parametrize("credit", ["Foto: Ola Berg/Fjordbyrået", "Photo : Fjord Agency", "Photos by Ola Berg"])
def test_a_caption_over_its_credit_over_the_story(credit, rules_only):
    caption = "The new waiting hall on the north quay on the morning it opened."
    article, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n\n{caption}\n{credit}\n"))
    assert caption not in story and credit not in story


def test_a_short_paragraph_over_a_picture_credit_inside_the_story_stays(rules_only):
    short = "The harbour board said the fares would not change this year."
    _, story = read(page().replace(f"{BODY[1]}\n", f"{BODY[1]}\n\n{short}\nPhoto : Fjord Agency\n"))
    assert short in story


# Class 81: German joins the time of day to the weekday ("am Mittwochabend", "Dienstagmorgen"): the day it names.
@pytest.mark.parametrize("written, day", [("am Mittwochabend", 7), ("am Dienstagmorgen", 6), ("am Freitagnachmittag", 2)])
def test_a_german_weekday_with_its_time_of_day(written, day):
    from generator.articles.datetext import PartialDate, date_mentions
    [mention] = date_mentions(f"Der Saal war {written} voll.", PartialDate(2026, 10, 7), 1)
    assert mention.date == PartialDate(2026, 10, day)


# Class 82: "in" a month in the other European languages ("em novembro", "au mois de novembre", "Durante o mês de
# novembro") is a month of the story; a later month than the article's own is a plan, not the event.
@pytest.mark.parametrize("written", ["em setembro", "au mois de septembre", "Durante o mês de setembro", "im September", "en septiembre"])
def test_in_a_month_in_more_languages(written):
    from generator.articles.datetext import PartialDate, date_mentions
    [mention] = date_mentions(f"{written} o cais abriu.", PartialDate(2026, 10, 7), 1)
    assert mention.date == PartialDate(2026, 9)


def test_a_later_month_is_no_event(rules_only):
    lead = LEAD.replace("opened to passengers on Tuesday", "will open to passengers in December")
    text = page().replace(LEAD, lead).replace(LAST, "The old cabins will be taken away once the hall is open.")
    article = parse_text_article(text)
    assert article.event_date is None and article.published.iso() == "2026-10-07"  # (the event is then dated by its stamp)


# Class 83: a dateline's place keeps no full stop set before its dash ("SANTO DOMINGO.– ", "HAMAR, Innlandet.- "),
# an abbreviation keeps its own ("Tacoma, Wash."); a dateline under two caption lines over the lead (the third paragraph).
@pytest.mark.parametrize("opening, place", [("VARNHOLT SENTRUM.– ", "Varnholt Sentrum"), ("HAMAR, Innlandet.- ", "Hamar, Innlandet"),
                                            ("TACOMA, Wash. — ", "Tacoma, Wash.")])
def test_a_datelines_full_stop_before_its_dash(opening, place, rules_only):
    assert parse_text_article(page().replace("VARNHOLT – The", f"{opening}The")).dateline == place


def test_a_dateline_under_a_caption(rules_only):
    caption = "Harbour master Liv Aasen (left) and the mayor on the north quay on Tuesday.\nThe first passengers board the morning boat."
    article = parse_text_article(page().replace(f"\n{LEAD}", f"\n{caption}\n{LEAD}"))
    assert article.dateline == "Varnholt"


# Twenty-first round: pages in scripts without capitals (tuned on holdout61/62, the twentieth round's blind sets).
# A Japanese page of the test town, written for these tests: furniture above, a headline ending on a quotation,
# a stamp with its update in brackets, a caption with the photographer in brackets, the writer's desk below.
JA_LEAD = "ヴァルンホルト港の新しいフェリーターミナルが7日開業し、初日の利用者は約千人に上った。待合室と二つの桟橋、屋根付きの通路を備える。"
JA_LAST = "旧待合室は年内に撤去される予定だ。"


def ja_page(stamp: str = "2026年10月7日 18:20（10月8日 8:45更新）", caption: str = "新しい待合室で出航を待つ乗客ら＝7日午前、北港（佐伯綾撮影）",
            headline: str = "新フェリーターミナルが開業　市長「港の玄関口が生まれ変わった」") -> str:
    return f"""本文へ移動
日本語   |   English
2026年10月8日（木）   ヴァルンホルト 12℃ 晴れ   ｜   北港 10℃
ヴァルンホルト日報
港町の今を伝える
トップ   港   まち   経済   スポーツ
トップ > 港 > まちづくり
{headline}
{stamp}
Xでポスト   LINEで送る   URLをコピー
{caption}
{JA_LEAD}
港湾局によると、朝の一番便から満席が続いた。市長は式典で「港の玄関口が生まれ変わった」と述べた。
運賃は据え置き
港湾局は、今年度の運賃を据え置く方針を示した。冬ダイヤでは金曜夜の便を1便増やす。
{JA_LAST}
（港湾担当　佐伯綾）
関連記事
冬ダイヤ、金曜に夜の便を追加（10月5日 20:15）
© 2026 ヴァルンホルト日報　記事・写真の無断転載を禁じます
"""


def ja_read(text: str):
    article = parse_text_article(text)
    story = story_text(article)
    assert JA_LEAD in story and JA_LAST in story, "the story itself must stay whole"
    return article, story


# Class 84: a headline in kanji and kana ending on its quotation ("市長「…」") is no sentence: a sentence of prose
# holds its "。" (the date bar and the tagline above it are not the headline).
@pytest.mark.parametrize("headline", ["新フェリーターミナルが開業　市長「港の玄関口が生まれ変わった」", "新碼頭啟用　市長：「港口的大門煥然一新」"])
def test_a_headline_ending_on_its_quotation(headline, rules_only):
    article, story = ja_read(ja_page(headline=headline))
    assert article.title == headline and "港町の今を伝える" not in story


# Class 85: a stamp with its update in brackets, the update's day without its year and its label after it
# ("2026年10月7日 18:20（10月8日 8:45更新）"): published on the first day, updated on the second, in the stamp's
# year (or the next, over New Year).
@pytest.mark.parametrize("stamp, published, updated", [
    ("2026年10月7日 18:20（10月8日 8:45更新）", "2026-10-07", "2026-10-08"),
    ("2026年12月31日 22:05（1月1日 7:30更新）", "2026-12-31", "2027-01-01"),
])
def test_a_stamp_with_its_update_in_brackets(stamp, published, updated, rules_only):
    article, story = ja_read(ja_page(stamp=stamp))
    assert (article.published.iso(), article.updated.iso()) == (published, updated) and stamp not in story


# Class 86: a caption closing on its photographer in brackets ("（記者王小明攝）", "（佐伯綾撮影）"), or on a labelled
# credit after a script's own full stop ("। ছবি: …", "။ ဓာတ်ပုံ - …"): furniture, not the headline, not story.
@pytest.mark.parametrize("caption", [
    "新しい待合室で出航を待つ乗客ら＝7日午前、北港（佐伯綾撮影）",
    "新碼頭今天啟用，旅客在候船室排隊上船。（記者王小明攝）",
    "ভারনহল্টের নতুন টার্মিনালে প্রথম দিনের যাত্রীরা। ছবি: রাকিব হাসান",
    "ဗားနှော့ဆိပ်ကမ်း ခရီးသည်ဆောင်အသစ်တွင် ခရီးသည်များ။ ဓာတ်ပုံ - မောင်မောင်",
])
def test_a_caption_credited_in_its_own_script(caption, rules_only):
    article, story = ja_read(ja_page(caption=caption))
    assert caption not in story and article.title == "新フェリーターミナルが開業　市長「港の玄関口が生まれ変わった」"


def test_a_labelled_sentence_after_a_full_stop_of_its_script_stays():
    # (A speaker's words after a sentence, in Bengali: "He said: we are glad" is no credit.)
    from generator.articles.debris import is_line_debris
    assert not is_line_debris("নতুন টার্মিনাল খুলেছে। তিনি বলেন: আমরা খুশি")


# Class 87: stamps in Urdu, Bengali and Burmese: their months, the script's figures, a label whose letters carry
# vowel signs ("প্রকাশ:", "আপডেট:"), a time set "০৯: ৪০", the era's mark after the year ("2026ء"), Burmese's
# year, month and day each with its word ("၂၀၂၆ ခုနှစ်၊ အောက်တိုဘာလ ၇ ရက်").
@pytest.mark.parametrize("stamp, published", [
    ("প্রকাশ: ০৭ অক্টোবর ২০২৬, ০৯: ৪০", "2026-10-07"),
    ("شائع شدہ: 7 اکتوبر 2026ء   |   09:40", "2026-10-07"),
    ("၂၀၂၆ ခုနှစ်၊ အောက်တိုဘာလ ၇ ရက်၊ နံနက် ၉:၄၀", "2026-10-07"),
])
def test_a_stamp_in_urdu_bengali_or_burmese(stamp, published, rules_only):
    article, story = read(page().replace("07.10.2026 09:40", stamp))
    assert article.published.iso() == published and stamp.split()[0] not in story


def test_a_bengali_update_under_the_stamp(rules_only):
    article, story = read(page().replace("07.10.2026 09:40", "প্রকাশ: ০৭ অক্টোবর ২০২৬, ০৯: ৪০\nআপডেট: ০৮ অক্টোবর ২০২৬, ১১: ০৫"))
    assert (article.published.iso(), article.updated.iso()) == ("2026-10-07", "2026-10-08")


# Class 88: a ticker in a script without capitals, its label and a colon over pieces set apart by "●" or wide gaps:
# furniture above the headline.
def test_a_ticker_labelled_in_a_script_without_capitals(rules_only):
    ticker = "শিরোনাম:  ফেরির নতুন সময়সূচি ঘোষণা  ●  উত্তর জেটিতে সংস্কার শুরু"
    article, story = read(page(above=ticker))
    assert ticker not in story and article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 89: the writer's desk and name in brackets on a line under a Japanese story ("（港湾担当　佐伯綾）"): the byline,
# and the story's end; a Taiwanese paper's reporter and place before the lead ("〔記者王小明／北港報導〕"): byline and dateline.
def test_a_japanese_desk_and_writer_under_the_story(rules_only):
    article, story = ja_read(ja_page())
    assert article.author == "佐伯綾" and "港湾担当" not in story


def test_an_agencys_bare_sign_off_in_brackets_is_no_writer(rules_only):
    article, story = ja_read(ja_page().replace("（港湾担当　佐伯綾）", "（共同）"))
    assert article.author is None


def test_a_taiwanese_reporter_and_place_before_the_lead(rules_only):
    lead = "〔記者王小明／北港報導〕新碼頭今天啟用，首日約有一千名旅客搭船，候船室與兩座浮動碼頭都已開放使用。"
    text = ja_page().replace(JA_LEAD, lead + "\n" + JA_LEAD).replace("（港湾担当　佐伯綾）\n", "")
    article, story = ja_read(text)
    assert (article.author, article.dateline) == ("王小明", "北港") and "〔記者" not in story


# Class 90: a crosshead in kanji and kana ending on its quotation, with or without a paper's "■" before it, is a heading.
@pytest.mark.parametrize("crosshead, heading", [("市長「港の玄関口」", "市長「港の玄関口」"), ("■「運賃は据え置き」", "「運賃は据え置き」")])
def test_a_crosshead_ending_on_its_quotation(crosshead, heading, rules_only):
    article, _ = ja_read(ja_page().replace("\n運賃は据え置き\n", f"\n{crosshead}\n"))
    assert [b.text for b in article.blocks if b.kind == "h"] == [heading]


# Class 91: a line ending on a script's own full stop ("।", "။", "۔") is a sentence, no heading; a copyright line's
# holder ends at such a stop, and before its place after Arabic script's comma when the page sets the name alone.
def test_a_line_ending_on_a_scripts_full_stop_is_no_heading(rules_only):
    line = "প্রশ্ন। নতুন টার্মিনাল কবে খুলবে।"
    article, story = between_paragraphs(line)
    assert line in story and [b.text for b in article.blocks if b.kind == "h"] == []


@pytest.mark.parametrize("footer, publisher", [
    ("© 2026 ভারনহল্ট বার্তা। সর্বস্বত্ব সংরক্ষিত", "ভারনহল্ট বার্তা"),
    ("© 2026 ဗားနှော့ သတင်း။ မူပိုင်ခွင့် ရယူထားသည်။", "ဗားနှော့ သတင်း"),
])
def test_a_copyright_holder_ends_at_its_scripts_full_stop(footer, publisher, rules_only):
    article, _ = read(page(footer=footer))
    assert article.publisher == publisher


def test_a_copyright_holders_place_after_an_arabic_comma(rules_only):
    text = page(footer="© 2026 روزنامہ ورن ہولٹ، ورن ہولٹ۔ جملہ حقوق محفوظ ہیں۔").replace("Varnholt Tidende\n", "روزنامہ ورن ہولٹ\n", 1)
    article, _ = read(text)
    assert article.publisher == "روزنامہ ورن ہولٹ"


# Class 92: a headline that quotes a speaker after a label and a colon ("… — ელჩი: „…“") is no caption's credit:
# the words in quotes are a quotation, however they are cased.
def test_a_headline_quoting_a_speaker_after_a_label_is_no_credit(rules_only):
    headline = "ვარნჰოლტის ნავსადგურში ახალი ტერმინალი გაიხსნა — მერი: „ეს ქალაქის ახალი კარიბჭეა“"
    article, story = read(page(headline=headline))
    assert article.title == headline


# Class 93: a name and its role in title case after a comma ("Name, Local Journalism Initiative Reporter"), or a
# name with a star calling the note on the writer ("Name*"), beside the date: the byline, not the headline.
@pytest.mark.parametrize("line", ["Kari Nygaard, Local News Initiative Reporter", "Kari Nygaard*"])
def test_a_byline_with_its_titled_role_or_its_star(line, rules_only):
    article, story = read(page().replace("By Kari Nygaard\n", f"{line}\n"))
    assert article.author == "Kari Nygaard" and article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert line not in story


# Class 94: the note on who pays for the reporting ("X's reporting is funded by … through …") is no story.
def test_a_note_on_who_funds_the_reporting(rules_only):
    note = "Kari Nygaard's reporting is funded by the Varnholt Press Trust through its local news programme."
    _, story = read(page(under=note))
    assert note not in story


# Class 95: time zones of North America, the Pacific, Oceania, Africa and Asia after a stamp's time ("4:40 p.m. HST").
@pytest.mark.parametrize("stamp", ["Oct. 7, 2026, 9:40 a.m. HST   |   Updated Oct. 8, 2026, 4:40 p.m. HST", "07.10.2026 09:40 NZDT | Updated 08.10.2026 10:05 NZDT"])
def test_a_stamp_in_more_time_zones(stamp, rules_only):
    article, story = read(page().replace("07.10.2026 09:40", stamp))
    assert (article.published.iso(), article.updated.iso()) == ("2026-10-07", "2026-10-08")


# Class 96: "Join the conversation" right under the byline and date, over the story: a link down to the comments,
# not their start (the story under it stays).
def test_a_link_to_the_comments_by_the_date_ends_nothing(rules_only):
    standfirst = "The harbour master told the first passengers the hall had been worth the two years of waiting."
    text = page().replace("A waiting hall, two berths and a covered walkway after two years of building work", standfirst)
    _, story = read(text.replace("07.10.2026 09:40\n", "07.10.2026 09:40\nJoin the conversation\n"))
    assert "Join the conversation" not in story


# Class 97: two days a few apart joined by "and" before their month ("nos dias 12 e 13 de outubro", "les 2 et 3
# décembre", "el miércoles 14 y el jueves 15 de octubre", "am 14. und 15. Oktober"): a happening over those days;
# days more than six apart ("on 1 and 9 October") are two happenings, no span.
@pytest.mark.parametrize("written, end", [("nos dias 6 e 7 de outubro", "2026-10-07"), ("les 6 et 7 octobre 2026", "2026-10-07"),
                                          ("el martes 6 y el miércoles 7 de octubre", "2026-10-07"), ("am 6. und 7. Oktober", "2026-10-07"),
                                          ("on 6 and 7 October", "2026-10-07"), ("on 1 and 9 October", None)])
def test_two_days_joined_by_and(written, end, rules_only):
    lead = LEAD.replace("opened to passengers on Tuesday", f"held its opening days {written}")
    article = parse_text_article(page().replace(LEAD, lead))
    assert (article.event.end.iso() if article.event.end else None) == end


# Class 98: a stamp under a label of one word the table lacks, without a colon ("Uverejnené 25. septembra 2026 o
# 06:30", "Aktualizované …"), under a consent box whose prose stands on top of the page: the stamp, its label's
# stem telling the update; and the name over its role over it is then the byline.
def test_a_stamp_under_a_one_word_label_without_a_colon(rules_only):
    box = "Na tejto stránke používame súbory na meranie návštevnosti a na prispôsobenie obsahu, ak s tým súhlasíte.\nSúhlasím\nOdmietnuť\n"
    stamp = "Kari Nygaard\nharbour reporter\nUverejnené 7. októbra 2026 o 09:40\nAktualizované 8. októbra 2026 o 10:05"
    text = box + page().replace("By Kari Nygaard\n07.10.2026 09:40", stamp)
    article, story = read(text)
    assert (article.published.iso(), article.updated.iso(), article.author) == ("2026-10-07", "2026-10-08", "Kari Nygaard")
    assert "Uverejnené" not in story and "harbour reporter" not in story


# Class 99: the newsroom credited is no author, whoever reads the byline line (the rules or the learnt line model).
@pytest.mark.parametrize("line", ["Par La Rédaction", "Por La Redacción"])
def test_the_newsroom_is_no_author_to_the_line_model_either(line):
    text = page().replace("By Kari Nygaard\n07.10.2026 09:40", f"{line}\nPublié le : 07/10/2026 – 09:40   |   Modifié le : 07/10/2026 – 16:40")
    article, _ = read(text)
    assert article.author is None


# Class 100: a dateline whose date has its article or its "de" ("VARNHOLT, le 7 octobre 2026 –", "VARNHOLT, el 7 de
# octubre de 2026 –"): the place, and the date of filing, no event (the story's own day is the event).
@pytest.mark.parametrize("opening", ["VARNHOLT, le 7 octobre 2026 – The", "VARNHOLT, el 7 de octubre de 2026 – The"])
def test_a_datelines_date_with_its_article(opening, rules_only):
    article = parse_text_article(page().replace("VARNHOLT – The", opening))
    assert article.dateline == "Varnholt" and article.event_date.iso() == "2026-10-06"


# Class 101: figures of a date beside a time zone of the United States run month, day, year ("10/7/2026 9:40 AM
# EDT" is 7 October); without the zone, or where the first figure cannot be a month, day first as before.
@pytest.mark.parametrize("stamp, published", [("Published: 10/7/2026 9:40 AM EDT", "2026-10-07"), ("Published: 7/10/2026 9:40", "2026-10-07"),
                                              ("Published: 25/10/2026 9:40 EDT", "2026-10-25")])
def test_figures_beside_a_us_time_zone_run_month_first(stamp, published, rules_only):
    article, _ = read(page().replace("07.10.2026 09:40", stamp))
    assert article.published.iso() == published


# Class 102: "today" in the other languages ("hoje", "hoy", "heute", "сегодня"): the article's own day, as "today" is.
@pytest.mark.parametrize("written", ["hoje", "hoy", "heute", "сегодня", "aujourd'hui"])
def test_today_in_more_languages(written):
    from generator.articles.datetext import PartialDate, date_mentions
    [mention] = date_mentions(f"O cais abriu {written} às nove.", PartialDate(2026, 10, 7), 1)
    assert mention.date == PartialDate(2026, 10, 7)


# Class 103: a list of links set inside the story ("Read also" over two headlines) that runs straight into a crosshead
# over a long paragraph: the list ends there, the crosshead heads the story's next section.
def test_a_crosshead_right_under_a_list_of_links(rules_only):
    links = "Read also\nWinter timetable adds a late boat on Fridays\nQuay car park to charge for overnight stays\nThe walkway"
    article, story = read(page().replace(f"{BODY[0]}\n\n", f"{BODY[0]}\n\n{links}\n"))
    assert [b.text for b in article.blocks if b.kind == "h"] == ["The walkway"] and "Quay car park" not in story


# Class 104: Arabic papers set the dateline's dash as a hyphen ("فارنهولت - افتتحت …"); their rights line joins "reserved
# to" to the holder ("محفوظة لصحيفة فارنهولت"): the holder is the name the page sets alone.
def test_an_arabic_dateline_with_a_hyphen(rules_only):
    lead = "فارنهولت - افتتحت المدينة يوم الثلاثاء محطة العبارات الجديدة بعد عامين من أعمال البناء على الرصيف الشمالي للميناء."
    article = parse_text_article(page().replace(LEAD, lead + "\n\n" + LEAD))
    assert article.dateline == "فارنهولت"


@pytest.mark.parametrize("holder", ["لصحيفة فارنهولت", "لـ صحيفة فارنهولت"])
def test_an_arabic_rights_line_joins_reserved_to_the_holder(holder, rules_only):
    text = page(footer=f"© 2026 جميع الحقوق محفوظة {holder}").replace("Varnholt Tidende\n", "صحيفة فارنهولت\n", 1)
    article, _ = read(text)
    assert article.publisher == "صحيفة فارنهولت"


# Class 105: a caption that says where its people stand in the picture ("Harbour master Liv Aasen (left) and …",
# "The mayor, centre, cuts …", "(au centre)"), with no credit: furniture; a story's paragraph says no such thing.
@pytest.mark.parametrize("caption", ["Harbour master Liv Aasen (left) and the mayor on the north quay on Tuesday.",
                                     "Mayor Eirik Dahl, centre, cuts the ribbon at the new berth on Tuesday morning.",
                                     "La capitaine du port Liv Aasen (au centre) sur le nouveau quai mardi."])
def test_a_caption_placing_its_people(caption, rules_only):
    _, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{caption}\n"))
    assert caption not in story


def test_a_chinese_last_update_label(rules_only):
    # (Class 85's kin: "最後更新" / "最后更新", "last updated" in Chinese, beside the publication label.)
    article, _ = ja_read(ja_page(stamp="發佈時間：2026/10/07 18:20   最後更新：2026/10/08 08:45"))
    assert (article.published.iso(), article.updated.iso()) == ("2026-10-07", "2026-10-08")


# Class 106: an advert's label with the advertiser's legal disclosure on its line ("Реклама. ООО «…», ИНН 1655123456.
# erid: …"), the advert's copy right under it: neither is story.
def test_an_advert_label_with_its_legal_disclosure(rules_only):
    advert = "Реклама. ООО «Варнхольт-Маркет», ИНН 7712345678. erid: 4Xyz9Qw\nFjord Bakery — fresh rolls to the quay before the first boat."
    _, story = between_paragraphs(advert)
    assert "ИНН" not in story and "Fjord Bakery" not in story


# Twenty-second round (tuned on holdout63, holdout65, holdout67, holdout69 and holdout70, the twenty-first's blind sets).
# Class 107: Catalan elides "de" before a month that opens with a vowel ("23 d'octubre de 2026"); stamp words of Italian
# ("ore 18:05"), Norwegian ("Sist oppdatert") and Estonian ("Viimati uuendatud", an update).
@pytest.mark.parametrize("stamp, published, updated", [
    ("Publicat: dimecres, 7 d'octubre de 2026, 09:40   |   Actualitzat: dijous, 8 d'octubre de 2026, 10:05", "2026-10-07", "2026-10-08"),
    ("7 ottobre 2026, ore 09:40   |   Aggiornato: 8 ottobre 2026, ore 10:05", "2026-10-07", "2026-10-08"),
    ("Publisert 7. oktober 2026 kl. 09.40\nSist oppdatert 8. oktober 2026 kl. 10.05", "2026-10-07", "2026-10-08"),
    ("Avaldatud 07.10.2026 09:40\nViimati uuendatud 08.10.2026 10:05", "2026-10-07", "2026-10-08"),
])
def test_stamp_words_of_catalan_italian_norwegian_and_estonian(stamp, published, updated, rules_only):
    article, story = read(page().replace("07.10.2026 09:40", stamp))
    assert (article.published.iso(), article.updated.iso()) == (published, updated)


# Class 108: a player's row, its pictograph and its length ("🎧 Lyssna på artikeln   5 min"): furniture, never the headline.
def test_a_players_row_with_its_pictograph_and_length(rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", "07.10.2026 09:40\n🎧 Hør artikkelen   5 min\n"))
    assert "Hør artikkelen" not in story and article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 109: Greek writes "by" as the genitive article before the name ("Της Ελευθερίας Παππά"): no part of the name.
def test_a_greek_byline_without_its_article(rules_only):
    article, _ = read(page().replace("By Kari Nygaard\n", "Της Ελένης Παππά\n"))
    assert article.author == "Ελένης Παππά"


# Class 110: the note under an unsigned editorial that it gives the paper's view is no story.
def test_the_note_that_an_editorial_gives_the_papers_view(rules_only):
    note = "This editorial represents the view of Varnholt Tidende and not of any one writer."
    _, story = read(page(under=note))
    assert note not in story


# Class 111: a caption's sentence then its photographer after an abbreviated label ("Fot. PAP/Name (archiwum)"), or
# before one ("Name nuotr.", Lithuanian): furniture; Estonia's company form before the outlet's name ("AS Outlet").
@pytest.mark.parametrize("caption", ["The new waiting hall on the north quay on its first morning. Fot. PAP/Jan Nowak (archiwum)",
                                     "Naujoji laukimo salė šiaurinėje prieplaukoje. Jono Petraičio nuotr."])
def test_a_caption_with_an_abbreviated_photo_label(caption, rules_only):
    _, story = between_paragraphs(caption)
    assert caption not in story


def test_an_estonian_company_form_before_the_outlets_name(rules_only):
    article, _ = read(page(footer="© 2026 AS Varnholt Tidende. Kõik õigused kaitstud."))
    assert article.publisher == "Varnholt Tidende"


# Class 112: the reading time set apart beside the stamp under a label of any language ("05.11.2026, 06:00 Uhr | Lesezeit:
# 4 Min."): the line is still the stamp; a sentence with a colon and minutes is none.
@pytest.mark.parametrize("stamp", ["07.10.2026, 09:40 Uhr   |   Lesezeit: 4 Min.", "7 ottobre 2026, 09:40 · Tempo di lettura: 3 min"])
def test_a_stamp_beside_a_labelled_reading_time(stamp, rules_only):
    article, story = read(page().replace("07.10.2026 09:40", stamp))
    assert article.published.iso() == "2026-10-07" and "Lesezeit" not in story and "lettura" not in story


def test_a_sentence_with_a_colon_and_minutes_is_no_stamp():
    from generator.articles.datetext import stamp_dates
    assert stamp_dates("The crossing took: 40 minutes on 5 October 2026") is None


# Twenty-second round, continued on holdout64 and holdout66 (scored once with 46552e1, then tuned on).
# Class 113: stamps with their months in the scripts of India and Sri Lanka (Gurmukhi, Gujarati, Tamil, Malayalam, Telugu,
# Kannada, Marathi's Devanagari, Assamese, Sinhala) and in Malay, whatever order the date runs in, with the time of day
# in words ("ਸਵੇਰੇ", morning; "পুৱা … বজাত", in the morning at … o'clock; "pagi", "petang") and the labels in those languages.
@pytest.mark.parametrize("stamp, published, updated", [
    ("ਪ੍ਰਕਾਸ਼ਿਤ: 07 ਅਕਤੂਬਰ 2026, ਸਵੇਰੇ 09:40   |   ਅੱਪਡੇਟ: 08 ਅਕਤੂਬਰ 2026, ਸ਼ਾਮ 06:05", "2026-10-07", "2026-10-08"),
    ("પ્રકાશિત: 7 ઑક્ટોબર, 2026 09:40 AM IST", "2026-10-07", None),
    ("வெளியீடு: அக்டோபர் 07, 2026 09:40      புதுப்பிப்பு: அக்டோபர் 08, 2026 10:05", "2026-10-07", "2026-10-08"),
    ("പ്രസിദ്ധീകരിച്ചത്: 2026 ഒക്ടോബർ 7, 09:40 AM IST", "2026-10-07", None),
    ("ప్రచురణ: 07 అక్టోబర్ 2026, 09:40", "2026-10-07", None),
    ("ಪ್ರಕಟಣೆ: ಅಕ್ಟೋಬರ್ 7, 2026 09:40", "2026-10-07", None),
    ("प्रकाशित: ७ ऑक्टोबर २०२६, ०९:४०", "2026-10-07", None),
    ("প্ৰকাশ: ৭ অক্টোবৰ, ২০২৬, পুৱা ৯:৪০ বজাত", "2026-10-07", None),
    ("පළ කළේ: 2026 ඔක්තෝබර් 07, 09:40", "2026-10-07", None),
    ("Diterbitkan: 7 Okt 2026, 9:40 pagi   ·   Dikemas kini: 8 Okt 2026, 4:05 petang", "2026-10-07", "2026-10-08"),
    ("Disiarkan pada: 7 Oktober 2026 9:40 PG", "2026-10-07", None),
])
def test_a_stamp_in_the_scripts_of_india_and_sri_lanka_or_in_malay(stamp, published, updated, rules_only):
    article, story = read(page().replace("07.10.2026 09:40", stamp))
    assert (article.published.iso(), article.updated.iso() if article.updated else None) == (published, updated)
    assert stamp.split()[0] not in story and article.title == "Varnholt's new ferry terminal takes its first passengers"


@pytest.mark.parametrize("written, month", [("ਦਸੰਬਰ", 12), ("ডিচেম্বৰ", 12), ("டிசம்பர்", 12), ("ഡിസംബർ", 12), ("డిసెంబర్", 12),
                                            ("ಡಿಸೆಂಬರ್", 12), ("ડિસેમ્બર", 12), ("डिसेंबर", 12), ("දෙසැම්බර්", 12), ("Disember", 12),
                                            ("ਫ਼ਰਵਰੀ", 2), ("ਫਰਵਰੀ", 2), ("Ogos", 8), ("ଅଗଷ୍ଟ", 8)])
def test_the_months_of_those_scripts(written, month):
    from generator.articles.datetext import PartialDate
    assert [d for _, _, d, _ in full_dates(f"3 {written} 2026")] == [PartialDate(2026, month, 3)]


# Class 114: the datelines of Indian-language papers: "PLACE, DAY MONTH (Reporter)-", the Tamil press's abbreviated month
# and a colon ("PLACE, அக். 6:"), Malayalam's "PLACE ∙" before the lead. A name in the dateline's brackets that the byline
# over the story also gives ("Name, Senior Reporter") is the paper's own reporter, no agency to credit.
@pytest.mark.parametrize("opening, place", [
    ("ਵਾਰਨਹੋਲਟ, 6 ਅਕਤੂਬਰ (ਏਜੰਸੀ)- The", "ਵਾਰਨਹੋਲਟ"),
    ("वार्नहोल्ट, 6 अक्टूबर (भाषा)- The", "वार्नहोल्ट"),
    ("வார்ன்ஹோல்ட், அக். 6: The", "வார்ன்ஹோல்ட்"),
    ("വാർൺഹോൾട്ട് ∙ The", "വാർൺഹോൾട്ട്"),
])
def test_an_indian_papers_dateline(opening, place, rules_only):
    article = parse_text_article(page().replace("VARNHOLT – The", opening))
    assert article.dateline == place and article.event_date.iso() == "2026-10-06"
    assert opening.split()[0] not in story_text(article)


@pytest.mark.parametrize("byline, opening, name", [
    ("ਕਾਰੀ ਨਿਗਾਰਡ, ਸੀਨੀਅਰ ਪੱਤਰਕਾਰ", "ਵਾਰਨਹੋਲਟ, 6 ਅਕਤੂਬਰ (ਕਾਰੀ ਨਿਗਾਰਡ)- The", "ਕਾਰੀ ਨਿਗਾਰਡ"),
    ("By Kari Nygaard", "VARNHOLT, Oct. 6 (Kari Nygaard) - The", "Kari Nygaard"),
])
def test_the_datelines_bracket_naming_the_byline_is_no_agency(byline, opening, name, rules_only):
    text = page(footer="").replace("VARNHOLT – The", opening).replace("By Kari Nygaard", byline)
    article = parse_text_article(text)
    assert article.author == name and article.publisher != name
    assert not any("agency" in note for _, note in article.guesses)


def test_a_datelines_agency_in_brackets_is_still_credited(rules_only):
    article = parse_text_article(page(footer="").replace("VARNHOLT – The", "VARNHOLT, Oct. 6 (Harbour Wire) - The"))
    assert article.publisher == "Harbour Wire"


# Class 115: a second stamp on the row under a label of two words or more in a script the label table lacks
# ("അപ്ഡേറ്റ് ചെയ്തത്:", "update done"); the page's date bar with its weekday in such a script is no stamp.
def test_a_second_stamp_under_a_label_of_several_words(rules_only):
    stamp = "പ്രസിദ്ധീകരിച്ചത്: 2026 ഒക്ടോബർ 7, 09:40 AM IST   |   അപ്ഡേറ്റ് ചെയ്തത്: 2026 ഒക്ടോബർ 8, 10:05 AM IST"
    article, story = read(page(above="2026 ഒക്ടോബർ 9, വെള്ളി   |   വാർൺഹോൾട്ട് 29°C").replace("07.10.2026 09:40", stamp))
    assert (article.published.iso(), article.updated.iso()) == ("2026-10-07", "2026-10-08")


# Class 116: "today" and "yesterday" in the languages of India and Sri Lanka and in Malay ("pagi tadi", this morning);
# the days of the week in their scripts, with the case ending they take ("সোমবাৰে", on Monday).
@pytest.mark.parametrize("written, day", [("ਅੱਜ", 7), ("இன்று", 7), ("ഇന്ന്", 7), ("আজি", 7), ("ಇಂದು", 7), ("આજે", 7), ("pagi tadi", 7),
                                          ("நேற்று", 6), ("ഇന്നലെ", 6), ("গতকাল", 6), ("నిన్న", 6)])
def test_today_and_yesterday_in_the_scripts_of_india_and_in_malay(written, day):
    from generator.articles.datetext import PartialDate, date_mentions
    [mention] = date_mentions(f"ਨਵਾਂ {written} ਟਰਮੀਨਲ", PartialDate(2026, 10, 7), 1)
    assert mention.date == PartialDate(2026, 10, day)


@pytest.mark.parametrize("written", ["সোমবাৰে", "সোমবারে", "ਸੋਮਵਾਰ", "திங்கட்கிழமை", "തിങ്കളാഴ്ച", "సోమవారం", "ಸೋಮವಾರ", "સોમવારે", "सोमवारी"])
def test_a_weekday_in_those_scripts(written):
    from generator.articles.datetext import PartialDate, date_mentions
    [mention] = date_mentions(f"ਨਵਾਂ {written} ਟਰਮੀਨਲ", PartialDate(2026, 10, 7), 1)  # (7 October 2026 is a Wednesday)
    assert mention.date == PartialDate(2026, 10, 5)


# Class 117: a stay given as the day it began and the weekday it lasts until ("came in this morning for a call that lasts
# until Friday", "ieri … fino a venerdì", "pagi tadi … sehingga Jumaat"): one happening from that day to the first such
# weekday after it; "until" with no day of its own before it stays a single day, read as ever.
@pytest.mark.parametrize("lead, start, end", [
    ("VARNHOLT – The training ship came in to the north quay this morning for a three-day call that lasts until Friday, "
     "the first naval visit since the new terminal opened.", "2026-10-07", "2026-10-09"),
    ("VARNHOLT – La nave scuola è arrivata ieri al molo nord e resterà in porto fino a venerdì, prima visita dopo l'apertura "
     "del nuovo terminal.", "2026-10-06", "2026-10-09"),
    ("VARNHOLT – Kapal latihan berlabuh di dermaga utara pagi tadi untuk lawatan tiga hari sehingga Jumaat, lawatan pertama "
     "sejak terminal baharu dibuka.", "2026-10-07", "2026-10-09"),
    ("VARNHOLT – The training ship stayed at the north quay until Friday, the first naval visit since the new terminal "
     "opened its doors to passengers.", "2026-10-02", None),
])
def test_a_stay_from_its_day_until_a_weekday(lead, start, end, rules_only):
    article = parse_text_article(page().replace(LEAD, lead))
    assert article.event_date.iso() == start and (article.event.end.iso() if article.event.end else None) == end


# Class 118: the byline as Indian-language papers set it: "Name, ਸੀਨੀਅਰ ਪੱਤਰਕਾਰ" (the role after a comma), or the name
# alone in brackets over the stamp ("(ர. பிரியதர்ஷினி)"); neither is the headline. A bracket holding one word, or a
# name in a script those papers do not use, is no byline; a headline ending on a virama keeps it ("…தூதுவர்").
@pytest.mark.parametrize("line, name", [("ਕਾਰੀ ਨਿਗਾਰਡ, ਸੀਨੀਅਰ ਪੱਤਰਕਾਰ", "ਕਾਰੀ ਨਿਗਾਰਡ"), ("(க. நிகார்ட்)", "க. நிகார்ட்"),
                                        ("कारी नीगार्ड, विशेष संवाददाता", "कारी नीगार्ड")])
def test_an_indian_papers_byline(line, name, rules_only):
    article, story = read(page().replace("By Kari Nygaard", line))
    assert article.author == name and article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert line not in story


@pytest.mark.parametrize("line", ["(ਏਜੰਸੀ)", "(محمد علی)", "ਜਪਾਨ, ਨਾਟੋ ਅਤੇ ਯੂਕਰੇਨ"])
def test_no_byline_of_that_shape(line):
    from generator.articles.credits import byline
    assert byline(line) is None


def test_a_headline_ending_on_a_virama_keeps_it(rules_only):
    headline = "வார்ன்ஹோல்ட் படகுத் துறையைப் பார்வையிட்டார் தூதுவர்"
    standfirst = "இரண்டு ஆண்டுகளின் பின்னர் புதிய காத்திருப்பு மண்டபமும் இரண்டு இறங்குதுறைகளும் திறக்கப்பட்டன."
    article, _ = read(page(headline=headline).replace("A waiting hall, two berths and a covered walkway after two years of building work", standfirst))
    assert article.title == headline


# Class 119: two headline-like lines of the same length over the stamp (a Japanese headline and its second
# headline, "「…」　…" / "市長「…」　…"): the upper is the headline, as when the lower is the longer.
def test_a_second_headline_as_long_as_the_first(rules_only):
    headline = "「港に人が戻った」　新フェリーターミナル開業、初日千人"
    second = "市長「玄関口が生まれ変わった」　運賃は当面据え置き方針"
    from generator.articles.layout import words
    assert words(headline) == words(second)  # (the case: as long as each other)
    article, story = ja_read(ja_page(headline=f"{headline}\n{second}"))
    assert article.title == headline


# Class 120: the Korean local papers' row under the headline, "기자명 NAME 기자   입력 <date>   수정 <date>   댓글 0":
# the byline, the stamp and its update; the comments' counter is no part of it.
def test_a_korean_papers_reporter_and_stamp_row(rules_only):
    row = "기자명 김하늘 기자   입력 2026.10.07 09:40   수정 2026.10.08 10:05   댓글 0"
    article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40", row))
    assert (article.author, article.published.iso(), article.updated.iso()) == ("김하늘", "2026-10-07", "2026-10-08")
    assert "기자명" not in story


# Class 121: a name in a script without capitals alone on its line right over the stamp, under the headline and
# standfirst ("അനു മാത്യു"): the byline, as a name in capitals there is; a reporter's role there ("নিজস্ব প্রতিবেদক",
# staff reporter) is none.
@pytest.mark.parametrize("line, name", [("അനു മാത്യു", "അനു മാത്യു"), ("কারি নিগার্ড", "কারি নিগার্ড"), ("নিজস্ব প্রতিবেদক", None)])
def test_a_name_without_capitals_over_the_stamp(line, name, rules_only):
    article, story = read(page().replace("By Kari Nygaard", line))
    assert article.author == name and article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 122: a caption's credit label written with vowel signs after the sentence's full stop (". ചിത്രം: Name"),
# and "Foto" with no colon before a name in capitals or in title case (". — Foto BERNAMA"): furniture.
@pytest.mark.parametrize("caption", ["പുതിയ കാത്തിരിപ്പു മുറി വടക്കേ ജെട്ടിയിൽ. ചിത്രം: റോയ് ജോസഫ്",
                                     "Dewan menunggu baharu di jeti utara pada pagi pertama. — Foto BERNAMA",
                                     "The new waiting hall on the north quay on its first morning. Photo Liv Aasen"])
def test_a_caption_credited_by_a_photo_label_of_more_shapes(caption, rules_only):
    _, story = between_paragraphs(caption)
    assert caption not in story


# Class 123: the Japanese writer's desk and name joined by a middle dot ("（北港支局・佐伯綾）"): the byline; a rights
# notice that opens on "掲載" ("掲載記事・写真の無断転載を禁じます。", the articles carried here): no part of the holder.
def test_a_japanese_desk_and_writer_joined_by_a_middle_dot(rules_only):
    article, story = ja_read(ja_page().replace("（港湾担当　佐伯綾）", "（北港支局・佐伯綾）"))
    assert article.author == "佐伯綾" and "北港支局" not in story


def test_a_japanese_rights_notice_on_the_articles_carried(rules_only):
    text = ja_page().replace("© 2026 ヴァルンホルト日報　記事・写真の無断転載を禁じます", "© 2026 ヴァルンホルト日報社　掲載記事・写真の無断転載を禁じます。")
    article, _ = ja_read(text)
    assert article.publisher == "ヴァルンホルト日報社"


# Class 124: days of one happening written as days alone in Korean, Japanese and Chinese ("24일부터 26일까지",
# "6月24日から26日まで", "24日至26日"): a span in the month given, or the month nearest the article's date.
@pytest.mark.parametrize("written, start, end", [("지난 5일부터 7일까지 사흘간", (2026, 10, 5), (2026, 10, 7)),
                                                 ("10月5日から7日まで", (2026, 10, 5), (2026, 10, 7)),
                                                 ("于5日至7日举行", (2026, 10, 5), (2026, 10, 7)),
                                                 ("9月30日から2日まで", (2026, 9, 30), (2026, 10, 2))])
def test_days_alone_joined_as_a_span_in_korean_japanese_and_chinese(written, start, end):
    from generator.articles.datetext import PartialDate, date_mentions
    [mention] = date_mentions(written, PartialDate(2026, 10, 8), 1)
    assert (mention.date, mention.end) == (PartialDate(*start), PartialDate(*end))


# Class 125: a weekday written lower case opening a sentence, so capitalised ("Penktadienį Kaune …", "Neljapäeval …"),
# and Estonian's weekdays ("neljapäeval", on Thursday).
@pytest.mark.parametrize("written", ["Pirmadienį uoste lankėsi delegacija.", "Esmaspäeval avati uus terminal.", "Tartus peeti esmaspäeval seminar."])
def test_a_weekday_opening_a_sentence_or_in_estonian(written):
    from generator.articles.datetext import PartialDate, date_mentions
    [mention] = date_mentions(written, PartialDate(2026, 10, 7), 1)
    assert mention.date == PartialDate(2026, 10, 5)


# Class 126: a crosshead in a script without capitals between two paragraphs of the story stays a heading, with the
# learnt line model on (it learnt crossheads from their capitals, and took such a line for a menu's item).
def test_a_crosshead_without_capitals_between_paragraphs():
    body = ["ਵਾਰਨਹੋਲਟ ਦੇ ਨਵੇਂ ਫੈਰੀ ਟਰਮੀਨਲ ਵਿੱਚ ਤਿੰਨ ਸੌ ਲੋਕਾਂ ਲਈ ਉਡੀਕ ਹਾਲ, ਦੋਵਾਂ ਘਾਟਾਂ ਤੱਕ ਛੱਤ ਵਾਲਾ ਰਸਤਾ ਅਤੇ ਟਿਕਟ ਦਫ਼ਤਰ ਹੈ, "
            "ਜੋ ਰਾਤ ਦੀ ਆਖ਼ਰੀ ਕਿਸ਼ਤੀ ਜਾਣ ਤੱਕ ਖੁੱਲ੍ਹਾ ਰਹਿੰਦਾ ਹੈ।",
            "ਬੰਦਰਗਾਹ ਮਾਸਟਰ ਲਿਵ ਆਸਨ ਨੇ ਕਿਹਾ ਕਿ ਦੋ ਘਾਟਾਂ ਨਾਲ ਸਰਦੀਆਂ ਦੀ ਵੱਡੀ ਫੈਰੀ ਸਵੇਰ ਦੀ ਕਿਸ਼ਤੀ ਦੇ ਜਾਣ ਦੀ ਉਡੀਕ ਕੀਤੇ ਬਿਨਾਂ "
            "ਲੱਗ ਸਕੇਗੀ, ਜਿਸ ਕਾਰਨ ਪਿਛਲੀ ਸਰਦੀ ਸ਼ਾਮ ਦੀ ਕਿਸ਼ਤੀ ਅਕਸਰ ਅੱਧਾ ਘੰਟਾ ਲੇਟ ਹੁੰਦੀ ਸੀ।"]
    crosshead = "ਟਾਪੂਆਂ ਦੇ ਲੋਕ ਖ਼ੁਸ਼"
    text = page().replace(f"{BODY[0]}\n\n{BODY[1]}", f"{body[0]}\n\n{crosshead}\n\n{body[1]}")
    article = parse_text_article(text)
    assert crosshead in [b.text for b in article.blocks if b.kind == "h"]
    # (The model's say, made certain: every line furniture to it. The crosshead between the paragraphs is kept; the
    # same words set with a colon, a label over what follows, are not.)
    from generator.articles.lineroles import furniture
    for line, kept in ((crosshead, True), (crosshead + ":", False)):
        texts = [body[0], "", line, "", body[1]]
        dropped = {i for i, _ in furniture(texts, {"furniture": {"x": 6.0}, "threshold": 0.7}, [["x"] if t else [] for t in texts])}
        assert (2 not in dropped) == kept


# Class 127: the Cyrillic languages' "author" label ("Автор: Name, role"): the byline, not the headline.
def test_a_cyrillic_author_label(rules_only):
    article, story = read(page().replace("By Kari Nygaard", "Автор: Кари Нюгор, репортер „Пристанище“"))
    assert article.author == "Кари Нюгор" and article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 128: a count set apart beside the stamp under a label of any language (times read, minutes to read in words
# other than "min": "Прочетена: 1 284 пъти", "Χρόνος ανάγνωσης: 3 λεπτά"); the year's "г." after it; Greek's update
# label without its accent ("Ενημερώθηκε"). The line stays the stamp; a sentence with a colon and a count does not.
@pytest.mark.parametrize("stamp, updated", [
    ("7 октомври 2026 г., 09:40   |   Обновена: 08.10.2026 г., 10:05   |   Прочетена: 2 310 пъти", "2026-10-08"),
    ("07.10.2026 | 09:40   ·   Ενημερώθηκε: 08.10.2026 | 10:05   ·   Χρόνος ανάγνωσης: 4 λεπτά", "2026-10-08"),
    ("07.10.2026 09:40   |   Views: 1,204", None),
])
def test_a_stamp_beside_a_count_of_any_kind(stamp, updated, rules_only):
    article, story = read(page().replace("07.10.2026 09:40", stamp))
    assert article.published.iso() == "2026-10-07" and (article.updated.iso() if article.updated else None) == updated
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"


def test_a_sentence_with_a_colon_and_a_count_is_no_stamp():
    from generator.articles.datetext import stamp_dates
    assert stamp_dates("The ferry carried on 7 October 2026:  1 284 passengers") is None


# Class 129: Bulgarian's weekdays ("в четвъртък", on Thursday).
def test_bulgarian_weekdays():
    from generator.articles.datetext import PartialDate, date_mentions
    [mention] = date_mentions("Семинарът започна в четвъртък.", PartialDate(2026, 10, 9), 1)
    assert mention.date == PartialDate(2026, 10, 8)


# Class 130: a short headline (three to five words) over a standfirst twice as long, of fifteen words or more, set
# without a full stop: the upper is the headline; a kicker in capitals over the headline is not.
def test_a_short_headline_over_a_long_standfirst(rules_only):
    standfirst = ("The short call of a Japanese training ship at the north quay is a reminder that the security of Europe "
                  "is watched closely at the far end of Asia too")
    text = page(headline="OUR VIEW\nOne ship, one message").replace(
        "A waiting hall, two berths and a covered walkway after two years of building work", standfirst)
    article, story = read(text)
    assert article.title == "One ship, one message"


# Class 131: two weekdays running, or a day apart, joined by "and" in the other languages ("dijous i divendres",
# "martes y miércoles", "Montag und Dienstag"): one happening over them; days further apart are two.
@pytest.mark.parametrize("written, end", [("dimarts i dimecres", (2026, 10, 7)), ("martes y miércoles", (2026, 10, 7)),
                                          ("Dienstag und Mittwoch", (2026, 10, 7)), ("lunes y viernes", None)])
def test_two_weekdays_joined_by_and_in_other_languages(written, end):
    from generator.articles.datetext import PartialDate, date_mentions
    mentions = date_mentions(f"La sala s'omplí {written} amb estudiants.", PartialDate(2026, 10, 8), 1)
    assert (mentions[0].end if mentions else None) == (PartialDate(*end) if end else None)


# Class 132: the sentence that says what the piece is, over the byline ("Detta är en ledare. Tidningens ledarsida är
# oberoende liberal.", "This is an editorial."): a note on the piece, never the headline nor story.
@pytest.mark.parametrize("note", ["Detta är en ledare. Tidendes ledarsida är oberoende liberal.", "This is an editorial.",
                                  "Dette er en leder. Meningene er avisens egne."])
def test_the_note_saying_what_the_piece_is(note, rules_only):
    article, story = read(page().replace("By Kari Nygaard", f"{note}\nBy Kari Nygaard"))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers" and note not in story


# Class 133: Arabic's "report:" and "prepared by:" labels before the writer's name ("تقرير: Name"), as "بقلم" is; a
# labelled line that goes on as a sentence is no byline.
@pytest.mark.parametrize("line, name", [("تقرير: كريم الهادي", "كريم الهادي"), ("إعداد: كريم الهادي", "كريم الهادي"),
                                        ("تقرير: الوزير يزور الميناء ويلتقي العمال في المدينة الجديدة", None)])
def test_an_arabic_report_label_before_the_writer(line, name):
    from generator.articles.credits import byline
    assert byline(line) == name


# Class 134: a text-size control under its label, alone on its row ("حجم الخط: أ+ أ-", "Schriftgröße: A- A+"): page tools.
@pytest.mark.parametrize("row", ["حجم الخط: أ+ أ-", "Schriftgröße: A- A+"])
def test_a_text_size_control(row, rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{row}\n"))
    assert row not in story and not [b for b in article.blocks if b.kind == "h"]


# Class 135: where the line model takes the rules' headline for furniture but all but rules out every other line too,
# it may not put a ticker under a one-word label ("BREAKING: …", "ബ്രേക്കിങ്: …") in its place.
@pytest.mark.parametrize("ticker", ["ബ്രേക്കിങ്: വാർൺഹോൾട്ട് കടവിൽ ഇന്ന് രാത്രി അധിക ബോട്ട് സർവീസ്",
                                    "BREAKING: Quay car park closed on Friday for resurfacing"])
def test_the_model_puts_no_ticker_in_the_headlines_place(ticker, monkeypatch):
    from generator.articles import layout
    text = page(above=ticker)
    texts = [line for line in text.split("\n")]
    at_ticker, at_headline = texts.index(ticker), texts.index("Varnholt's new ferry terminal takes its first passengers")
    monkeypatch.setattr(layout, "read_lines", lambda texts, only=None: ([(at_headline, 0.99)], {at_ticker: 0.03, at_headline: 0.0}, {}, {}))
    article = parse_text_article(text)
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"


def test_tamil_words_shaped_like_month_abbreviations_are_no_months():
    # "ஆக" ("as", "to": "5 ஆக உயர்ந்தது", rose to 5) and "ஜன" are words of their own, not the months' abbreviations.
    from generator.articles.datetext import PartialDate, date_mentions
    assert date_mentions("பயணிகளின் எண்ணிக்கை 5 ஆக உயர்ந்தது.", PartialDate(2026, 10, 7), 1) == []
    assert [m.date for m in date_mentions("வார்ன்ஹோல்ட், நவ. 6: படகுத் துறை திறந்தது.", PartialDate(2026, 11, 7), 1)] == [PartialDate(2026, 11, 6)]


# Class 136: where the line model takes the rules' headline for furniture, it may not put a line in its place that it
# all but rules out itself (a masthead at 0.0003 over a headline with a colon, Brno): the rules' line stays.
@pytest.mark.parametrize("chance, title", [(0.0003, "Varnholt's new ferry terminal takes its first passengers"),
                                           (0.4, "VARNHOLT HARBOUR GAZETTE")])
def test_the_model_puts_no_line_it_rules_out_in_the_headlines_place(chance, title, monkeypatch):
    from generator.articles import layout
    text = page(above="VARNHOLT HARBOUR GAZETTE")
    texts = text.split("\n")
    at_masthead, at_headline = texts.index("VARNHOLT HARBOUR GAZETTE"), texts.index("Varnholt's new ferry terminal takes its first passengers")
    monkeypatch.setattr(layout, "read_lines", lambda texts, only=None: ([(at_headline, 0.99)], {at_masthead: chance, at_headline: 0.0}, {}, {}))
    assert parse_text_article(text).title == title


# Class 137: an interview under a crosshead of its own after a short paragraph: its first question has no prose just
# above it but a paragraph of answer under it; both questions are the interviewer's words, no headings.
def test_an_interview_under_its_crosshead_after_a_short_paragraph(rules_only):
    qa = ("The harbour master wants a second hall by 2030.\n\nTwo questions for the harbour master\n\n"
          "Why did the town build a hall for three hundred people when the morning boat carries half that number?\n\n"
          + BODY[1] + "\n\nAnd is the walkway wide enough for prams?\n\n" + BODY[2])
    article, story = read(page().replace(f"{BODY[1]}\n\n{BODY[2]}", qa))
    assert [b.text for b in article.blocks if b.kind == "h"] == ["Two questions for the harbour master"]
    assert "And is the walkway wide enough for prams?" in story


# Class 138: a footer that says what the outlet is part of before its notice, which ends on the rights ("The Record is
# part of Tropic Coast Media. © 2026 The Record. All rights reserved."), and a notice whose holder "is part of" a group.
@pytest.mark.parametrize("line", ["The Varnholt Courier is part of Quayside Media Group.   © 2026 The Varnholt Courier. All rights reserved.",
                                  "© 2026 The Varnholt Courier is part of Quayside Media Group."])
def test_a_footer_saying_what_group_the_outlet_is_part_of(line):
    from generator.articles.debris import copyright_holder
    assert copyright_holder(line) == "The Varnholt Courier"


# Class 139: the row before the stamp that names the kind of piece, no writer ("Tidende Editorial | 07.10.2026 09:40",
# "Tidende Editorial · 07.10.2026 · 4 min read"): an unsigned piece, so a reader's comment signed under it gives no byline.
@pytest.mark.parametrize("row", ["Tidende Editorial   |   07.10.2026 09:40", "Tidende Editorial   ·   07.10.2026   ·   4 min read"])
def test_a_row_naming_the_kind_of_piece_before_its_stamp(row, rules_only):
    comment = "Jon B. – 7 October 2026 at 11:02\nGood to see the walkway finished before the winter storms set in."
    article, story = read(page(under=f"Comments (1)\n{comment}").replace("By Kari Nygaard\n07.10.2026 09:40", row))
    assert article.author is None and article.published.iso() == "2026-10-07" and "Tidende Editorial" not in story


# Class 140: a correspondent's credit "From Name, Station", as Nigerian and Indian papers give it; the newsroom's
# "From Our Correspondent" names nobody.
@pytest.mark.parametrize("line, name", [("From Aminu Garba, Kano", "Aminu Garba"), ("From Kari Nygaard, Varnholt", "Kari Nygaard"),
                                        ("From Our Correspondent, Abuja", None), ("From the archive, 1953", None),
                                        ("From Tokyo to Wiesbaden, Germany", None)])
def test_a_correspondents_credit_from_name_and_station(line, name):
    from generator.articles.credits import byline
    assert byline(line) == name


# Class 141: the writer's name over the story with a role in lower case after a comma, in Cyrillic or Greek letters
# ("Оксана Романів, кореспондентка «Львівської хвилі»"), as the Latin alphabet's "Jane Doe, staff reporter" is read.
@pytest.mark.parametrize("line, name", [("Оксана Романів, кореспондентка «Варнгольтської хвилі»", "Оксана Романів"),
                                        ("Ελένη Παππά, συντάκτρια του «Βάρνχολτ Τάιμς»", "Ελένη Παππά")])
def test_a_name_over_a_lower_case_role_in_cyrillic_or_greek(line, name, rules_only):
    article, story = read(page().replace("By Kari Nygaard", line))
    assert article.author == name and line not in story


# Class 142: a short sentence closing the story that gives the update stamp's time of day is the note on the update
# ("Новину доповнено коментарем мера о 12:55."); a last sentence with another time is story.
@pytest.mark.parametrize("note, kept", [("Новину доповнено коментарем мера о 12:55.", False),
                                        ("Artikel um 12:55 um eine Stellungnahme der Stadt ergänzt.", False),
                                        ("The last boat of the night now leaves at 23:40.", True)])
def test_a_note_on_the_update_closing_the_story(note, kept, rules_only):
    text = page().replace("07.10.2026 09:40", "07.10.2026 09:40   ·   Updated: 07.10.2026 12:55").replace(f"{LAST}\n", f"{LAST}\n{note}\n")
    article, story = read(text)
    assert article.updated.iso() == "2026-10-07" and (note in story) == kept


# Class 143: a sentence right under the story's own list (the items under a colon line of prose) is the story going
# on, however sure the line model is that it is furniture; the same sentence under a line of furniture may be dropped.
@pytest.mark.parametrize("above, kept", [(["The talks closed with three proposals for the harbour board:", "• a second waiting hall",
                                           "• a late boat on Fridays", "• a meeting again in 2027"], True),
                                         (["Share this story", "Print"], False)])
def test_a_sentence_under_the_storys_list_is_story(above, kept):
    texts = [LEAD, "", BODY[0], "", *above, "The talks will be online from 26 October on the town's channel.", "Read more: the quay car park"]
    from generator.articles import lineroles
    sure = lineroles.furniture(texts, model={"furniture": {"bias": 10.0}, "threshold": 0.8})
    assert (len(texts) - 2 not in {i for i, _ in sure}) == kept


# Class 144: a short line right under a paragraph of the story and right over more of it (a paragraph, a list's colon
# line, a list item) is its crosshead: the line model hides it only on near certainty; a line it is all but sure of goes.
@pytest.mark.parametrize("below, bias, kept", [(BODY[1], 1.5, True), ("The board listed three changes:", 1.5, True),
                                               ("• a second waiting hall", 1.5, True), (BODY[1], 5.0, False)])
def test_a_crosshead_between_paragraphs_of_the_story(below, bias, kept):
    from generator.articles import lineroles
    texts = [LEAD, "", BODY[0], "", "Winter on the quay", "", below, "", BODY[2]]
    sure = lineroles.furniture(texts, model={"furniture": {"bias": bias}, "threshold": 0.7})
    assert (4 not in {i for i, _ in sure}) == kept


# Class 145: a weekday of the foreign tables written capitalised where it opens a sentence, however short ("Kedden a
# Debreceni Egyetemen …", "Lundi, le ministre …"); mid-sentence, a capitalised short one stays a name.
@pytest.mark.parametrize("text, day", [("Kedden a Varnholti Egyetemen rendezték meg a konferenciát.", 6),
                                       ("A terem megtelt. Kedden a miniszter is eljött.", 6),
                                       ("Lundi, le ministre a visité le port.", 5)])
def test_a_short_weekday_opening_a_sentence(text, day):
    from generator.articles.datetext import PartialDate, date_mentions
    assert [m.date for m in date_mentions(text, PartialDate(2026, 10, 7), 1)] == [PartialDate(2026, 10, day)]


# Class 146: the writer's label in Turkish and Hungarian ("Haber: Name | Fotoğraf: Name", "Yazar:", "Muhabir:",
# "Szerző:", "Írta:"); "Haber" with no colon is a word or a name.
@pytest.mark.parametrize("line, name", [("Haber: Burcu Tanrıverdi   |   Fotoğraf: Onur Dalkılıç", "Burcu Tanrıverdi"),
                                        ("Yazar: Elif Yıldırım", "Elif Yıldırım"), ("Muhabir: Ali Vural", "Ali Vural"),
                                        ("Szerző: Hajdu-Kovács Eszter", "Hajdu-Kovács Eszter"), ("Írta: Kovács Anna", "Kovács Anna"),
                                        ("Haber Fritz dedi ki", None)])
def test_the_writers_label_in_turkish_and_hungarian(line, name):
    from generator.articles.credits import byline
    assert byline(line) == name


# Class 147: a ticker over the breadcrumb over the headline, no standfirst under it ("【運航情報】…" / "ホーム ＞ ニュース" /
# the headline / the stamp): a line with a breadcrumb trail cut between it and the next is no headline over its standfirst.
@pytest.mark.parametrize("ticker", ["[Ferry notice] Two morning crossings to the islands cancelled because of high waves",
                                    "【運航情報】佐世保―上五島の高速船　波浪のため午前の2便欠航"])
def test_a_ticker_over_the_breadcrumb_over_the_headline(ticker, rules_only):
    text = page(above=f"{ticker}\nHome > News > Harbour").replace("A waiting hall, two berths and a covered walkway after two years of building work\n", "")
    article, story = read(text)
    assert article.title == "Varnholt's new ferry terminal takes its first passengers" and ticker not in story


# Class 148: a notice that goes on after its rights ("Copyright © 2026 Outlet All Rights Reserved.　本網站所刊載之內容，
# 未經同意不得轉載"): the rights end a sentence; the holder is named before them.
@pytest.mark.parametrize("line", ["Copyright © 2026 港都新報 All Rights Reserved.　本網站所刊載之內容，未經同意不得轉載",
                                  "© 2026 港都新報 All rights reserved. Reproduction of any part requires written permission"])
def test_a_notice_going_on_after_its_rights(line):
    from generator.articles.debris import copyright_holder
    assert copyright_holder(line) == "港都新報"


# Class 149: a Japanese paper's stamp with its update's label after the date ("2026年10月25日 05:00　（2026年10月25日 11:20
# 更新）"), and the writer's name alone in brackets under the story ("（野口真帆）"); an agency's ("（共同）", "（共同通信）") is none.
def test_an_update_labelled_after_its_date():
    from generator.articles.datetext import PartialDate, stamp_dates
    assert [(kind, date) for kind, date, _ in stamp_dates("2026年10月25日 05:00　（2026年10月25日 11:20 更新）")] == [
        ("published", PartialDate(2026, 10, 25)), ("updated", PartialDate(2026, 10, 25))]


JA_PAGE = """佐世保港新報
トップ　ニュース　佐世保　県北
フェリーの新しい待合所が完成　離島航路の利用者に好評
2026年10月7日 09:40

{lead}
{body}
{sign}
この記事をシェアする　X　Facebook　LINE
© 2026 佐世保港新報
"""


@pytest.mark.parametrize("sign, author", [("（野口真帆）", "野口真帆"), ("（共同）", None), ("（共同通信）", None)])
def test_the_writers_name_in_brackets_under_a_japanese_story(sign, author, rules_only):
    lead = "佐世保港の新しいフェリー待合所が6日、完成し、離島と本土を結ぶ航路の利用者に公開された。待合所には約300人が座れる広間と、二つの桟橋に続く屋根付きの通路が設けられた。"
    body = "港湾管理者によると、冬の悪天候の日でも乗客が濡れずに船まで歩けるようになる。朝の便を待つ間の混雑も和らぐと期待されている。"
    article = parse_text_article(JA_PAGE.format(lead=lead, body=body, sign=sign))
    assert article.author == author and sign not in story_text(article)


# Class 150: two days of one happening in Chinese and Japanese with the first day bare ("13、14日", "13～14日",
# "11月13、14日"); a list's comma joins days of one happening only when they run on, "3、10日" is two days apart.
@pytest.mark.parametrize("text, span", [("中山大學13、14日在西子灣校區舉辦國際研討會", ("2026-11-13", "2026-11-14")),
                                        ("研究会は13～14日に開催された。", ("2026-11-13", "2026-11-14")),
                                        ("11月13、14日の両日、大学で開かれた。", ("2026-11-13", "2026-11-14")),
                                        ("説明会は3、10日に開かれた。", ("2026-11-10", None))])
def test_two_days_with_the_first_bare_in_chinese_and_japanese(text, span):
    from generator.articles.datetext import PartialDate
    assert first_span(text, PartialDate(2026, 11, 15)) == span


# Class 151: a call to install the outlet's app under the story ("Download the Tidewater 7 app for breaking news
# alerts.", "Get the TPR app for ad-free news"): furniture, as a call to subscribe is; a sentence about an app is story.
@pytest.mark.parametrize("line, kept", [("Download the Varnholt Tidende app for breaking news alerts and live newscasts.", False),
                                        ("Get the Tidende app for ad-free news and the ferry times", False),
                                        ("Islanders can download the ferry company's app to book a seat on the late boat.", True)])
def test_a_call_to_install_the_outlets_app(line, kept, rules_only):
    article, story = read(page().replace(f"{LAST}\n", f"{LAST}\n{line}\n"))
    assert (line in story) == kept


# Class 152: a caption whose credit in capitals follows a dash and names the outlet after a slash ("… on Saturday. -
# TESSA LEBLANC / THE MERCURY"): a caption, never the headline nor story.
def test_a_caption_credited_after_a_dash_with_the_outlet(rules_only):
    caption = "Harbour master Liv Aasen on the new walkway on Saturday. - INGRID VIK / THE TIDENDE"
    article, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{caption}\n"))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers" and caption not in story


# Class 153: a standfirst that ends on a quotation under the headline, over the byline ("… are 'small in number, large
# in meaning'"): a headline may end so, but here the line over it is the headline and it is the standfirst.
def test_a_standfirst_ending_on_a_quotation_under_the_headline(rules_only):
    dek = "The harbour master says the new hall and both berths are 'small in cost, large in what they change'"
    article, story = read(page().replace("A waiting hall, two berths and a covered walkway after two years of building work", dek))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 154: an inline "Read also" link in the story, then a crosshead over a sentence that opens the story's own list
# on its colon: the link list ends at the crosshead, and the crosshead and the list are story.
def test_a_crosshead_over_a_list_after_an_inline_read_also(rules_only):
    block = ("LEIA TAMBÉM\nQuay car park to charge for overnight stays\nWhat the hall holds\n"
             "The harbour board listed three things the new hall offers:\n• seats for three hundred people\n"
             "• a covered walkway to both berths\n• a ticket office open until the last boat")
    article, story = read(page().replace(f"{BODY[1]}\n", f"{BODY[1]}\n{block}\n"))
    assert [b.text for b in article.blocks if b.kind == "h"] == ["What the hall holds"]
    assert "a covered walkway to both berths" in story and "Quay car park to charge" not in story


# Class 155: a Dutch stamp row, short weekdays and "uur" after the time ("di 3 nov 2026, 08.10 uur · Bijgewerkt wo 4 nov
# 2026, 12.30 uur"): a publication and an update, and never the headline.
@pytest.mark.parametrize("stamp, published, updated", [
    ("di 3 nov 2026, 08.10 uur   ·   Bijgewerkt wo 4 nov 2026, 12.30 uur", "2026-11-03", "2026-11-04"),
    ("za 7 nov 2026, 19.05 uur", "2026-11-07", None),
])
def test_a_dutch_stamp_row_with_the_hour_word(stamp, published, updated, rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", f"{stamp}\n"))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert (article.published.iso(), article.updated.iso() if article.updated else None) == (published, updated)


# Class 156: Dutch joins the part of the day to the weekday, as German does ("dinsdagavond", "zaterdagochtend").
@pytest.mark.parametrize("text, day", [("De veerboot legde dinsdagavond voor het eerst aan.", "2026-11-03"),
                                       ("Het nieuwe perron ging zaterdagochtend open.", "2026-10-31"),
                                       ("Volgens de havenmeester was het weer vrijdagnacht te slecht.", "2026-10-30")])
def test_a_dutch_weekday_with_the_part_of_the_day(text, day):
    from generator.articles.datetext import PartialDate, date_mentions
    assert [m.date.iso() for m in date_mentions(text, PartialDate(2026, 11, 5), 1)] == [day]


# Class 157: a crosshead right under an inline "Read also: …" link inside the story, over a colon line and its list: the
# link is cut, and the crosshead is hidden only on near certainty, as one right under a paragraph is (the paragraph above
# the cut link is the crosshead's). (A model made for the test: 0.8 sure the crosshead is furniture, unsure of all else.)
def test_a_crosshead_under_an_inline_read_also_link(monkeypatch):
    made_model(monkeypatch, {"first:what": 11.4})
    block = ("Les også: Quay car park to charge for overnight stays\nWhat the islanders asked for\n"
             "The harbour board listed three changes the islanders had asked for:\n• seats for three hundred people\n"
             "• a covered walkway to both berths\n• a ticket office open until the last boat")
    article, story = after_second_paragraph(block)
    assert [b.text for b in article.blocks if b.kind == "h"] == ["What the islanders asked for"]
    assert "Quay car park to charge" not in story
    # (A line the model is that sure of under a photo's credit, the standfirst above it, is no crosshead: it goes.)
    caption = page().replace("07.10.2026 09:40\n", "07.10.2026 09:40\nFoto: Ola Berg / Varnholt Tidende\nWhat the islanders saw first\n")
    assert "What the islanders saw first" not in story_text(parse_text_article(caption))


# Class 158: a standfirst's weekday that the story's next paragraph shows lay ahead ("Le ferry reste à quai jusqu'à
# dimanche", read back from a Friday as the Sunday before): the span written in figures that holds the Sunday after is the event.
def test_a_standfirsts_weekday_read_either_way_inside_the_next_paragraphs_span():
    text = ("Escale à Varnholt\nPublié le 06/11/2026 à 06:00\n\nVARNHOLT – Le ferry des îles reste à quai jusqu'à dimanche, avant de repartir vers "
            "les îles pour la saison d'hiver.\n\nLe ferry fait escale à Varnholt du jeudi 5 au dimanche 8 novembre, au retour d'une longue saison de traversées.\n\n"
            + "\n\n".join(BODY) + "\n")
    article = parse_text_article(text)
    assert (article.event_date.iso(), article.event.end.iso()) == ("2026-11-05", "2026-11-08")


# Class 159: the outlet's own name after the dateline's place, where a wire's agency would stand ("VARNHOLT, Varnholt
# Tidende – …"): the place alone is the dateline.
def test_the_outlets_name_after_the_datelines_place(rules_only):
    article, story = read(page().replace("VARNHOLT – ", "VARNHOLT, Varnholt Tidende – "))
    assert article.dateline == "Varnholt" and article.publisher == "Varnholt Tidende"


# Class 160: a Vietnamese stamp opening on its weekday ("Thứ Ba, 03/11/2026 08:15 (GMT+7)") is a stamp, not a place
# before a date; "thứ hai" in prose ("lần thứ hai", the second time) is no weekday.
def test_a_vietnamese_stamp_opening_on_its_weekday(rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", "Thứ Ba, 03/11/2026 08:15 (GMT+7)\n").replace("VARNHOLT – ", ""))
    assert article.dateline is None and article.published.iso() == "2026-11-03"
    from generator.articles.datetext import PartialDate, date_mentions
    assert date_mentions("Đây là lần thứ hai tàu ghé cảng.", PartialDate(2026, 11, 3), 1) == []


# Class 161: Vietnamese days and months in figures without the year, after a word for the day or its part ("ngày 5/11",
# "sáng 4/11", "từ ngày 3 đến 6/11"); figures with a slash and no such word ("tỷ lệ 3/4") are no date.
@pytest.mark.parametrize("text, span", [("Từ ngày 3 đến 6/11, đoàn thăm thành phố.", ("2026-11-03", "2026-11-06")),
                                        ("Tàu cập cảng sáng 4/11.", ("2026-11-04", None)),
                                        ("Ngày 29/5, chính phủ công bố quyết định.", ("2026-05-29", None)),
                                        ("Khoảng 3/4 hành khách là sinh viên.", None)])
def test_vietnamese_day_and_month_in_figures(text, span):
    from generator.articles.datetext import PartialDate
    assert first_span(text, PartialDate(2026, 11, 7)) == span


# Class 162: a Vietnamese writer's label ("Bài và ảnh:", "Bài:", "Tin, ảnh:"): the byline, also under the story;
# "Bài viết …" (the article …) names nobody.
@pytest.mark.parametrize("line, name", [("Bài và ảnh: Phạm Thu Trang", "Phạm Thu Trang"), ("Bài: Đỗ Minh Quân", "Đỗ Minh Quân"),
                                        ("Tin, ảnh: Lê Hải Yến", "Lê Hải Yến"), ("Bài viết được cập nhật lúc 9 giờ", None)])
def test_a_vietnamese_writers_label(line, name, rules_only):
    from generator.articles.credits import byline
    assert byline(line) == name
    if name:
        article, story = read(page().replace("By Kari Nygaard\n", "").replace(f"{LAST}\n", f"{LAST}\n{line}\n"))
        assert article.author == name and line not in story


# Class 163: a blog platform's row "Posted on <date> by NAME · 3 Comments · 2 min read": the stamp and the byline, the counts
# after the name set apart.
def test_a_posted_by_row_with_counts_after_the_name(rules_only):
    row = "Posted on October 7, 2026 by Ma. Teresa Olaguer-Cruz   ·   3 Comments   ·   2 min read"
    article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40\n", f"{row}\n"))
    assert article.author == "Ma. Teresa Olaguer-Cruz" and article.published.iso() == "2026-10-07"


# Class 164: two days of one happening, the month first and joined by "and" ("last March 3 and 4", "on June 9 and 10,
# 2026"); days a week apart are two days, not one happening. A lead's day inside such a span a paragraph on is the span.
@pytest.mark.parametrize("text, span", [("The fair, held last March 3 and 4 at the quay, drew crowds.", ("2027-03-03", "2027-03-04")),
                                        ("Talks on June 9 and 10, 2026 ended well.", ("2026-06-09", "2026-06-10")),
                                        ("Boats sailed on March 3 and 10.", ("2027-03-03", None))])
def test_two_days_month_first_joined_by_and(text, span):
    from generator.articles.datetext import PartialDate
    assert first_span(text, PartialDate(2027, 3, 8)) == span


def test_a_leads_day_inside_a_span_joined_by_and():
    notes = event_notes("VARNHOLT – The harbour fair closed on Friday with a parade of boats along the quay.",
                        "November 21, 2026")
    text = ("Harbour fair closes\nNovember 21, 2026\n\nVARNHOLT – The harbour fair closed on Friday with a parade of boats.\n\n"
            "The two-day fair, held last November 19 and 20 on the north quay, drew some three thousand visitors.\n\n"
            + "\n\n".join(BODY) + "\n")
    article = parse_text_article(text)
    assert notes and (article.event_date.iso(), article.event.end.iso()) == ("2026-11-19", "2026-11-20")


# Class 165: a span whose days carry their weekday in Polish, Czech, Slovak or Croatian ("od wtorku 3 do piątku 6 listopada",
# "od ponedjeljka 2. do srijede 4. studenoga"): one happening from the first day to the last.
@pytest.mark.parametrize("text, span", [("Od wtorku 3 do piątku 6 listopada prom kursuje częściej.", ("2026-11-03", "2026-11-06")),
                                        ("Od ponedjeljka 2. do srijede 4. studenoga trajekt vozi češće.", ("2026-11-02", "2026-11-04")),
                                        ("Od pondelka 2. do stredy 4. novembra premáva trajekt častejšie.", ("2026-11-02", "2026-11-04"))])
def test_a_span_with_weekdays_in_the_genitive(text, span):
    from generator.articles.datetext import PartialDate
    assert first_span(text, PartialDate(2026, 11, 7)) == span


# Class 166: the hour's word in a Polish stamp ("godz. 9:15") and Slovak or Czech "o" before the time, with the update in
# brackets ("5. nov 2026 o 9:15 (aktualizované 5. nov 2026 o 11:00)").
@pytest.mark.parametrize("stamp, kinds", [("5 listopada 2026, godz. 9:15   ·   aktualizacja: 6 listopada 2026, godz. 7:40",
                                           [("published", "2026-11-05"), ("updated", "2026-11-06")]),
                                          ("5. nov 2026 o 9:15   (aktualizované 5. nov 2026 o 11:00)",
                                           [("published", "2026-11-05"), ("updated", "2026-11-05")]),
                                          ("5. listopadu 2026 o 9:15", [("published", "2026-11-05")])])
def test_the_hours_word_in_a_west_slavic_stamp(stamp, kinds):
    from generator.articles.datetext import stamp_dates
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates(stamp)] == kinds


# Class 167: Slovak weekdays after "v"/"vo" ("v utorok popoludní", "vo štvrtok").
@pytest.mark.parametrize("text, day", [("Prednáška sa konala v utorok popoludní.", "2026-11-03"),
                                       ("Trajekt vyplával vo štvrtok ráno.", "2026-11-05")])
def test_a_slovak_weekday(text, day):
    from generator.articles.datetext import PartialDate, date_mentions
    assert [m.date.iso() for m in date_mentions(text, PartialDate(2026, 11, 6), 1)] == [day]


# Class 168: a standfirst's weekdays that may lie ahead ("W sobotę i niedzielę można je zwiedzać", open to visitors on
# Saturday and Sunday) inside a span written in figures in the next paragraph: the event is that span.
def test_a_standfirsts_weekend_inside_the_next_paragraphs_span():
    text = ("Dwa promy w porcie\nDwa promy stoją przy nabrzeżu. W sobotę i niedzielę można je zwiedzać.\n3 listopada 2026, godz. 14:20\n\n"
            "Od poniedziałku 2 listopada do poniedziałku 9 listopada przy nabrzeżu cumują dwa promy z wysp, które przypłynęły na przegląd.\n\n"
            + "\n\n".join(BODY) + "\n")
    article = parse_text_article(text)
    assert (article.event_date.iso(), article.event.end.iso()) == ("2026-11-02", "2026-11-09")


# Class 169: a Japanese caption whose photographer follows the label ("…語る市長（6日、市役所）＝撮影・佐伯綾", "（写真・佐伯綾）"):
# a caption; a sentence that only mentions photographs is story.
@pytest.mark.parametrize("line, caption", [("新しい待合所を案内する港湾局長（6日、北桟橋）＝撮影・佐伯綾", True),
                                           ("完成した待合所の内部（写真・小川真理）", True),
                                           ("写真・佐伯綾さんの作品展は、多くの島民の心に残った。", False)])
def test_a_japanese_caption_with_the_label_before_the_name(line, caption):
    from generator.articles.debris import is_line_debris
    assert is_line_debris(line) == caption


# Class 170: a row of buttons that share one label, whatever the language ("페이스북(으)로 기사보내기 트위터(으)로 기사보내기
# …", "Envoyer sur Facebook Envoyer sur X Envoyer sur Bluesky"), and a text-size control that names its two words twice
# ("본문 글씨 키우기 본문 글씨 줄이기"): furniture; a headline with short words three times over is not.
@pytest.mark.parametrize("line, row", [
    ("SNS 기사보내기 페이스북(으)로 기사보내기 트위터(으)로 기사보내기 카카오톡(으)로 기사보내기 URL복사(으)로 기사보내기", True),
    ("Envoyer sur Facebook Envoyer sur X Envoyer sur Bluesky Envoyer sur Mastodon", True),
    ("바로가기 본문 글씨 키우기 본문 글씨 줄이기", True),
    ("Embajador de Japón habla de la misión de la OTAN en la base de la Armada", False),
    ("A ferry for the islands is still a ferry for the town", False),
])
def test_a_row_of_buttons_that_share_a_label(line, row):
    from generator.articles.debris import is_line_debris
    assert is_line_debris(line) == row


# Class 171: a sentence right under the story's list, the list under a sentence of the story that ends on its full stop
# (Korean's "… 다음 세 가지를 … 건의하기로 했다.", the following three): the story goes on, however sure the model is.
# (A model made for the test: all but certain the sentence is furniture.)
def test_a_sentence_under_a_list_introduced_by_a_sentence(monkeypatch):
    made_model(monkeypatch, {"first:next": 30.0})
    block = ("The harbour board agreed on the following three changes at its meeting on Monday.\n• a late boat on Fridays\n"
             "• a covered walkway to both berths\n• a ticket office open until the last boat\n"
             "Next year the board will ask the islands which of the three has helped them most.")
    article, story = after_second_paragraph(block)
    assert "Next year the board will ask the islands" in story


# Class 172: a byline under its label, a dash, and the stamp on one row ("Oleh Name - Oktober 16, 2026 @ 7:15am"), the
# sign "@" for "at" before the time, and the update under Malay's label ("Dikemas kini Oktober 16, 2026 @ 11:02am").
def test_a_labelled_byline_then_the_stamp_on_one_row(rules_only):
    rows = "Oleh Nurul Ain Ramli - Oktober 7, 2026 @ 9:40am\nDikemas kini Oktober 7, 2026 @ 1:15pm\n"
    article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40\n", rows))
    assert article.author == "Nurul Ain Ramli"
    assert (article.published.iso(), article.updated.iso()) == ("2026-10-07", "2026-10-07")


# Class 173: a call to follow the outlet's channel on a messaging app, in Malay, Vietnamese or Bulgarian ("Ikuti saluran
# WhatsApp …", "Theo dõi kênh Telegram …", "Последвайте канала ни във Viber и Telegram"): furniture.
@pytest.mark.parametrize("line", ["Ikuti saluran WhatsApp dan Telegram Berita Varnholt untuk berita terkini.",
                                  "Theo dõi kênh Telegram của báo để nhận tin mới nhất.",
                                  "Последвайте канала ни във Viber и Telegram за най-важните новини."])
def test_a_call_to_follow_a_channel_on_a_messaging_app(line, rules_only):
    article, story = read(page().replace(f"{LAST}\n", f"{LAST}\n{line}\n"))
    assert line not in story


# Class 174: an update stamp giving its day and month without the year ("Update: 22.10., 07.15 Uhr", the full stop after
# the month telling it from a time): in the year of the stamp before it.
@pytest.mark.parametrize("stamp, updated", [("7. Oktober 2026, 09.40 Uhr · Update: 8.10., 07.15 Uhr", "2026-10-08"),
                                            ("7. Oktober 2026, 09.40 Uhr · Aktualisiert: 7.10., 18.02 Uhr", "2026-10-07")])
def test_an_update_without_its_year_after_the_stamp(stamp, updated):
    from generator.articles.datetext import stamp_dates
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates(stamp)] == [("published", "2026-10-07"), ("updated", updated)]


# Class 175: a standfirst written as sentences between the headline and the stamp gives the event only where the story's
# paragraphs give that day too: "Today he plans …" over "… on Tuesday evening …" is Tuesday; "yesterday" over "… yesterday
# (the 6th) …" is the standfirst's day.
@pytest.mark.parametrize("standfirst, lead, day", [
    ("Eleven years ago she studied here. Today she plans aid convoys – and on Tuesday she came back for an evening.",
     "The lecture hall was full on Tuesday evening when the officer began to speak about her work.", "2026-10-06"),
    ("The consul spoke to the chamber yesterday for the first time.",
     "Japan said on 29 May that four officers would go. The consul told the chamber's lunch yesterday that they plan.", "2026-10-06"),
])
def test_a_standfirsts_day_is_the_event_only_where_the_story_gives_it(standfirst, lead, day):
    text = (f"Varnholt welcomes an old student\n{standfirst}\nBy Kari Nygaard\n07.10.2026 09:40\n\nVARNHOLT – {lead} "
            "She told the students what the work in Wiesbaden is like.\n\n" + "\n\n".join(BODY) + "\n")
    assert parse_text_article(text).event_date.iso() == day


# Class 176: an update stamp that gives the first publication's time alone ("Updated October 7 2026 - 4:58pm, first
# published 11:30am"): published that day.
def test_an_update_stamp_with_the_first_publications_time():
    from generator.articles.datetext import stamp_dates
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates("Updated October 7 2026 - 4:58pm, first published 11:30am")] == [
        ("published", "2026-10-07"), ("updated", "2026-10-07")]


# Class 177: captions credited after a dash with the outlet's initials and a slash before the name ("… - Foto WM/Nurul
# Ain Ramli"), or Korean's "/사진=NAME 기자": furniture.
@pytest.mark.parametrize("caption", ["Harbour master Liv Aasen on the new walkway. - Foto VT/Ola Berg",
                                     "새 여객터미널 대합실에서 승객들이 배를 기다리고 있다. /사진=김민준 기자"])
def test_a_caption_credited_with_the_outlets_initials_or_a_korean_label(caption, rules_only):
    article, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{caption}\n"))
    assert caption not in story and article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 178: a player's buttons in other languages ("▶ Ascolta l'articolo", "Lyssna på artikeln") and a placeholder left
# by a video player ("Video player loading..."): furniture, never a heading.
@pytest.mark.parametrize("line", ["▶ Ascolta l'articolo", "Lyssna på artikeln", "Video player loading...", "Loading video…"])
def test_a_players_buttons_and_placeholder(line, rules_only):
    article, story = between_paragraphs(line)
    assert line not in story and [b.text for b in article.blocks if b.kind == "h"] == []


# Class 179: a label over a list of other pieces in Croatian, Romanian, Bulgarian, Turkish, Vietnamese or Korean
# ("Povezano", "Cele mai citite", "Най-четени", "İlgili Haberler", "Tin cùng chuyên mục", "많이 본 뉴스"): the list is no story.
@pytest.mark.parametrize("label", ["Povezano", "Najčitanije", "Cele mai citite", "Най-четени", "İlgili Haberler", "Tin cùng chuyên mục", "많이 본 뉴스"])
def test_a_list_label_in_more_languages(label, rules_only):
    under = f"{label}\n1. Winter timetable adds a late boat on Fridays\n2. Quay car park to charge for overnight stays"
    article, story = read(page(under=under))
    assert "Winter timetable" not in story and [b.text for b in article.blocks if b.kind == "h"] == []


# Class 180: a row of counts under the byline, whatever their words' language ("1.248 vizualizări · Timp de citire: 4
# min", "3 214 прочитания · Коментари: 2"): furniture, never the headline.
@pytest.mark.parametrize("row", ["1.248 vizualizări   ·   Timp de citire: 4 min", "3 214 прочитания   ·   Коментари: 2"])
def test_a_row_of_counts_under_the_byline(row, rules_only):
    text = page().replace("A waiting hall, two berths and a covered walkway after two years of building work\n", "").replace(
        "By Kari Nygaard\n07.10.2026 09:40\n", "Autor: Kari Nygaard\nPublicat: 7 octombrie 2026, 09:40   |   Actualizat: 7 octombrie "
        f"2026, 12:10\n{row}\nDistribuie:   Facebook   WhatsApp   X\n")
    article, story = read(text)
    assert row not in story and article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 181: the rules' headline that the model takes for furniture gives way only to a line the model finds clearly
# likelier the headline: not to a tagline it finds about as unlikely (0.04 against 0.02). (A model made for the test.)
def test_the_rules_headline_stays_against_a_line_the_model_finds_as_unlikely(monkeypatch):
    model = made_model(monkeypatch, {"last:passengers": 11.3}, {"bias": -3.9, "first:every": 0.7, "first:varnholt": 0.1})
    text = page().replace("Varnholt Tidende\n", "Varnholt Tidende\nEvery day on the islands since 1987\n", 1)
    assert parse_text_article(text).title == "Varnholt's new ferry terminal takes its first passengers"
    model["headline"]["first:every"] = 2.5  # (a line the model finds five times likelier takes its place)
    moved = page().replace("Varnholt Tidende\n", "Varnholt Tidende\nNews   Sport   Weather\nEvery day on the islands since 1987\n", 1)
    assert parse_text_article(moved).title == "Every day on the islands since 1987"
    # (But not the line right under the outlet's name, its tagline, short of sure: class 333.)
    assert parse_text_article(text).title == "Varnholt's new ferry terminal takes its first passengers"


# Class 182: a French paywall's note that the piece is a gift ("Cet article vous est offert") and a caption under its
# label ("File image: …", "Archive photo: …"): furniture, wherever they stand.
@pytest.mark.parametrize("line", ["Cet article vous est offert", "File image: the north quay before the new terminal was built.",
                                  "Archive photo: the old ticket office on the quay in 1987."])
def test_a_paywalls_gift_note_and_a_labelled_caption(line, rules_only):
    article, story = between_paragraphs(line)
    assert line not in story and article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 183: a Hebrew page's stamp labels ("פורסם: …   |   עודכן: …"), the writer's bare name with a geresh ("נועה ברקוביץ'")
# over it, and "yesterday" ("אתמול") in the story.
def test_a_hebrew_stamp_row_and_bare_byline():
    from generator.articles.datetext import PartialDate, date_mentions, stamp_dates
    assert [(k, d.iso()) for k, d, _ in stamp_dates("פורסם: 06.10.2026, 08:15   |   עודכן: 06.10.2026, 11:40")] == [
        ("published", "2026-10-06"), ("updated", "2026-10-06")]
    assert [m.date.iso() for m in date_mentions("המעבורת הגיעה אתמול לנמל.", PartialDate(2026, 10, 6), 1)] == ["2026-10-05"]
    text = ("מסוף המעבורות החדש של וורנהולט נפתח לנוסעים אחרי שנתיים של עבודות בנייה בנמל\n"
            "האולם החדש מכיל שלוש מאות מקומות ישיבה ושני רציפים לספינות האיים\nנועה ברקוביץ'\n"
            "פורסם: 06.10.2026, 08:15   |   עודכן: 06.10.2026, 11:40\n\n" + "\n\n".join(BODY) + "\n")
    assert parse_text_article(text).author == "נועה ברקוביץ'"


# Class 184: a caption's credit after a bar, under its label in any script ("… | צילום: רועי גלעדי", "… | படம்: ம. பிரபு",
# the name opening on initials); a stamp row's pieces after bars ("… | Source: … | Author: …") are no caption.
@pytest.mark.parametrize("line, caption", [("המעבורת החדשה ליד הרציף הצפוני בבוקר הפתיחה | צילום: רועי גלעדי", True),
                                           ("புதிய முனையத்தில் பயணிகள் படகுக்காகக் காத்திருக்கின்றனர். | படம்: ம. பிரபு", True),
                                           ("12 June 2026 09:10 | Source: Coast Wire | Author: Siri Holm", False)])
def test_a_caption_credit_after_a_bar(line, caption):
    from generator.articles.debris import is_line_debris
    assert is_line_debris(line) == caption


# Class 185: a caption's photographer under a label in brackets at the line's end ("… (تصوير: سامر النجار)"), a dash for
# the colon in a script without capitals ("(ඡායාරූප - සුනිල් කරුණාතිලක)").
@pytest.mark.parametrize("line", ["العبارة الجديدة عند الرصيف الشمالي صباح يوم الافتتاح (تصوير: سامر النجار)",
                                  "නව පර්යන්තයේ මගීන් බෝට්ටුව එනතුරු බලා සිටිති. (ඡායාරූප - සුනිල් කරුණාතිලක)"])
def test_a_caption_credit_in_brackets_under_a_label(line):
    from generator.articles.debris import is_line_debris
    assert is_line_debris(line)


# Class 186: the place and the reporter on a line of their own over the lead, in a script without capitals ("العقبة -
# هديل الرواشدة"), the place named again in the story: the dateline and the byline; the outlet's name there is no byline.
@pytest.mark.parametrize("line, author", [("وارنهولت - هديل الرواشدة", "هديل الرواشدة"), ("وارنهولت - موج الشمال", None)])
def test_the_place_and_the_reporter_on_a_line_over_the_lead(line, author):
    lead = ("افتتح ميناء وارنهولت صباح أمس محطة العبارات الجديدة أمام المسافرين بعد عامين من أعمال البناء على الرصيف الشمالي "
            "الذي كان يضم كوخا خشبيا قديما.")
    text = (f"موج الشمال\nالرئيسية   محليات   الميناء\nمحطة عبارات جديدة في وارنهولت تستقبل أول المسافرين\n"
            f"تاريخ النشر : 2026-10-07 10:47\n\n{line}\n{lead}\n\n" + "\n\n".join(BODY) + "\n\n© 2026 موج الشمال\n")
    article = parse_text_article(text)
    assert article.dateline == "وارنهولت" and article.author == author and line not in story_text(article)


# Class 187: a stay until a weekday in Arabic ("… صباح أمس الأحد … في زيارة تستمر حتى يوم الأربعاء"): from the day it began
# to the day named after "until".
def test_an_arabic_stay_until_a_weekday():
    from generator.articles.datetext import PartialDate, date_mentions
    found = date_mentions("رست العبارة صباح الأحد في الميناء في زيارة تستمر حتى يوم الأربعاء.", PartialDate(2026, 11, 2), 1)
    assert [(m.date.iso(), m.end.iso() if m.end else None) for m in found] == [("2026-11-01", "2026-11-04")]


# Class 188: a Sinhala byline with "by" after the name, then the stamp with its weekday and "a.m." ("NAME විසින් | 2026
# සැප්තැම්බර් 16, බදාදා පෙ.ව. 6.45"); the date bar above is no headline.
def test_a_sinhala_byline_and_stamp_row(rules_only):
    text = page().replace("By Kari Nygaard\n07.10.2026 09:40\n", "චමින්ද ගුණසේකර විසින්   |   2026 ඔක්තෝබර් 7, බදාදා   පෙ.ව. 9.40\n")
    article, story = read(text.replace("Varnholt Tidende\n", "Varnholt Tidende\n2026 ඔක්තෝබර් 8, බ්‍රහස්පතින්දා   ·   වාන්හෝල්ට් 12°C\n", 1))
    assert article.author == "චමින්ද ගුණසේකර" and article.published.iso() == "2026-10-07"
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 189: a reporter's label in Tamil, Hindi or Marathi ("செய்தியாளர்: NAME", "संवाददाता: NAME"), a Hebrew "by" ("מאת NAME").
@pytest.mark.parametrize("line, name", [("செய்தியாளர்: ரா. கார்த்திகேயன்", "ரா. கார்த்திகேயன்"), ("संवाददाता: अनिल शर्मा", "अनिल शर्मा"),
                                        ("प्रतिनिधी: सुनील पाटील", "सुनील पाटील"), ("מאת נועה לוי", "נועה לוי")])
def test_a_reporters_label_in_more_languages(line, name):
    from generator.articles.credits import byline
    assert byline(line) == name


# Class 190: a span whose days carry their weekday in Danish, Swedish, Norwegian or Dutch ("fra torsdag 3. til søndag 6.
# september", "van donderdag 3 tot zondag 6 september"), and a Nordic weekday with its part of the day ("på tisdagskvällen").
@pytest.mark.parametrize("text, span", [("Skibet ligger i havn fra torsdag 3. til søndag 6. september.", ("2026-09-03", "2026-09-06")),
                                        ("Het schip ligt aan de kade van donderdag 3 tot zondag 6 september.", ("2026-09-03", "2026-09-06")),
                                        ("Auditoriet var fullsatt på tisdagskvällen.", ("2026-09-01", None))])
def test_nordic_and_dutch_weekdays_in_spans_and_parts_of_the_day(text, span):
    from generator.articles.datetext import PartialDate
    assert first_span(text, PartialDate(2026, 9, 2)) == span


# Class 191: a headline that ends on its quotation, over a standfirst of sentences right over the byline and stamp, under
# a tagline that reads as a headline ("Nyheter från Karlskrona med skärgård sedan 2011"): the quoted line is the headline.
def test_a_quoted_headline_over_a_standfirst_under_a_tagline(rules_only):
    head = "Hamnkaptenen i nya hallen: ”Vi byggde den för vintern”"
    text = (f"Varnholt Tidende\nNyheter från Varnholt med öarna sedan 1987\nNyheter   Varnholt   Hamnen   Sport\n{head}\n"
            "Hamnkaptenen öppnade hallen på tisdagskvällen. Frågorna handlade mest om vintertidtabellen.\n"
            "Kari Nygaard\nkari.nygaard@tidende.se\nPublicerad 7 oktober 2026, 06.00\nUppdaterad 7 oktober 2026, 10.41\n"
            + LEAD + "\n" + "\n".join(BODY) + f"\n{LAST}\n")
    assert read(text)[0].title == head


# Class 192: a Bulgarian stamp with the hour's abbreviation and the editing label ("24.09.2026, 08:15 ч.   Редактирана:
# 24.09.2026, 13:40 ч."), and its view counter ("Прочетена 2 317 пъти").
def test_a_bulgarian_stamp_and_counter():
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import is_line_debris
    assert [(k, d.iso()) for k, d, _ in stamp_dates("24.09.2026, 08:15 ч.   Редактирана: 24.09.2026, 13:40 ч.")] == [
        ("published", "2026-09-24"), ("updated", "2026-09-24")]
    assert is_line_debris("Прочетена 2 317 пъти")


# Class 193: a Turkish place in capitals with the dotted capital I ("MERSİN –"): "Mersin", not "Mersi̇n".
def test_a_turkish_dateline_with_the_dotted_capital_i(rules_only):
    article = parse_text_article(page().replace("VARNHOLT – ", "MERSİN – ").replace("The town's new ferry", "Mersin's new ferry"))
    assert article.dateline == "Mersin"


# Class 194: a label over a list of other pieces in Hebrew, Tamil or Sinhala ("קראו גם", "இதையும் படிக்க", "මෙයත් කියවන්න").
@pytest.mark.parametrize("label", ["קראו גם", "עוד בנושא", "இதையும் படிக்க", "මෙයත් කියවන්න"])
def test_a_list_label_in_hebrew_tamil_or_sinhala(label, rules_only):
    under = f"{label}\n1. Winter timetable adds a late boat on Fridays\n2. Quay car park to charge for overnight stays"
    article, story = read(page(under=under))
    assert "Winter timetable" not in story and [b.text for b in article.blocks if b.kind == "h"] == []


# Class 195: an Irish surname's "Ó", a word of one letter, in a bare byline over the stamp ("Eoin Ó Dálaigh").
def test_an_irish_surname_in_a_bare_byline(rules_only):
    article, story = read(page().replace("By Kari Nygaard\n", "Eoin Ó Dálaigh\n"))
    assert article.author == "Eoin Ó Dálaigh"


# Class 196: a place in a script without capitals and a colon opening the lead, named again in it ("சென்னை: … சென்னைப் …"):
# the dateline; a label and a colon ("கேள்வி: …", question) is none.
@pytest.mark.parametrize("lead, place", [
    ("சென்னை: சென்னைப் பல்கலைக்கழகத்தில் நேற்று நடந்த கருத்தரங்கில் ஜப்பான் துணைத் தூதர் மாணவர்களிடம் பேசினார் என்று அதிகாரிகள் தெரிவித்தனர்.", "சென்னை"),
    ("கேள்வி: ஜப்பான் அதிகாரிகள் ஜெர்மனிக்குச் சென்றது ஏன் என்று மாணவர்கள் பலர் கருத்தரங்கில் கேட்டனர் என்று அவர் சொன்னார்.", None)])
def test_an_uncased_place_and_colon_dateline(lead, place):
    from generator.articles.credits import dateline
    found = dateline(lead)
    assert (found.place if found else None) == place


# Class 197: two surnames joined by Catalan's or Spanish's "i"/"y" in a bare byline ("Marta Puigvert i Roca"), and a Hebrew
# bare name with a hyphen ("אורטל בן-חמו").
@pytest.mark.parametrize("name", ["Marta Puigvert i Roca", "Josep Ferrer y Vidal"])
def test_two_surnames_joined_by_and_in_a_bare_byline(name, rules_only):
    article, story = read(page().replace("By Kari Nygaard\n", f"{name}\n"))
    assert article.author == name


# Class 198: the words and the pictures credited on one line with no colon ("Teksti NAME Kuvat NAME"): the byline, no headline.
def test_text_and_pictures_credited_on_one_line(rules_only):
    article, story = read(page().replace("By Kari Nygaard\n", "Teksti Riikka Salo-Heinonen Kuvat Jarmo Vuorela\n"))
    assert article.author == "Riikka Salo-Heinonen" and article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 199: a Catalan "read also" link and a Catalan or Spanish call to subscribe in the story ("Llegeix també: …",
# "Fes-te'n subscriptor des de 5 € al mes."), and an outlet's land acknowledgement in its footer: furniture.
@pytest.mark.parametrize("line", ["Llegeix també: El port obre una nova sala d'espera per als passatgers de les illes",
                                  "El Far és un mitjà independent. Fes-te'n subscriptor des de 5 € al mes.",
                                  "We acknowledge with respect that we work and live on the traditional territories of the Coast Salish peoples."])
def test_catalan_links_and_calls_and_a_land_acknowledgement(line, rules_only):
    article, story = after_second_paragraph(line)
    assert line not in story


# Class 200: a Hebrew stamp row with two-figure years ("פורסם: 09.09.26, 07:55 | עודכן: 09.09.26, 13:40") under the headline,
# a Hebrew date bar on top: the row gives the publication and the update, whatever the line model makes of the bar.
def test_a_hebrew_stamp_row_under_a_date_bar():
    text = ("יום חמישי, כ\"ח באלול תשפ\"ו   |   10.09.2026\nמפרץ וורנהולט\n"
            "מסוף המעבורות החדש של וורנהולט נפתח לנוסעים אחרי שנתיים של עבודות בנייה בנמל\n"
            "האולם החדש מכיל שלוש מאות מקומות ישיבה ושני רציפים לספינות האיים\nאורטל בן-חמו\n"
            "פורסם: 09.09.26, 07:55   |   עודכן: 09.09.26, 13:40\n\n" + "\n\n".join(BODY) + "\n")
    article = parse_text_article(text)
    assert (article.published.iso(), article.updated.iso(), article.author) == ("2026-09-09", "2026-09-09", "אורטל בן-חמו")


# Class 201: an Iranian stamp row — the article's number, the Solar Hijri date written year first in slashes, its time and the
# view count ("کد خبر: ۴۴۱۲۰۸ | تاریخ انتشار: ۱۴۰۵/۰۷/۲۲ - ۰۹:۱۵ | بازدید: ۹۱۲"): published 14 October 2026. A year of the
# lunar Hijri calendar written so ("1448/04/30") is no date the reader places.
def test_a_solar_hijri_stamp_written_year_first():
    from generator.articles.datetext import full_dates, stamp_dates
    assert [(k, d.iso()) for k, d, _ in stamp_dates("کد خبر: ۴۴۱۲۰۸   |   تاریخ انتشار: ۱۴۰۵/۰۷/۲۲ - ۰۹:۱۵   |   بازدید: ۹۱۲")] == [
        ("published", "2026-10-14")]
    assert [d.iso() for _, _, d, _ in full_dates("1448/04/30")] == []
    assert [d.iso() for _, _, d, _ in full_dates("2026/10/14")] == ["2026-10-14"]


# Class 202: an Iranian page's kicker (the rutitr) over the headline and the lead under it, all under the stamp: the longer
# line over the lead is the headline, the kicker is not; the reporter and editor credited on one row after the story
# ("خبرنگار: NAME | دبیر: NAME") give the byline; the outlet named in its quotes in the copyright sentence is the publisher.
def test_an_iranian_kicker_headline_and_lead_and_the_credit_row_after_the_story():
    head = "معاون بندر: پهلوگیری کشتی آموزشی ژاپن نشانه گسترش همکاری دریایی است"
    text = ("بندر وارنهولت\nصفحه نخست   سیاسی   اقتصادی   دریا\n"
            "تاریخ انتشار: ۱۴۰۵/۰۷/۲۲ - ۰۹:۱۵\nدر بازدید از اسکله شمالی مطرح شد\n" + head + "\n"
            "مسئولان بندر می‌گویند سالن تازه مسافران و دو اسکله جدید، رفت و آمد کشتی‌های بزرگ را در زمستان آسان‌تر می‌کند.\n"
            + "\n".join(BODY) + "\n" + LAST + "\nانتهای خبر/\nخبرنگار: مریم صالحی‌نژاد   |   دبیر: کامران رضوی\n"
            "کلیه حقوق این پایگاه متعلق به «بندر وارنهولت» است. استفاده از مطالب با ذکر منبع آزاد است.\n")
    article = parse_text_article(text)
    assert (article.title, article.author, article.publisher, article.published.iso()) == (
        head, "مریم صالحی\u200cنژاد", "بندر وارنهولت", "2026-10-14")


# Class 203: a reporter and an editor credited on one row under the standfirst ("रिपोर्ट: NAME, मुंबई | संपादन: NAME"):
# the reporter is the byline, though the row reads like a row of labelled tools; and a Hindi dateline that ends on the
# danda ("मुंबई, 15 अक्टूबर। …").
def test_a_hindi_reporter_and_editor_row_and_a_dateline_ending_on_the_danda(rules_only):
    article, story = read(page().replace("By Kari Nygaard\n", "रिपोर्ट: अनिल कुमार तिवारी, मुंबई   |   संपादन: प्रिया शर्मा\n"))
    assert article.author == "अनिल कुमार तिवारी" and "संपादन" not in story
    from generator.articles.credits import dateline
    found = dateline("मुंबई, 15 अक्टूबर। जापान का प्रशिक्षण जहाज गुरुवार सुबह चार दिन के दौरे पर मुंबई बंदरगाह पहुंचा और नौसेना बैंड ने स्वागत किया।")
    assert (found.place, found.month, found.day) == ("मुंबई", 10, 15)


# Class 204: weekdays in Persian (a compound name joined by a zero-width non-joiner, "سه‌شنبه", Tuesday) and in Hebrew, where the
# count after "day" names the day ("ביום שני ושלישי", on Monday and Tuesday; the count alone is "second").
@pytest.mark.parametrize("text, span", [("نشست عصر سه\u200cشنبه در دانشکده برگزار شد.", ("2026-11-03", None)),
                                        ("הכנס התקיים ביום שני ושלישי השבוע במלון ליד הנמל.", ("2026-11-02", "2026-11-03")),
                                        ("הכנס השני התקיים במלון ליד הנמל.", None)])
def test_persian_and_hebrew_weekdays(text, span):
    from generator.articles.datetext import PartialDate
    assert first_span(text, PartialDate(2026, 11, 4)) == span


# Class 205: a Marathi page's header — a bare name over its role and outlet ("NAME" / "वरिष्ठ प्रतिनिधी, OUTLET", senior
# correspondent), then the stamp with Marathi labels ("प्रकाशित : … | अद्ययावत : …"): the name is the byline, the role
# line is no headline; two days joined by "व" (and) are a span; "जाहिरात" (advertisement) labels the advert under it.
def test_a_marathi_name_over_its_role_and_stamp_labels():
    from generator.articles.datetext import PartialDate, stamp_dates
    from generator.articles.debris import is_advert_label
    head = "वर्नहोल्टच्या नव्या फेरी टर्मिनलवर पहिल्या प्रवाशांचे स्वागत, दोन वर्षांच्या कामानंतर सभागृह खुले"
    text = (f"वर्नहोल्ट वार्ता\nमुख्यपृष्ठ   शहर   बंदर   क्रीडा\n{head}\n"
            "नव्या सभागृहात तीनशे प्रवाशांसाठी जागा असून दोन धक्क्यांवर हिवाळी फेरी थांबू शकेल असे बंदर प्रशासनाने सांगितले\n"
            "मीरा देशपांडे-कुलकर्णी\nवरिष्ठ प्रतिनिधी, वर्नहोल्ट वार्ता\n"
            "प्रकाशित : ७ ऑक्टोबर २०२६, सकाळी ७:१०   |   अद्ययावत : ७ ऑक्टोबर २०२६, दुपारी १२:४५\n\n" + "\n\n".join(BODY) + "\n")
    article = parse_text_article(text)
    assert (article.title, article.author, article.published.iso(), article.updated.iso()) == (
        head, "मीरा देशपांडे-कुलकर्णी", "2026-10-07", "2026-10-07")
    assert [k for k, _, _ in stamp_dates("प्रकाशित : ७ ऑक्टोबर २०२६   |   अद्ययावत : ८ ऑक्टोबर २०२६")] == ["published", "updated"]
    assert first_span("हे परिसंवाद (५ व ६ नोव्हेंबर) विद्यापीठात झाले.", PartialDate(2026, 11, 7)) == ("2026-11-05", "2026-11-06")
    assert is_advert_label("जाहिरात")


# Class 206: a caption set between the share row and its picture's credit on a line of its own ("Dalīties: …" / "NAME in the
# hall." / "Foto: NAME"), under the stamp: furniture, though it reads as a short sentence.
def test_a_caption_between_the_share_row_and_a_credit_line(rules_only):
    caption = "Harbour master Liv Aasen in the new waiting hall."
    standfirst = "The harbour's new hall opened on Tuesday after two years of building work on the north quay."
    text = page().replace("A waiting hall, two berths and a covered walkway after two years of building work\nBy Kari Nygaard\n07.10.2026 09:40\n",
                          f"By Kari Nygaard\n07.10.2026 09:40\n{standfirst}\nShare   Facebook   X   Email\n{caption}\nFoto: Jonas Berg\n")
    article, story = read(text)
    assert caption not in story and "Jonas Berg" not in story


# Class 207: a Spanish header — the bare byline, the place on a line of its own under it, then a stamp whose date is written
# with middle dots and a two-figure year and whose update gives its time only ("26·09·26 | 07:00   Actualizado a las 10:48"):
# the byline, the dateline (the place is named in the story), the publication and the same day's update.
def test_a_spanish_name_place_and_dotted_stamp(rules_only):
    text = page().replace("By Kari Nygaard\n07.10.2026 09:40\n", "Kari Nygaard Soler\nVarnholt\n07·10·26 | 09:40   Actualizado a las 12:15\n")
    article = parse_text_article(text.replace("VARNHOLT – The town's new", "Varnholt's new"))
    assert (article.author, article.dateline, article.published.iso(), article.updated.iso()) == (
        "Kari Nygaard Soler", "Varnholt", "2026-10-07", "2026-10-07")


# Class 208: a date bar on top of the page and the article's stamp well under it, right over the kicker and headline (no stamp
# under the headline): the stamp nearest the headline is the publication, the bar is the day of copying.
def test_the_stamp_over_the_kicker_and_headline_under_a_date_bar():
    text = ("Varnholt Tidende\nNews from the islands since 1987\nFriday, 4 December 2026 | Edition 6128\nLog in | Subscribe\n"
            "Home   Town   Harbour   Sport\nSearch …\nHome › Harbour\nStory code: 821457\n07.10.2026 09:40\nIssue 6128 | Page 8\n\nHARBOUR\n"
            "Varnholt's new ferry terminal takes its first passengers\n\n" + LEAD + "\n\n" + "\n\n".join(BODY) + "\n")
    assert parse_text_article(text).published.iso() == "2026-10-07"


# Class 209: a stamp with its reading time in words ("10 Sep, 2026 05:00 AM   4 mins to read"), and a stay the next paragraph
# gives to a day in figures ("tied up on Monday (Aug. 17)" / "is in port until Thursday (Aug. 20)"): the lead's day to that day.
def test_minutes_to_read_beside_a_stamp_and_a_stay_until_a_day():
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    assert [(k, d.iso()) for k, d, _ in stamp_dates("10 Sep, 2026 05:00 AM   4 mins to read")] == [("published", "2026-09-10")]
    event, _ = find_event_date([(1, "The training ship tied up at the naval base on Monday (Aug. 17), its first call in three years."),
                                (2, "The ship is in port until Thursday (Aug. 20) with about 200 sailors aboard.")], PartialDate(2026, 8, 19))
    assert (event.date.iso(), event.end.iso()) == ("2026-08-17", "2026-08-20")


# Class 210: byline labels in more languages — Greek "writes" ("Γράφει η NAME"), Maltese "writing of" ("Kitba ta' NAME"),
# Afrikaans "by" (capitalised: "Deur die bank …" is a sentence), Telugu "written:" ("రచన: NAME"), and a Hong Kong writer
# credited with the duty editor after the story ("撰文：NAME ｜ 責任編輯：NAME").
@pytest.mark.parametrize("line, name", [("Γράφει η Ελένη Καραγιάννη", "Ελένη Καραγιάννη"), ("Kitba ta' Marija Camilleri Zammit", "Marija Camilleri Zammit"),
                                        ("Deur Anneke van der Merwe", "Anneke van der Merwe"), ("Deur die bank het almal gestem", None),
                                        ("రచన: కొండేపూడి లక్ష్మీ", "కొండేపూడి లక్ష్మీ"), ("撰文：梁凱琪　｜　責任編輯：陳志明", "梁凱琪")])
def test_byline_labels_in_greek_maltese_afrikaans_telugu_and_chinese(line, name):
    from generator.articles.credits import byline
    assert byline(line) == name


# Class 211: a caption that ends on its picture's credit in brackets under a Greek or Telugu label ("(Φωτ.: NAME / OUTLET)",
# "(ఫొటో: NAME, OUTLET)"): furniture, never the headline.
@pytest.mark.parametrize("caption", ["Το εκπαιδευτικό πλοίο στην προβλήτα του λιμανιού. (Φωτ.: Νίκος Παππάς / Βάρνχολτ Νέα)",
                                     "నౌకాశ్రయం వద్ద లంగరు వేసిన నౌక (ఫొటో: కె. రాము, వార్తలు)"])
def test_a_caption_credited_in_greek_or_telugu(caption):
    from generator.articles.debris import is_line_debris
    assert is_line_debris(caption)


# Class 212: a Maltese stamp row ("Ippubblikat: Il-Ġimgħa, 16 ta' Ottubru 2026, 07:45 | Aġġornat: Is-Sibt, 17 ta' Ottubru 2026,
# 09:20"), a Maltese weekday with its article ("il-Ħamis", on Thursday) and its reading time ("Ħin tal-qari: 4 minuti").
def test_a_maltese_stamp_weekday_and_reading_time():
    from generator.articles.datetext import PartialDate, stamp_dates
    from generator.articles.debris import is_line_debris
    assert [(k, d.iso()) for k, d, _ in stamp_dates("Ippubblikat: Il-Ġimgħa, 16 ta' Ottubru 2026, 07:45   |   Aġġornat: Is-Sibt, 17 ta' Ottubru 2026, 09:20")] == [
        ("published", "2026-10-16"), ("updated", "2026-10-17")]
    assert first_span("Is-seminar sar il-Ħamis filgħaxija fl-università.", PartialDate(2026, 10, 16)) == ("2026-10-15", None)
    assert is_line_debris("Ħin tal-qari: 4 minuti")


# Class 213: an Urdu page — the stamp's "شائع" (published) label beside Latin am/pm times, the place and the staff reporter in
# brackets opening the story ("کراچی (اسٹاف رپورٹر) …"), a weekday ("منگل کے روز", on Tuesday), "یہ بھی پڑھیں:" (read also)
# and the last paragraph ending on Urdu's full stop ("۔"): a sentence, the story's.
def test_an_urdu_stamp_dateline_weekday_and_full_stop():
    from generator.articles.credits import dateline
    from generator.articles.datetext import PartialDate, stamp_dates
    from generator.articles.debris import is_sentence
    assert [(k, d.iso()) for k, d, _ in stamp_dates("شائع 7 اکتوبر 2026 09:40am   |   اپ ڈیٹ 8 اکتوبر 2026 06:15pm")] == [
        ("published", "2026-10-07"), ("updated", "2026-10-08")]
    found = dateline("ورنہولٹ (اسٹاف رپورٹر) شہر کے نئے فیری ٹرمینل نے منگل کے روز مسافروں کے لیے اپنے دروازے کھول دیے اور پہلے دن سینکڑوں لوگ آئے۔")
    assert found.place == "ورنہولٹ"
    assert first_span("ٹرمینل منگل کے روز کھولا گیا۔", PartialDate(2026, 10, 8)) == ("2026-10-06", None)
    link = "یہ بھی پڑھیں: شہر میں نئی بس سروس شروع کرنے کا فیصلہ"
    assert link not in after_second_paragraph(link)[1]
    assert is_sentence("ٹرمینل کی پرانی عمارت گرمیوں سے پہلے ہٹا دی جائے گی۔")


# Class 214: datelines — a Telugu one with the paper's correspondent in brackets before the colon ("విశాఖపట్నం, ఆగస్టు 17
# (OUTLET ప్రతినిధి): …"); a Hong Kong paper's own source tag ("【維港日報專訊】") names no place.
def test_a_telugu_dateline_with_its_correspondent_and_a_chinese_source_tag():
    from generator.articles.credits import dateline
    found = dateline("విశాఖపట్నం, ఆగస్టు 17 (వార్తలు ప్రతినిధి): జపాన్ నౌకాదళానికి చెందిన శిక్షణ నౌక సోమవారం ఉదయం విశాఖపట్నం నౌకాశ్రయానికి చేరుకుంది అని అధికారులు తెలిపారు.")
    assert (found.place, found.month, found.day) == ("విశాఖపట్నం", 8, 17)
    assert dateline("【維港日報專訊】日本政府今年5月29日宣布派遣四名軍官，進駐北約設於德國威斯巴登的指揮部。") is None


# Class 215: an Afrikaans stamp row ("Gepubliseer: 26 November 2026, 08h00 | Bygewerk: 27 November 2026, 14h15") and a weekday
# with its part of the day ("Dinsdagaand", on Tuesday evening).
def test_an_afrikaans_stamp_and_weekday():
    from generator.articles.datetext import PartialDate, stamp_dates
    assert [(k, d.iso()) for k, d, _ in stamp_dates("Gepubliseer: 26 November 2026, 08h00   |   Bygewerk: 27 November 2026, 14h15")] == [
        ("published", "2026-11-26"), ("updated", "2026-11-27")]
    assert first_span("Die lesing is Dinsdagaand in die saal gehou.", PartialDate(2026, 11, 26)) == ("2026-11-24", None)


# Class 216: spans — the day a stay ends ("sailed out on Thursday morning, ending a four-day port call") and a Greek span whose
# days carry their weekday and article ("από την Παρασκευή 10 έως τη Δευτέρα 13 Ιουλίου").
def test_a_stay_told_by_its_length_and_a_greek_span_with_weekdays():
    from generator.articles.datetext import PartialDate, find_event_date
    event, _ = find_event_date([(1, "Two training ships sailed out of the harbour on Thursday morning, ending a four-day port call that drew "
                                    "thousands of visitors.")], PartialDate(2026, 10, 16))
    assert (event.date.iso(), event.end.iso()) == ("2026-10-12", "2026-10-15")
    assert first_span("Τα πλοία έμειναν στο λιμάνι από την Παρασκευή 10 έως τη Δευτέρα 13 Ιουλίου.", PartialDate(2026, 7, 14)) == (
        "2026-07-10", "2026-07-13")


# Class 217: a ticker under a label in capitals over the headline ("ΛΙΜΑΝΙΑ: …", ports) that the line model likes a little
# more than the rules' headline it calls furniture: the rules' headline stays.
def test_a_ticker_under_a_label_in_capitals_is_not_the_models_headline(monkeypatch):
    ticker = "ΛΙΜΑΝΙΑ: Κανονικά τα δρομολόγια από το λιμάνι και τα νησιά"
    head = "Varnholt's new ferry terminal takes its first passengers"
    model = made_model(monkeypatch, {"last:passengers": 11.3}, {"bias": -3.9, "first:λιμανια": 2.5})
    assert parse_text_article(page(above=ticker)).title == head
    model["headline"]["first:λιμανια"] = 6.0  # (a line the model is sure of takes its place)
    assert parse_text_article(page(above=ticker)).title == ticker


# Class 218: a Burmese page — a stamp row under "posted" and "last edited" with the month written without its "လ" ("တင်ချိန် –
# ၂၂ အောက်တိုဘာ ၂၀၂၆၊ နံနက် ၉:၁၅ | နောက်ဆုံးပြင်ဆင်ချိန် – …"), the reporter and photographer on one row ("သတင်း – NAME | ဓာတ်ပုံ –
# NAME"), a dateline set off by Burmese's own comma ("ရန်ကုန်၊ အောက်တိုဘာ ၂၁ – …"), two days joined by "and" ("၂၀ ရက်နှင့် ၂၁
# ရက်") and a "related reading" label before its link with a dash.
def test_a_burmese_stamp_byline_dateline_span_and_link():
    from generator.articles.credits import byline, dateline
    from generator.articles.datetext import PartialDate, stamp_dates
    assert [(k, d.iso()) for k, d, _ in stamp_dates("တင်ချိန် – ၁၂ နိုဝင်ဘာ ၂၀၂၆၊ နံနက် ၈:၃၀   |   နောက်ဆုံးပြင်ဆင်ချိန် – ၁၃ နိုဝင်ဘာ ၂၀၂၆၊ နံနက် ၇:၀၅")] == [
        ("published", "2026-11-12"), ("updated", "2026-11-13")]
    assert byline("သတင်း – မြင့်မြင့်ထွန်း   |   ဓာတ်ပုံ – ကျော်ဇင်") == "မြင့်မြင့်ထွန်း"
    found = dateline("မော်လမြိုင်၊ နိုဝင်ဘာ ၁၁ – ဆိပ်ကမ်းမြို့ရှိ ခရီးသည်ဆိပ်ခံ အသစ်ကို မနေ့က စတင်ဖွင့်လှစ်ခဲ့ပြီး ခရီးသည် ရာနှင့်ချီ ရောက်ရှိ လာကြသည်ဟု အာဏာပိုင်များက ပြောသည်။")
    assert (found.place, found.month, found.day) == ("မော်လမြိုင်", 11, 11)
    assert first_span("ဖိုရမ်ကို နိုဝင်ဘာ ၁၀ ရက်နှင့် ၁၁ ရက်တို့တွင် ကျင်းပခဲ့သည်။", PartialDate(2026, 11, 12)) == ("2026-11-10", "2026-11-11")
    link = "ဆက်စပ်ဖတ်ရှုရန် – ဆိပ်ကမ်းမြို့တွင် ဘတ်စ်ကားလိုင်းသစ် စတင်မည်"
    assert link not in after_second_paragraph(link)[1]


# Class 219: a Punjabi page — a caption that ends on its picture's credit after the danda and a dash ("… ਮਾਤਸੁਓਕਾ। -ਫੋਟੋ: NAME"),
# "ਇਸ਼ਤਿਹਾਰ" (advertisement) over an advert that gives a telephone number, and the reporter's name in the dateline's brackets
# ("ਅੰਮ੍ਰਿਤਸਰ, 10 ਸਤੰਬਰ (NAME)- …"): the byline, though no other line names the writer.
def test_a_punjabi_caption_advert_and_reporter_in_the_dateline():
    from generator.articles.debris import is_advert_copy, is_advert_label, is_line_debris
    assert is_line_debris("ਨਵੇਂ ਟਰਮੀਨਲ ਦੇ ਉਦਘਾਟਨ ਸਮੇਂ ਬੰਦਰਗਾਹ ਦੇ ਅਧਿਕਾਰੀ। -ਫੋਟੋ: ਜਸਵੀਰ ਸਿੰਘ")
    assert is_advert_label("ਇਸ਼ਤਿਹਾਰ")
    assert is_advert_copy("ਸੰਧੂ ਟਰੈਵਲਜ਼ — ਕੈਨੇਡਾ ਤੇ ਆਸਟ੍ਰੇਲੀਆ ਦੀਆਂ ਟਿਕਟਾਂ ਸਭ ਤੋਂ ਸਸਤੀਆਂ, ਵੀਜ਼ਾ ਫਾਈਲਾਂ ਵੀ ਤਿਆਰ ਕਰਦੇ ਹਾਂ। ਮਾਲ ਰੋਡ, ਅੰਮ੍ਰਿਤਸਰ। ਕਾਲ ਕਰੋ: 98140-XXXXX")
    lead = ("ਵਰਨਹੋਲਟ, 7 ਅਕਤੂਬਰ (ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ)- ਸ਼ਹਿਰ ਦੇ ਨਵੇਂ ਫੈਰੀ ਟਰਮੀਨਲ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਮੁਸਾਫ਼ਰਾਂ ਲਈ ਦਰਵਾਜ਼ੇ ਖੋਲ੍ਹ ਦਿੱਤੇ ਅਤੇ "
            "ਪਹਿਲੇ ਦਿਨ ਸੈਂਕੜੇ ਲੋਕ ਪਹੁੰਚੇ।")
    text = f"ਵਰਨਹੋਲਟ ਟਾਈਮਜ਼\nਮੁੱਖ ਪੰਨਾ   ਸ਼ਹਿਰ   ਬੰਦਰਗਾਹ\nਵਰਨਹੋਲਟ ਦੇ ਨਵੇਂ ਫੈਰੀ ਟਰਮੀਨਲ 'ਤੇ ਪਹਿਲੇ ਮੁਸਾਫ਼ਰਾਂ ਦਾ ਸਵਾਗਤ\nਪ੍ਰਕਾਸ਼ਿਤ: 8 ਅਕਤੂਬਰ 2026, 05:42 AM IST\n\n{lead}\n\n" + "\n\n".join(BODY) + "\n"
    article = parse_text_article(text)
    assert (article.author, article.dateline) == ("ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ", "ਵਰਨਹੋਲਟ")


# Class 220: a Slovene stamp row with "ob" before its times and "posodobljeno" (updated), "Oglasno sporočilo" (advertisement)
# and two weekdays joined by Slovene's "in" (and); Kazakh's "кеше" (yesterday).
def test_a_slovene_stamp_advert_label_and_span_and_kazakh_yesterday():
    from generator.articles.datetext import PartialDate, stamp_dates
    from generator.articles.debris import is_advert_label
    assert [(k, d.iso()) for k, d, _ in stamp_dates("14. 10. 2026 ob 6.30   |   posodobljeno 14. 10. 2026 ob 11.05")] == [
        ("published", "2026-10-14"), ("updated", "2026-10-14")]
    assert is_advert_label("Oglasno sporočilo")
    assert first_span("Veleposlanik je bil na obisku v ponedeljek in torek.", PartialDate(2026, 10, 14)) == ("2026-10-12", "2026-10-13")
    assert first_span("Кеше университетте семинар өтті.", PartialDate(2026, 10, 14)) == ("2026-10-13", None)


# Class 221: an agency's dateline with the date between full stops ("Алматы. 12 ноября. ДАЛА-ПРЕСС – …") or after the place
# and a comma, month first ("Tema, Oct. 7, HCM – …", as the Ghana News Agency sets it).
@pytest.mark.parametrize("lead, place, agency", [
    ("Алматы. 12 ноября. ДАЛА-ПРЕСС – В четверг в университете прошел круглый стол о безопасности, партнерстве и роли Японии.", "Алматы", "Дала-Пресс"),
    ("Tema, Oct. 7, HCM – The harbour's new ferry terminal opened to passengers on Tuesday, two years after building work began.", "Tema", "HCM")])
def test_an_agency_dateline_with_its_date(lead, place, agency):
    from generator.articles.credits import dateline
    found = dateline(lead)
    assert (found.place, found.agency) == (place, agency)


# Class 222: a Welsh stamp row ("Cyhoeddwyd: … | Diweddarwyd: …", published and updated), a mutated Welsh weekday ("ddydd
# Sadwrn", on Saturday), and a byline with the staff title after a slash ("NAME/Senior Staff Reporter").
def test_a_welsh_stamp_and_weekday_and_a_name_with_its_title_after_a_slash():
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, stamp_dates
    assert [(k, d.iso()) for k, d, _ in stamp_dates("Cyhoeddwyd: 10.08.2026, 07:15   |   Diweddarwyd: 11.08.2026, 09:40")] == [
        ("published", "2026-08-10"), ("updated", "2026-08-11")]
    assert first_span("Daeth dros fil o bobl i'r cei ddydd Sadwrn.", PartialDate(2026, 8, 10)) == ("2026-08-08", None)
    assert byline("Shanice Campbell-Reid/Senior Staff Reporter") == "Shanice Campbell-Reid"
    assert byline("Home/News/Local Reporter") is None


# Class 223: two weekdays as a span in the languages of India, "from" and "until" after each ("సోమవారం నుంచి గురువారం వరకు",
# "सोमवार से गुरुवार तक"): from the first such day on or before the article's date, for as many days as the names say.
@pytest.mark.parametrize("text", ["నౌక సోమవారం నుంచి గురువారం వరకు ఇక్కడే ఉంటుంది.", "जहाज सोमवार से गुरुवार तक बंदरगाह पर रहेगा।"])
def test_a_span_of_weekdays_in_the_languages_of_india(text):
    from generator.articles.datetext import PartialDate
    assert first_span(text, PartialDate(2026, 8, 18)) == ("2026-08-17", "2026-08-20")


# Class 224: a stay told by its length in the lead ("a four-day visit", "চার দিনের শুভেচ্ছা সফরে"), its first day there and its
# last day in figures in the next paragraph ("leaves on Tuesday (10 November)"): the span; a last day that does not fit the
# length is no end.
@pytest.mark.parametrize("follow, end", [("জাহাজটি মঙ্গলবার (১০ নভেম্বর) সকালে বন্দর ছেড়ে যাবে।", "2026-11-10"),
                                         ("জাহাজটি বুধবার (১১ নভেম্বর) সকালে বন্দর ছেড়ে যাবে।", None)])
def test_a_stay_told_by_its_length_and_its_last_day(follow, end):
    from generator.articles.datetext import PartialDate, find_event_date
    event, _ = find_event_date([(1, "ডেস্ট্রয়ারটি চার দিনের শুভেচ্ছা সফরে আজ শনিবার (৭ নভেম্বর) সকালে বন্দরে পৌঁছেছে।"), (2, follow)],
                               PartialDate(2026, 11, 7))
    assert (event.date.iso(), event.end.iso() if event.end else None) == ("2026-11-07", end)


# Class 225: captions that end on their credit after a bar or a slash ("… Jumapili. PICHA | NAME", "… í Hljómahöll. Vitinn/NAME")
# and a line asking the reader to follow the outlet on Google News, in any language: furniture.
@pytest.mark.parametrize("line", ["Meli ikiwa imetia nanga katika gati nambari 11 ya bandari, Jumapili. PICHA | JUMA MWAKIO",
                                  "Sendiherrann í ræðustól í salnum á laugardag. Vitinn/Einar Jónsson",
                                  "Google News પર વર્નહોલ્ટ ટાઇમ્સને ફોલો કરો"])
def test_captions_credited_after_a_bar_or_slash_and_a_google_news_line(line):
    from generator.articles.debris import is_line_debris
    assert is_line_debris(line)


# Class 226: bylines — "NAME skrifar" (Icelandic, "writes") and Kannada's "ವರದಿ: NAME" (report:).
@pytest.mark.parametrize("line, name", [("Hulda Björk Sigurðardóttir skrifar", "Hulda Björk Sigurðardóttir"), ("ವರದಿ: ಸುಮಂತ್ ಶೆಟ್ಟಿ", "ಸುಮಂತ್ ಶೆಟ್ಟಿ")])
def test_bylines_that_write_after_the_name_or_report_under_a_kannada_label(line, name):
    from generator.articles.credits import byline
    assert byline(line) == name


# Class 227: a Kannada page's stamp labels ("ಪ್ರಕಟಿತ" published, "ಪರಿಷ್ಕೃತ" revised), its dateline with the month abbreviated as no
# table has it ("ಮಂಗಳೂರು, ಅ.22: …"), a span with "from" and "until" after the days ("ಅಕ್ಟೋಬರ್ 20ರಿಂದ 22ರವರೆಗೆ"), and advert labels
# in Gujarati and Kannada ("જાહેરાત", "ಜಾಹೀರಾತು").
def test_a_kannada_stamp_dateline_span_and_advert_labels():
    from generator.articles.credits import dateline
    from generator.articles.datetext import PartialDate, stamp_dates
    from generator.articles.debris import is_advert_label
    assert [(k, d.iso()) for k, d, _ in stamp_dates("ಪ್ರಕಟಿತ: 23 ಅಕ್ಟೋಬರ್ 2026, 06:10 IST   |   ಪರಿಷ್ಕೃತ: 24 ಅಕ್ಟೋಬರ್ 2026, 10:25 IST")] == [
        ("published", "2026-10-23"), ("updated", "2026-10-24")]
    found = dateline("ಮಂಗಳೂರು, ಅ.22: ನಗರದ ಹೊಸ ಬಂದರು ಟರ್ಮಿನಲ್ ಮಂಗಳವಾರ ಪ್ರಯಾಣಿಕರಿಗೆ ತೆರೆದುಕೊಂಡಿತು ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದರು ಮತ್ತು ಮೊದಲ ದಿನ ನೂರಾರು ಜನರು ಬಂದರು.")
    assert found.place == "ಮಂಗಳೂರು"
    assert first_span("ನೌಕೆ ಅಕ್ಟೋಬರ್ 20ರಿಂದ 22ರವರೆಗೆ ಬಂದರಿನಲ್ಲಿ ತಂಗಿತ್ತು.", PartialDate(2026, 10, 23)) == ("2026-10-20", "2026-10-22")
    assert is_advert_label("જાહેરાત") and is_advert_label("ಜಾಹೀರಾತು")


# Class 228: a place and a colon opening the lead in a script without capitals ("સુરત : …") that the lead does not name again
# but the story does further down: the dateline; where the story never names it, none.
@pytest.mark.parametrize("later, place", [("સુરત શહેરના વેપારીઓએ નવી સેવાનું સ્વાગત કર્યું અને વધુ ફેરીઓની માંગણી કરી હતી.", "સુરત"),
                                          ("શહેરના વેપારીઓએ નવી સેવાનું સ્વાગત કર્યું અને વધુ ફેરીઓની માંગણી કરી હતી.", None)])
def test_a_colon_place_named_later_in_the_story(later, place):
    lead = "સુરત : શહેરના નવા ફેરી ટર્મિનલે મંગળવારે મુસાફરો માટે દરવાજા ખોલ્યા અને પહેલા જ દિવસે સેંકડો લોકો ત્યાં પહોંચ્યા હતા."
    text = f"વર્નહોલ્ટ ટાઇમ્સ\nવર્નહોલ્ટના નવા ફેરી ટર્મિનલ પર પહેલા મુસાફરોનું સ્વાગત\n07.10.2026 09:40\n\n{lead}\n\n{later}\n\n" + "\n\n".join(BODY) + "\n"
    assert parse_text_article(text).dateline == place


# Class 229: Nynorsk's weekdays ("tysdag", Tuesday), and a sentence right under a list that a short colon line introduces
# ("Laivas lankytojams bus atviras:" / "• …" / "Ketvirtadienio popietę …"): the story's, whatever the line model says.
def test_nynorsk_weekdays_and_a_sentence_under_a_list_under_a_short_colon_line():
    from generator.articles.datetext import PartialDate
    from generator.articles.lineroles import furniture
    assert first_span("Kommandøren kom til basen tysdag.", PartialDate(2026, 9, 10)) == ("2026-09-08", None)
    texts = ["The terminal is open to visitors:", "• Wednesday, 15 July, 13–17;", "• Thursday, 16 July, 9–12.",
             "On Thursday afternoon the ferry leaves for the islands."]
    model = {"furniture": {"bias": 10.0}, "headline": {"bias": -4.0}, "threshold": 0.7}
    assert 3 not in [i for i, _ in furniture(texts, model=model)]


# Class 230: a date bar in two calendars over the masthead ("Sunday, 8 November 2026, 23 Kartik 1433") that the line model likes
# a little more than the rules' headline it calls furniture: the rules' headline stays; only a line the model is sure of wins.
def test_a_date_bar_in_two_calendars_is_not_the_models_headline(monkeypatch):
    bar = "Varnholt, Sunday, 8 November 2026, 23 Kartik 1433"
    head = "Varnholt's new ferry terminal takes its first passengers"
    model = made_model(monkeypatch, {"last:passengers": 11.3}, {"bias": -3.9, "last:1433": 2.5})
    text = f"{bar}\n" + page()
    assert parse_text_article(text).title == head
    model["headline"]["last:1433"] = 6.0
    assert parse_text_article(text).title == bar


# Class 231: byline labels in Azerbaijani ("Müəllif: NAME | 👁 1 284"), Mongolian ("Сэтгүүлч Б.NAME", journalist), Armenian (its
# own comma after "Հեղինակ՝"), Bengali and Assamese ("লেখক: NAME") and Hausa ("Daga NAME", capitalised: "Daga bisani …" is a
# sentence); and a bare name on the stamp row before a view count ("NAME | 28.09.2026, 10:15 | Прегледи: 1.312").
@pytest.mark.parametrize("line, name", [("Müəllif: Nərmin Həsənova   |   👁 1 284", "Nərmin Həsənova"), ("Сэтгүүлч Б.Энхтуяа", "Б.Энхтуяа"),
                                        ("Հեղինակ՝ Անի Պետրոսյան", "Անի Պետրոսյան"), ("লেখক: দেৱজিৎ শৰ্মা", "দেৱজিৎ শৰ্মা"),
                                        ("Daga Aminu Sani Ɗanbatta", "Aminu Sani Ɗanbatta"), ("Daga bisani an yi taro a Kano", None)])
def test_byline_labels_in_azerbaijani_mongolian_armenian_assamese_and_hausa(line, name):
    from generator.articles.credits import byline
    assert byline(line) == name


def test_a_name_on_the_stamp_row_before_a_view_count(rules_only):
    article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40\n", "Елена Петровска   |   07.10.2026, 09:40   |   Прегледи: 1.312\n"))
    assert (article.author, article.published.iso()) == ("Елена Петровска", "2026-10-07")


# Class 232: stamps and days — Hausa ("An wallafa: Alhamis, 15 ga Oktoba, 2026 | 11:20 na safe"), an Azerbaijani update in
# brackets ("(Yenilənib: 17.09.2026 | 16:20)"), a Macedonian weekday with its article ("во саботата"), a Mongolian span with the
# month by its number ("10 дугаар сарын 21-22-ны өдрүүдэд").
def test_hausa_and_azerbaijani_stamps_a_macedonian_weekday_and_a_mongolian_span():
    from generator.articles.datetext import PartialDate, stamp_dates
    assert [(k, d.iso()) for k, d, _ in stamp_dates("An wallafa: Alhamis, 15 ga Oktoba, 2026   |   11:20 na safe")] == [("published", "2026-10-15")]
    assert [(k, d.iso()) for k, d, _ in stamp_dates("17.09.2026 | 13:42   (Yenilənib: 18.09.2026 | 16:20)")] == [
        ("published", "2026-09-17"), ("updated", "2026-09-18")]
    assert first_span("Семинарот се одржа во саботата во Охрид.", PartialDate(2026, 9, 28)) == ("2026-09-26", None)
    assert first_span("Семинарыг 10 дугаар сарын 21-22-ны өдрүүдэд зохион байгуулав.", PartialDate(2026, 10, 23)) == ("2026-10-21", "2026-10-22")


# Class 233: captions — one naming the people from the left ("L-R: NAME, …; NAME, … PHOTO: NAME", however long), and a Mongolian one
# closing on "Гэрэл зургийг Г.NAME" (photographed by).
@pytest.mark.parametrize("caption", [
    "L-R: Director-General of the institute, Prof. Ada Okeke; the ambassador, Mr. Hiroshi Kameda; the harbour master, Capt. Musa Bello; "
    "the deputy mayor, Mrs. Funmi Adeyemi; and a retired naval officer, Rear Admiral Tunde Bakare (rtd), at the roundtable in the "
    "new terminal hall on Wednesday. PHOTO: TUNDE ADEWALE",
    "Семинарын үеэр илтгэл тавьж буй хурандаа. Гэрэл зургийг Г.Отгонбаяр"])
def test_a_left_to_right_caption_and_a_mongolian_photographer_credit(caption):
    from generator.articles.debris import is_line_debris
    assert is_line_debris(caption)


# Class 234: an Armenian dateline in capitals ending on Armenian's full stop ("ԳՅՈՒՄՐԻ, 18 ՆՈՅԵՄԲԵՐԻ։ …", the place written as a
# name is), two days joined by Assamese "and" before a month with its locative ("১২ আৰু ১৩ নৱেম্বৰত"), two Hausa weekdays joined by
# "da" ("Talata da Laraba"), and a stay to a day in figures after Albanian "deri" (until) in the lead itself.
def test_an_armenian_dateline_assamese_and_hausa_spans_and_an_albanian_stay():
    from generator.articles.credits import dateline
    from generator.articles.datetext import PartialDate, find_event_date
    found = dateline("ԳՅՈՒՄՐԻ, 18 ՆՈՅԵՄԲԵՐԻ։ Ճապոնիայի դեսպանը երկօրյա այցով ժամանել է Շիրակի մարզ և հանդիպել ուսանողների ու դասախոսների հետ։")
    assert (found.place, found.month, found.day) == ("Գյումրի", 11, 18)
    assert first_span("আলোচনাচক্ৰ ১২ আৰু ১৩ নৱেম্বৰত অনুষ্ঠিত হয়।", PartialDate(2026, 11, 14)) == ("2026-11-12", "2026-11-13")
    assert first_span("Ziyarar ta gudana a ranakun Talata da Laraba.", PartialDate(2026, 10, 15)) == ("2026-10-13", "2026-10-14")
    event, _ = find_event_date([(1, "Anija hyri të mërkurën, më 15 korrik, dhe do të qëndrojë në kala deri të shtunën, më 18 korrik.")],
                               PartialDate(2026, 7, 16))
    assert (event.date.iso(), event.end.iso()) == ("2026-07-15", "2026-07-18")


# Class 235: Nepal's Bikram Sambat calendar — "शुक्रबार, भदौ २६, २०८३" (Friday, Bhadra 26, 2083), "२०८३ जेठ १५ गते", read through
# the calendar's table; a page whose weekday shows the table a day out is read by its own calendar throughout, the update printed
# without a weekday too; a Nepali dateline with the Bikram Sambat day and a spaced danda ("पोखरा, भदौ २६ । …"); and a line
# ending on Armenian's full stop or on its comma before a list is no heading.
def test_bikram_sambat_dates_a_nepali_dateline_and_armenian_line_ends(rules_only):
    from generator.articles.credits import dateline
    from generator.articles.reader import _is_heading
    assert [d.iso() for _, _, d, _ in full_dates("प्रकाशित : शुक्रबार, भदौ २६, २०८३  ०७:४५")] == ["2026-09-11"]
    assert [d.iso() for _, _, d, _ in full_dates("२०८३ जेठ १५ गते")] == ["2026-05-29"]
    stamp = "सुनिता थापा\nप्रकाशित : मंसिर ४, २०८३ शुक्रबार ०८:१५   |   अपडेट : मंसिर ४, २०८३ ११:४०\n"
    article, _ = read(page().replace("By Kari Nygaard\n07.10.2026 09:40\n", stamp))
    assert (article.published.iso(), article.updated.iso()) == ("2026-11-20", "2026-11-20")  # the table alone says the 19th
    found = dateline("पोखरा, भदौ २६ । जापानले जर्मनीस्थित नेटो कमान्डमा पठाएका चार सैनिक अधिकारी युद्ध लड्न नभई सहायताको योजना गर्न गएका हुन् ।")
    assert (found.place, found.month) == ("पोखरा", None)
    assert not _is_heading("Այցի ընթացքում դեսպանը՝") and not _is_heading("Օնոդան դեկտեմբերին նախատեսում է այցելել Լոռու մարզ։")


# Class 236: a Thai page — a stamp row with "last updated" and a view count in words with no colon ("… | อัปเดตล่าสุด 15 ต.ค. 2569
# 13:10 น. | เข้าชม 1,284 ครั้ง"), the "by" label ("โดย NAME") over the reporter's role in one run of letters, a caption ending in
# "(ภาพ: NAME)" longer than the word count allows a Latin one, the story's last paragraph with no mark at its end, and the copyright
# line's Buddhist-era year, "copyright reserved" and the company after the outlet.
def test_a_thai_stamp_row_byline_caption_last_paragraph_and_copyright_line(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import copyright_holder, is_line_debris
    row = "15 ต.ค. 2569 09:42 น.   |   อัปเดตล่าสุด 15 ต.ค. 2569 13:10 น.   |   เข้าชม 1,284 ครั้ง"
    assert [(k, d.iso()) for k, d, _ in stamp_dates(row)] == [("published", "2026-10-15"), ("updated", "2026-10-15")]
    assert byline("โดย ธนากร ศรีสมุทร") == "ธนากร ศรีสมุทร"
    assert is_line_debris("น.อ.มาซาฮิโระ คุโรกาวะ ผู้ช่วยทูตฝ่ายทหารเรือ สถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ขณะบรรยายที่หอประชุมกองเรือยุทธการ"
                          " (ภาพ: ประชาสัมพันธ์กองเรือยุทธการ)")
    assert copyright_holder("© 2569 ข่าวเจ้าพระยา บริษัท เจ้าพระยา มีเดีย กรุ๊ป จำกัด สงวนลิขสิทธิ์") == "ข่าวเจ้าพระยา"
    last = "ทั้งนี้ ผู้ที่ต้องการเข้าชมเรือต้องแสดงบัตรประชาชนที่ประตูท่าเรือจุกเสม็ด และงดนำโดรนเข้าพื้นที่"
    text = page().replace("By Kari Nygaard\n", "โดย ธนากร ศรีสมุทร\nผู้สื่อข่าวประจำอำเภอสัตหีบ\n").replace(LAST, LAST + "\n" + last)
    article, story = read(text)
    assert article.author == "ธนากร ศรีสมุทร" and "ผู้สื่อข่าวประจำ" not in story and story.rstrip().endswith(last)


# Class 237: Kyrgyz dates with the day joined by a hyphen ("7-октябрь 2026", "5–6-октябрда" in the locative), a view count under a
# pictograph at a stamp row's end ("· 👁 1 874"), Galician "ata o" (until) before a stay's last day, Odia stamps, weekdays and the
# dateline its papers print ("ଭୁବନେଶ୍ୱର, ୧୨।୯ (ନି.ପ୍ର.): …"), a bureau credited with no person, and a bare Malayalam name opening on
# initials with their full stops over its role.
def test_kyrgyz_dates_a_pictograph_counter_galician_until_odia_dateline_and_malayalam_initials(rules_only):
    from generator.articles.credits import INDIC_ROLE, dateline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    assert [(k, d.iso()) for k, d, _ in stamp_dates("7-октябрь 2026, 16:45   ·   👁 2 316")] == [("published", "2026-10-07")]
    assert [(k, d.iso()) for k, d, _ in stamp_dates("13 листопада 2026, 09:15   ·   Оновлено: 13.11.2026, 12:40   ·   👁 1 874")] == [
        ("published", "2026-11-13"), ("updated", "2026-11-13")]
    assert first_span("Семинар 5–6-октябрда өттү.", PartialDate(2026, 10, 7)) == ("2026-10-05", "2026-10-06")
    event, _ = find_event_date([(1, "O destrutor atracou onte no peirao do Arsenal, onde permanecerá ata o sábado 17.")], PartialDate(2026, 10, 15))
    assert (event.date.iso(), event.end.iso()) == ("2026-10-14", "2026-10-17")
    assert [(k, d.iso()) for k, d, _ in stamp_dates("ପ୍ରକାଶିତ: ୧୩ ସେପ୍ଟେମ୍ବର ୨୦୨୬, ସକାଳ ୬:୪୫")] == [("published", "2026-09-13")]
    found = dateline("ଭୁବନେଶ୍ୱର, ୧୨।୯ (ନି.ପ୍ର.): ଜାପାନ ଆତ୍ମରକ୍ଷା ବାହିନୀର ଚାରି ଜଣ ଅଫିସରଙ୍କୁ ଜର୍ମାନୀର ୱିସବାଡେନ ସ୍ଥିତ ନାଟୋ କମାଣ୍ଡକୁ ପଠାଯିବା ଭାରତ ପାଇଁ "
                     "କ'ଣ ଅର୍ଥ ରଖେ? ଏହି ପ୍ରଶ୍ନକୁ ନେଇ ଶୁକ୍ରବାର ଆରମ୍ଭ ହୋଇଥିବା ଆଲୋଚନାଚକ୍ର ଶେଷ ହୋଇଛି।")
    assert (found.place, found.month, found.day) == ("ଭୁବନେଶ୍ୱର", 9, 12)
    assert first_span("ଏହି ଆଲୋଚନାଚକ୍ର ଶୁକ୍ରବାର ଆରମ୍ଭ ହୋଇଥିଲା।", PartialDate(2026, 9, 12))[0] == "2026-09-11"
    assert INDIC_ROLE.search("ମହାନଦୀ ବାର୍ତ୍ତା ବ୍ୟୁରୋ")
    text = page().replace("By Kari Nygaard\n", "ടി.എസ്. രഞ്ജിത് മേനോൻ\nചീഫ് റിപ്പോർട്ടർ, കൊച്ചി\n")
    article, story = read(text)
    assert article.author == "ടി.എസ്. രഞ്ജിത് മേനോൻ" and "ചീഫ്" not in story


# Class 238: more of holdout128-132 — Lao (its vowel signs read as a word's, "ເຜີຍແຜ່" and a view count on the stamp row, "ຂ່າວ:"
# before the reporter, "ສະຫງວນລິຂະສິດ" on the copyright line), Malagasy ("Nosoratan'i NAME", weekdays with "ny", "ka hatramin'ny"
# between a span's days), Somali ("La daabacay: … · Wax laga beddelay: …", "W/Q: NAME", "Axaddii"), an Egyptian stamp row with
# Arabic's comma after the weekday, a caption credited after a hyphen, a stay "تنتهي مساء الجمعة 13 نوفمبر" (ending Friday evening),
# a Bosnian span with a comma after the first day, a Mexican dateline with its state ("Boca del Río, Ver.- "), Pashto labels and
# weekdays, a speaker's words after "NAME said:" no link, and Dhivehi dates, weekdays and its photo credit after "--".
def test_lao_malagasy_somali_arabic_bosnian_mexican_pashto_and_dhivehi_shapes():
    from generator.articles.credits import byline, dateline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import copyright_holder, is_line_debris
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line)]  # noqa: E731
    assert stamps("ເຜີຍແຜ່: 09/10/2026 09:40   |   ອັບເດດ: 09/10/2026 15:20   |   ເບິ່ງແລ້ວ 1,245 ຄັ້ງ") == [
        ("published", "2026-10-09"), ("updated", "2026-10-09")]
    assert stamps("La daabacay: Talaado, 20 Oktoobar 2026 – 10:35   ·   Wax laga beddelay: 21 Oktoobar 2026 – 08:10") == [
        ("published", "2026-10-20"), ("updated", "2026-10-21")]
    assert stamps("الخميس، 12 نوفمبر 2026 02:30 م   |   آخر تحديث: الخميس، 12 نوفمبر 2026 06:15 م") == [
        ("published", "2026-11-12"), ("updated", "2026-11-12")]
    assert stamps("خپور شوی: ۱۵ اکتوبر ۲۰۲۶ — ۰۹:۴۰   |   تازه شوی: ۱۵ اکتوبر ۲۰۲۶ — ۱۳:۱۵") == [("published", "2026-10-15"), ("updated", "2026-10-15")]
    assert stamps("05 ނޮވެމްބަރު 2026 - 10:18") == [("published", "2026-11-05")]
    assert [byline(t) for t in ("ຂ່າວ: ສຸລິຍາ ວົງພະຈັນ", "Nosoratan'i Fanja Rasoanirina", "W/Q: Nimco Cali Warsame", "لیکنه: ثناءالله یوسفزی")] == [
        "ສຸລິຍາ ວົງພະຈັນ", "Fanja Rasoanirina", "Nimco Cali Warsame", "ثناءالله یوسفزی"]
    assert copyright_holder("ສະຫງວນລິຂະສິດ © 2026 ແສງອາລຸນ") == "ແສງອາລຸນ"
    assert is_line_debris("المدمرة اليابانية إيكازوتشي أثناء رسوها على أحد أرصفة الميناء الغربي بالإسكندرية - تصوير: محمد عادل")
    assert is_line_debris("ޖަޕާނުގެ މަނަވަރު ޖޭއެސް އިކަޒުޗި، މާލޭގެ ބޭރު ފަޅުތެރޭގައި ނަންގަރު ލައިފައި. -- ފޮޓޯ: ރާޅު / ހުސައިން ވިސާމް")
    assert first_span("Nanomboka ny Alatsinainy 9 ka hatramin'ny Alarobia 11 Novambra 2026 no nijanona teo ny sambo.", PartialDate(2026, 11, 12)) == (
        "2026-11-09", "2026-11-11")
    assert first_span("Seminar je održan od utorka, 13. oktobra, do četvrtka, 15. oktobra, u Butmiru.", PartialDate(2026, 10, 16)) == (
        "2026-10-13", "2026-10-15")
    days = {"Aqoon-is-weydaarsiga ayaa Axaddii lagu qabtay Berbera.": "2026-10-18", "تاناکا د چهارشنبې په ورځ خبرې وکړې.": "2026-10-14",
            "އެ މަނަވަރު މާލެ އައީ ހޯމަ ދުވަހު ހެނދުނުއެވެ.": "2026-10-19"}
    for text, day in days.items():
        assert first_span(text, PartialDate(2026, 10, 20))[0] == day, text
    event, _ = find_event_date([(1, "رست المدمرة صباح أمس الأربعاء على أحد أرصفة ميناء الإسكندرية، في زيارة تستمر ثلاثة أيام تنتهي مساء الجمعة 13 نوفمبر.")],
                               PartialDate(2026, 11, 12))
    assert (event.date.iso(), event.end.iso()) == ("2026-11-11", "2026-11-13")
    found = dateline("Boca del Río, Ver.- Japón no está mandando soldados a la guerra en Europa, sino oficiales que hacen planeación y logística.")
    assert found.place == "Boca del Río, Ver."


def test_a_speakers_words_after_name_said_stay_in_the_story(rules_only):
    said = ("تاناکا وویل: «زموږ افسران وسله نه لري او جبهې ته نه ځي. هغوی په دفتر کې ناست دي، جدولونه جوړوي او ګوري چې کومه مرسته "
            "کله او چېرته ورسېږي، همدا د دوی ټوله دنده ده او بس.»")
    article, story = read(page().replace(LAST, said + "\n\n" + LAST))
    assert "زموږ افسران وسله نه لري" in story


# Class 239: more of holdout133-137 — update labels ("Last update on:", Dutch "Laatste update:", Luxembourgish "Publizéiert: … um
# 06:45 Auer", Sri Lankan Tamil "இற்றைப்படுத்தப்பட்டது" with "மு.ப."/"பி.ப." before the times), bylines after the name ("NAME
# tayyorladi", Uzbek "prepared"), with Luxembourgish's article ("Vun der NAME") or between two dashes ("- ம. ஜனார்த்தனன் -", not "- End -"),
# "and" between two days in Tajik and Luxembourgish ("8 ва 9 октябр", "den 9. an den 10. November"), Uzbek weekdays, Turkish
# weekdays in running text ("pazartesi ve salı günleri") and a Greek advert's label in capitals ("ΔΙΑΦΗΜΙΣΗ").
def test_update_labels_bylines_after_or_framed_and_spans_joined_by_and():
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, stamp_dates
    from generator.articles.debris import is_advert_label
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line)]  # noqa: E731
    assert stamps("Wed Nov 18, 2026 12:00 AM   Last update on: Wed Nov 18, 2026 02:41 AM") == [("published", "2026-11-18"), ("updated", "2026-11-18")]
    assert stamps("vrijdag 18 september 2026 om 06.00 uur   |   Laatste update: 18 september 2026 om 13.27 uur") == [
        ("published", "2026-09-18"), ("updated", "2026-09-18")]
    assert stamps("Publizéiert: 11.11.2026 um 06:45 Auer   ·   Aktualiséiert: 11.11.2026 um 15:20 Auer") == [
        ("published", "2026-11-11"), ("updated", "2026-11-11")]
    assert stamps("12.11.2026   |   மு.ப. 07:40   ·   இற்றைப்படுத்தப்பட்டது: 12.11.2026 பி.ப. 02:15") == [
        ("published", "2026-11-12"), ("updated", "2026-11-12")]
    assert [byline(t) for t in ("Nodira Xasanova tayyorladi", "Vun der Nathalie Kremer", "- ம. ஜனார்த்தனன் -", "- End -", "- إعلان -")] == [
        "Nodira Xasanova", "Nathalie Kremer", "ம. ஜனார்த்தனன்", None, None]
    assert first_span("Рӯзҳои 8 ва 9 октябр дар Донишгоҳ семинар баргузор шуд.", PartialDate(2026, 10, 10)) == ("2026-10-08", "2026-10-09")
    assert first_span("Zwee Deeg laang, den 9. an den 10. November, war den Amphitheater voll.", PartialDate(2026, 11, 11)) == (
        "2026-11-09", "2026-11-10")
    assert first_span("Polkovnik Tanabe chorshanba kuni talabalar bilan uchrashdi.", PartialDate(2026, 11, 12))[0] == "2026-11-11"
    assert first_span("Bölümün pazartesi ve salı günleri düzenlediği forum ilgi gördü.", PartialDate(2026, 11, 25)) == ("2026-11-23", "2026-11-24")
    assert is_advert_label("ΔΙΑΦΗΜΙΣΗ")
    from generator.articles.debris import is_line_debris
    assert is_line_debris("- Advertisement -") and is_line_debris("- إعلان -")  # (the label between dashes, no list's item)


# Class 240: more of holdout138-142 — Kurmanji months and spans ("di 7 û 8ê Mijdarê de"), Belarusian "Тэкст:", "абноўлена" and
# a holder in quotes before a sentence, Sindhi stamps, months, weekdays and the year's "ع", Tigrinya months (Eritrea's, not those
# Ethiopia's calendar shares), weekdays, "ጸሓፊ፦ NAME", a dateline after the Ethiopic comma, a span "ካብ … ክሳብ …" and its copyright,
# isiZulu "Ngu-NAME" and "ngoLwesine", Irish cookies, "Le NAME" with a surname's particle, "Foilsithe"/"Nuashonraithe" and a span
# "13 Samhain agus Dé Sathairn 14 Samhain", Faroese "Stovnað", and Moroccan months with an Arabic span "من الخميس 5 إلى الأحد 8 نونبر".
def test_kurmanji_belarusian_sindhi_tigrinya_zulu_irish_faroese_and_moroccan_shapes():
    from generator.articles.credits import byline, dateline
    from generator.articles.datetext import PartialDate, stamp_dates
    from generator.articles.debris import copyright_holder
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line)]  # noqa: E731
    assert stamps("9 Mijdar 2026 - 11:48") == [("published", "2026-11-09")]
    assert stamps("16.10.2026, 19:05   ·   абноўлена 17.10.2026, 10:20   ·   Час чытання: 4 хв") == [("published", "2026-10-16"), ("updated", "2026-10-17")]
    assert stamps("شايع ٿيل: 13 آڪٽوبر 2026ع، صبح 09:40   |   آخري تازه ڪاري: 13 آڪٽوبر 2026ع، شام 04:15") == [
        ("published", "2026-10-13"), ("updated", "2026-10-13")]
    assert stamps("ዓርቢ 16 ጥቅምቲ 2026 · 10:20 ቅ.ቐ.") == [("published", "2026-10-16")]
    assert stamps("Foilsithe: 16.11.2026 – 08:15   |   Nuashonraithe: 17.11.2026 – 11:40") == [("published", "2026-11-16"), ("updated", "2026-11-17")]
    assert stamps("Stovnað 09.10.2026 kl. 06.45   ·   Dagført 09.10.2026 kl. 13.10") == [("published", "2026-10-09"), ("updated", "2026-10-09")]
    assert stamps("نشر في: الجمعة 6 نونبر 2026 - 10:25") == [("published", "2026-11-06")]
    assert [byline(t) for t in ("Тэкст: Ганна Мацкевіч", "رپورٽ: شاهنواز علي ٻگهيو", "ጸሓፊ፦ ዮናስ ሃብተማርያም", "Ngu-Nomcebo Zungu",
                                "Le Róisín Ní Ghríofa", "Le Monde Diplomatique")] == [
        "Ганна Мацкевіч", "شاهنواز علي ٻگهيو", "ዮናስ ሃብተማርያም", "Nomcebo Zungu", "Róisín Ní Ghríofa", None]
    assert copyright_holder("© 2021–2026 «Прастора». Цытаванне — толькі з актыўнай спасылкай на крыніцу.") == "Прастора"
    assert copyright_holder("© 2026ع روزاني سنڌ سويل. سڀ حق محفوظ آهن.") == "روزاني سنڌ سويل"
    assert copyright_holder("© 2026 ድምጺ ባጽዕ። ኩሉ መሰል ብሕጊ ዝተሓለወ እዩ።") == "ድምጺ ባጽዕ"
    found = dateline("ባጽዕ፣ 16 ጥቅምቲ 2026 — ናይ ሓይሊ ባሕሪ ምክልኻል-ርእሲ ጃፓን መርከብ ውግእ ሳሚዳረ፣ ካብ ሰሉስ 13 ክሳብ ሓሙስ 15 ጥቅምቲ ኣብ ወደብ ባጽዕ ጸኒሓ።")
    assert found.place == "ባጽዕ"
    spans = {"Konferansa ku di 7 û 8ê Mijdarê de li dar xist, bi dawî bû.": ("2026-11-07", "2026-11-08"),
             "መርከብ ውግእ ሳሚዳረ ካብ ሰሉስ 13 ክሳብ ሓሙስ 15 ጥቅምቲ ኣብ ወደብ ባጽዕ ጸኒሓ።": ("2026-10-13", "2026-10-15"),
             "Mhair an seimineár dhá lá, Dé hAoine 13 Samhain agus Dé Sathairn 14 Samhain.": ("2026-11-13", "2026-11-14"),
             "في زيارة ودية تمتد من الخميس 5 إلى الأحد 8 نونبر الجاري.": ("2026-11-05", "2026-11-08")}
    for text, span in spans.items():
        assert first_span(text, PartialDate(2026, 11, 16) if "Samhain" in text or "Mijdar" in text or "نونبر" in text else PartialDate(2026, 10, 16)) == span, text
    assert first_span("uColonel Takeda ukhulume nabafundi ngoLwesine eThekwini.", PartialDate(2026, 11, 13))[0] == "2026-11-12"
    assert first_span("ጃፓናዊት መርከብ ኣብ ዓርቢ ተበጊሳ።", PartialDate(2026, 10, 18))[0] == "2026-10-16"


# Class 241: the lead's day inside a long exercise's span in the next paragraph stays the lead's day ("an open house on Saturday"
# / "RIMPAC 2026, which runs from June 25 to Aug. 1"): only a stay's span, two weeks at most, takes the lead's day in.
def test_a_leads_day_inside_a_seasons_span_stays_the_day():
    from generator.articles.datetext import PartialDate, find_event_date
    paragraphs = [(1, "HONOLULU — More than 2,000 people climbed the gangway of a Japanese warship at Pearl Harbor on Saturday."),
                  (2, "The destroyer is in port for RIMPAC 2026, the world's largest maritime exercise, which runs from June 25 to Aug. 1.")]
    event, _ = find_event_date(paragraphs, PartialDate(2026, 7, 12))
    assert (event.date.iso(), event.end) == ("2026-07-11", None)
    paragraphs[1] = (2, "The destroyer is in port for a visit which runs from July 9 to July 13.")
    event, _ = find_event_date(paragraphs, PartialDate(2026, 7, 12))
    assert (event.date.iso(), event.end.iso()) == ("2026-07-09", "2026-07-13")


# Class 242: holdout143-147 — a consent notice in a language no table knows, told by its shape (one sentence, then buttons of a
# word or two); labels of publication and update in Basque, Breton, Kannada (as verbs) and Telugu, Breton dates ("a viz", the
# hour's "e"), Portuguese months abbreviated in title case; Breton "Gant NAME"; a caption's "© Outlet – Photographer" no site's
# holder; an outlet's word before "picture:" in a caption's credit; spans in Breton and in Kannada's glued "from" and "until";
# and a stay told by its length whose last day is named by its weekday further down the story.
def test_notices_stamps_credits_and_spans_of_holdout143_to_147(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import copyright_holder, is_line_debris
    notice = "Implijout a ra al lec'hienn-mañ toupinoù evit kontañ an dud a zeu da lenn.   Mat eo   Nann   Muioc'h"
    article, story = read(page(above=notice))
    assert notice.split("   ")[0] not in story and article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert is_line_debris(notice) and is_line_debris("Ar bajenn-mañ a implij toupinoù evit muzuliañ an niver a lennerien.   Asantiñ   Nac'hañ")
    assert not is_line_debris("Varnholt opens its ferry terminal | Varnholt Tidende | Harbour")
    assert not is_line_debris("The ferry left at nine.   It came back at noon with forty passengers on board")
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    assert stamps("Argitaratua: 2026/11/04 07:10   ·   Eguneratua: 2026/11/05 08:00") == [("published", "2026-11-04"), ("updated", "2026-11-05")]
    assert stamps("Embannet : Dimerc'her 4 a viz Du 2026") == []  # (November's "Du" is also French's "du": not a month)
    assert stamps("Embannet : Dilun 12 a viz Here 2026") == []
    assert stamps("Embannet : Dimeurzh 6 a viz Gwengolo 2026 – 8e15   ·   Hizivaet : 07/09/2026 – 10e40") == [
        ("published", "2026-09-06"), ("updated", "2026-09-07")]
    assert stamps("ಪ್ರಕಟಿಸಲಾಗಿದೆ: 3 ನವೆಂಬರ್ 2026, 06:00 IST   |   ಪರಿಷ್ಕರಿಸಲಾಗಿದೆ: 4 ನವೆಂಬರ್ 2026, 09:30 IST") == [
        ("published", "2026-11-03"), ("updated", "2026-11-04")]
    assert stamps("ప్రచురణ: శని, అక్టోబర్ 10 2026 7:15 AM | చివరి అప్‌డేట్: ఆది, అక్టోబర్ 11 2026 8:40 AM") == [
        ("published", "2026-10-10"), ("updated", "2026-10-11")]
    assert stamps("Publicado: 4 Set 2026, 10:05   ·   Actualizado: 5 Set 2026, 08:30") == [("published", "2026-09-04"), ("updated", "2026-09-05")]
    assert stamps("Scored 3 out 2026 times") == []
    assert [byline(t) for t in ("Gant Youenn Le Goff", "Gant an arc'hant-se eo bet prenet ur vag nevez.")] == ["Youenn Le Goff", None]
    assert copyright_holder("The ferry at the new berth on Monday morning. © Varnholt Tidende – Kari Nygaard") == ""
    assert copyright_holder("© 2026 Varnholt Tidende. All rights reserved.") == "Varnholt Tidende"
    assert is_line_debris("ಹೊಸ ಜೆಟ್ಟಿಯಲ್ಲಿ ಲಂಗರು ಹಾಕಿದ ಹಡಗು – ಸಾಗರ ಚಿತ್ರ: ರವಿ ಭಟ್")
    spans = {"Eus al Lun 7 betek ar Merc'her 9 a viz Gwengolo e voe an ofiserien e Brest.": ("2026-09-07", "2026-09-09"),
             "ಹಡಗು ಸೋಮವಾರದಿಂದ ಬುಧವಾರದವರೆಗೆ ಬಂದರಿನಲ್ಲಿ ತಂಗಿತ್ತು.": ("2026-09-07", "2026-09-09")}
    for text, want in spans.items():
        event, _ = find_event_date([(1, text)], PartialDate(2026, 9, 10))
        assert (event.date.iso(), event.end.iso() if event.end else None) == want, text
    paragraphs = [(1, "O navio chegou na segunda-feira, 7 de Setembro, ao porto, para uma visita de quatro dias."),
                  (2, "A tripulação visitou a cidade e jogou futebol com os estivadores."),
                  (3, "O comandante falou aos jornalistas a bordo."),
                  (4, "Actualização: o navio largou na quinta-feira ao fim da tarde.")]
    event, _ = find_event_date(paragraphs, PartialDate(2026, 9, 11))
    assert (event.date.iso(), event.end.iso() if event.end else None) == ("2026-09-07", "2026-09-10")
    paragraphs[0] = (1, "O navio chegou na segunda-feira, 7 de Setembro, ao porto, para uma visita de três dias.")
    event, _ = find_event_date(paragraphs, PartialDate(2026, 9, 11))
    assert event.end is None  # (a Thursday that is not the stay's last day ends nothing)


# Class 243: holdout148-152 — an advert's label in capitals that no table holds, told by the offer under it (a number to
# call, a price, two short sentences); bylines in Yoruba, Igbo, Javanese, Occitan, Asturian ("Testu:") and Scottish Gaelic
# (the particle glued to the surname); a name under the story in the Cyrillic letters of the Turkic languages; stamps in
# Yoruba, Igbo, Scottish Gaelic, Friulian, Asturian, Cebuano, Javanese (with the market day), Occitan and Tibetan; spans in
# Yoruba ("láti … títí di …") and Occitan; and a Tibetan breadcrumb, every item closed by its shad.
def test_adverts_bylines_stamps_and_spans_of_holdout148_to_152():
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import is_navigation
    for label, copy in (("ISIKHANGISO", "Varnholt Fisk – Fresh cod every morning. Open until six on Saturdays."),
                        ("REKLAMO", "Kafejo Bryggen – Two coffees and a bun for 9 €"),
                        ("ADVERTENSIA", "Harbour Taxi – Day and night across the island. Call 0470 555 0199")):
        article, story = after_second_paragraph(f"{label}\n{copy}")
        assert label not in story and copy not in story, label
    from generator.articles.debris import is_advert_in_capitals
    # (one sentence, no offer: a crosshead over the story's own paragraph)
    assert not is_advert_in_capitals("THE NEXT STEP", "Kari Nygaard – the terminal's manager – wants a third berth by 2030.")
    assert not is_advert_in_capitals("Next Step", "Varnholt Fisk – Fresh cod every morning. Open until six on Saturdays.")
    names = {"Láti ọwọ́ Bọ́lá Adéyẹmí": "Bọ́lá Adéyẹmí", "Site n'aka Ngozi Eze-Obi": "Ngozi Eze-Obi", "Panulis: Sri Wahyuni": "Sri Wahyuni",
             "Per Marçal Delpuèch": "Marçal Delpuèch", "Le Calum MacLeòid": "Calum MacLeòid", "Per Capita": None,
             "Per Bruno, che arrivò ieri da Padova, è stato un ritorno": None}
    assert {text: byline(text) for text in names} == names
    signed = read(page().replace("By Kari Nygaard\n", "").replace(f"{LAST}\n", f"{LAST}\nӘминә Ҡотлогилдина\n"))[0]
    assert signed.author == "Әминә Ҡотлогилдина"
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"A gbé e jáde: Ọjọ́ Àbámẹ́ta, 3 Ọ̀wàrà 2026, 7:10 òwúrọ̀   |   A ṣàtúnṣe: 4 Ọ̀wàrà 2026, 9:00 òwúrọ̀": [("published", "2026-10-03"), ("updated", "2026-10-04")],
             "Ebipụtara: Mọnde, 2 Nọvemba 2026 | 6:15 ụtụtụ": [("published", "2026-11-02")],
             "Air fhoillseachadh: Diluain 5 Dàmhair 2026, 08:20": [("published", "2026-10-05")],
             "Publicât: lunis 2 di novembar dal 2026, 8.10   ·   Inzornât: 03/11/2026, 7.30": [("published", "2026-11-02"), ("updated", "2026-11-03")],
             "02/11/2026 10:00 h   ·   Anováu: 03/11/2026 08:45 h": [("published", "2026-11-02"), ("updated", "2026-11-03")],
             "Gipatik: Oktubre 9, 2026, 7:00 AM": [("published", "2026-10-09")],
             "Dipacak: Senen Legi, 9 November 2026 | 10.40 WIB": [("published", "2026-11-09")],
             "Publicat lo 09/11/2026 a 9 h 15": [("published", "2026-11-09")],
             "སྤེལ་དུས། ཕྱི་ལོ་ ༢༠༢༦ ཟླ་ ༩ ཚེས་ ༡༥ ཆུ་ཚོད་ ༠༨:༤༠": [("published", "2026-09-15")]}
    assert {line: stamps(line) for line in lines} == lines
    spans = {"Ìpàdé náà wáyé láti Ọjọ́ Ìṣẹ́gun títí di Ọjọ́rú ní gbọ̀ngàn ìlú.": ("2026-09-08", "2026-09-09"),
             "Dimars 8 e dimècres 9 de setembre, lo collòqui se tenguèt al pòrt.": ("2026-09-08", "2026-09-09"),
             "ཕེབས་སྐྱོད་འདི་གཟའ་ལྷག་པའི་ཉིན་ མཇུག་རྫོགས་སོང་།": ("2026-09-09", None)}
    for text, want in spans.items():
        event, _ = find_event_date([(1, text)], PartialDate(2026, 9, 11))
        assert (event.date.iso(), event.end.iso() if event.end else None) == want, text
    assert is_navigation("ཤོག་ངོས་དང་པོ། › གསར་འགྱུར། › ས་གནས།")


# Class 244: holdout153-157 — a row of two stamps, each a word and a colon before its date, whatever the label's language
# (the later date the update's); bylines in Shona (its "by" glued to the name), Luganda, Ilocano, Lingala, Sundanese, Bambara
# and Romansh (whole names only); months, weekdays and "yesterday" in Shona, Sundanese, Luganda, Romansh, Upper Sorbian and
# more; a time's "h" no longer taken off the word after it ("05:30 hodź."); a caption's credit glued to its full stop.
def test_labelled_stamp_rows_bylines_and_days_of_holdout153_to_157():
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import is_line_debris
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"Zvakaburitswa: 03/10/2026 | 07:10   ·   Zvakagadziriswa: 04/10/2026 | 09:30": [("published", "2026-10-03"), ("updated", "2026-10-04")],
             "Ebimisami: 05/10/2026 na 06:00   |   Ebongisami: 05/10/2026 na 12:45": [("published", "2026-10-05"), ("updated", "2026-10-05")],
             "Пичетленӗ: 02.10.2026, 09:00   |   Ҫӗнетнӗ: 03.10.2026, 10:10": [("published", "2026-10-02"), ("updated", "2026-10-03")],
             "Kapanan: Oktubre 2, 2026, 8:00 AM   |   Kabaruan: Oktubre 3, 2026, 9:00 AM": [("published", "2026-10-02"), ("updated", "2026-10-03")],
             "Yaburitswa: 2 Gumiguru 2026, 06:00": [("published", "2026-10-02")],
             "02.10.2026, 07:15 hodź.": [("published", "2026-10-02")],
             "Kemis, 1 Oktober 2026 | 08.00 WIB": [("published", "2026-10-01")],
             "Deadline: 12.10.2026": [],
             "Note: the ferry leaves on 12.10.2026   |   Fare: 9 €": []}
    assert {line: stamps(line) for line in lines} == lines
    names = {"NaTatenda Moyo": "Tatenda Moyo", "Bya Nakato Mirembe": "Nakato Mirembe", "Sinurat ni Rowena Dalusong": "Rowena Dalusong",
             "Ekomami na Grâce Mbuyi Kalala": "Grâce Mbuyi Kalala", "Ku: Asep Saepudin": "Asep Saepudin", "Sɛbɛnnikɛla: Fatumata Jara": "Fatumata Jara",
             "da Gian Andri Casutt": "Gian Andri Casutt", "National Harbour": None, "da quella parte del porto": None}
    assert {text: byline(text) for text in names} == names
    days = {"Ier saira ha il pilot preschentà la nova nav.": ("2026-10-06", 2026, 10, 7),
            "Mukuru wechikepe akataura neChitatu pachiteshi.": ("2026-10-07", 2026, 10, 9),
            "Kapal éta dugi ka palabuhan dinten Salasa, 6 Oktober.": ("2026-10-06", 2026, 10, 9),
            "Lukungaana lwabaddewo ku Lwakusatu mu kibuga.": ("2026-10-07", 2026, 10, 9),
            "Seminar běše srjedu w Budyšinje.": ("2026-10-07", 2026, 10, 9)}
    for text, (want, y, m, d) in days.items():
        event, _ = find_event_date([(1, text)], PartialDate(y, m, d))
        assert event is not None and event.date.iso() == want, text
    assert is_line_debris("Kapten kapal keur nyarita di dermaga, Salasa (6/10/2026).*/KORAN SUNDA/DEDI SUPRIADI")


# Class 245: holdout158-162 — months, weekdays, labels and "yesterday" in Guarani, Tongan (its ʻokina inside the names),
# Xitsonga, Tshivenda and Yiddish (the day's ordinal glued to it, "11טן"); a stamp row whose labels are two words; bylines in
# Tongan ("Faʻu ʻe NAME") and Xitsonga ("Hi NAME", whole names only); an advert's label of three words in capitals.
def test_months_labels_and_bylines_of_holdout158_to_162():
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import is_advert_in_capitals
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"Oñemoherakuã: 2 jasypa 2026, 07:00   ·   Oñembopyahu: 3 jasypa 2026, 08:30": [("published", "2026-10-02"), ("updated", "2026-10-03")],
             "Pulusi: Tūsite 6 ʻOkatopa 2026, 8:10 pongipongi   |   Fakafoʻou: Pulelulu 7 ʻOkatopa 2026, 2:15 efiafi": [
                 ("published", "2026-10-06"), ("updated", "2026-10-07")],
             "Ku humesiwile: 5 Nhlangula 2026, 07:00   |   Ku pfuxetiwile: 6 Nhlangula 2026, 09:00": [("published", "2026-10-05"), ("updated", "2026-10-06")],
             "Ḽo gandiswa: 3 Ḽara 2026, 06:45   |   Ḽo khwiniswa: 4 Ḽara 2026, 10:00": [("published", "2026-11-03"), ("updated", "2026-11-04")],
             "ארויסגעגעבן: מאנטיק, 2טן נאוועמבער 2026, 9:30 פארמיטאג": [("published", "2026-11-02")]}
    assert {line: stamps(line) for line in lines} == lines
    assert {t: byline(t) for t in ("Faʻu ʻe Mele Tupou Vaipulu", "Hi Nyiko Baloyi", "Hi there, everyone")} == {
        "Faʻu ʻe Mele Tupou Vaipulu": "Mele Tupou Vaipulu", "Hi Nyiko Baloyi": "Nyiko Baloyi", "Hi there, everyone": None}
    days = {"Ñande ruvicha oñe'ẽ kuehe Asunción-pe.": "2026-10-08", "Xikolo xi pfuriwile hi Ravumbirhi.": "2026-10-06"}
    for text, want in days.items():
        event, _ = find_event_date([(1, text)], PartialDate(2026, 10, 9))
        assert event is not None and event.date.iso() == want, text
    assert is_advert_in_capitals("XITIVISO XA BINDZULU", "Varnholt Hardware – Sementi ni matanki. Fonela 015 812 0000.")


# Class 246: holdout163-167 — a dateline in capitals keeps no full stop before its dash ("UESCA.– ", "EL ALTO.– ") while an
# abbreviation keeps its own ("Ver.- "); a consent notice whose sentence is followed by a question; "Tekst i òdjimczi:" (text
# and pictures, Kashubian) and Walloon's "Pa NAME"; Aragonese months and weekdays.
def test_datelines_notices_credits_and_aragonese_dates_of_holdout163_to_167():
    from generator.articles.credits import byline, dateline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import is_line_debris
    lead = " Mas de cient personas plenoron o chueves l'aula magna d'a Facultat de Ciencias Humanas."
    assert [dateline(p + lead).place for p in ("UESCA.–", "EL ALTO.–", "Boca del Río, Ver.-")] == ["Uesca", "El Alto", "Boca del Río, Ver."]
    assert is_line_debris("Lê tî Varnholt ayeke sâra kusâra na âcookie tî bâa âzo. Mo yeda?   Ii   Ên-ën   Hînga mîngi")
    assert byline("Pa Mariyète Hansenne") == "Mariyète Hansenne" and byline("Pa Capita") is None
    article, story = read(page().replace("By Kari Nygaard\n", "Tekst i òdjimczi: Kari Nygaard\n"))
    assert article.author == "Kari Nygaard" and "òdjimczi" not in story
    assert [(k, d.iso()) for k, d, _ in stamp_dates("Publicau: 14 de nobiembre de 2026, 07:10   ·   Actualizau: 15 de nobiembre de 2026, 09:30") or ()] == [
        ("published", "2026-11-14"), ("updated", "2026-11-15")]
    event, _ = find_event_date([(1, "O ministro fablo o chueves en a sala d'actos d'a Diputación.")], PartialDate(2026, 11, 14))
    assert event.date.iso() == "2026-11-12"


# Class 247: holdout163-167, tuned on — a stamp row whose stamps carry a weekday before the date, or whose first stamp has no
# label (and a count of four figures beside them); a name over its role under the standfirst where the date stands over the
# headline (a kicker in capitals under the date is no name; a reader's comment below signs nothing); a caption's outlet after
# a slash, with its language's small words; an advert's copy under its label told by the number to call; a ticker and a
# caption's credit in brackets after a full-width colon or a Chinese full stop; months, weekdays, spans and "yesterday" in
# Sango, Buryat, Udmurt, Chechen, Kashubian, Walloon, Venetian and Neapolitan.
def test_stamp_rows_bylines_captions_and_days_of_holdout163_to_167():
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import copyright_holder, is_line_debris
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"Sadzeno: Pondo 06/10/2026, 08:00   ·   Premeno: Utor 07/10/2026, 10:15": [("published", "2026-10-06"), ("updated", "2026-10-07")],
             "06.10.2026, 08:00   |   Жаңылык кошулду: 07.10.2026, 10:15   |   Карады: 2184": [("published", "2026-10-06"), ("updated", "2026-10-07")],
             "2026 оной октябриин 6, 08:00": [("published", "2026-10-06")],
             "Bïkua-ûse 6 Ngberere 2026 – 08:00": [("published", "2026-10-06")],
             "Publicà el 6 otobre 2026 a le 8.00   ·   Ajornà el 7 otobre 2026 a le 10.15": [("published", "2026-10-06"), ("updated", "2026-10-07")],
             "Pubblecato ’o 6 ’e nuvembre 2026 – 08:00": [("published", "2026-11-06")],
             "2026.10.06 08:00 發佈　｜　2026.10.07 10:15 更新": [("published", "2026-10-06"), ("updated", "2026-10-07")],
             "Sadzeno: dobro jutro 06/10/2026, 08:00   ·   Premeno: Utor 07/10/2026, 10:15": []}
    assert {line: stamps(line) for line in lines} == lines
    days = {"Na Bïkua-usïö 8 na Bïkua-okü 9 tî nze tî Ngberere, âzo asâra bûngbi.": ("2026-10-08", "2026-10-09"),
            "Октябриин 6-һоо 8 болотор университедэ конференци болобо.": ("2026-10-06", "2026-10-08"),
            "Djûdi èt vinrdi passés, les batês ont stu drovous.": ("2026-10-08", "2026-10-09"),
            "Par do zorni, zioba e vènare, la sala la xe stada piena.": ("2026-10-08", "2026-10-09"),
            "Толон университетын вераськон ортчиз.": ("2026-10-09", None),
            "Селхана университетехь гулам хилира.": ("2026-10-09", None),
            "Ajere matina ’a sala era chiena.": ("2026-10-09", None),
            "W piątk aùla bëła pełnô.": ("2026-10-09", None)}
    for text, want in days.items():
        event, _ = find_event_date([(1, text)], PartialDate(2026, 10, 10))
        assert event is not None and (event.date.iso(), event.end.iso() if event.end else None) == want, text
    assert byline("’e Carmela Esposito") == "Carmela Esposito" and byline("’e cchiù belle cose d’’o puorto") is None
    assert copyright_holder("© «Varnholt Tidende», 2011–2026. Материалъёсты пайдаланъяд ссылка кулэ.") == "Varnholt Tidende"
    assert is_line_debris("Madâma Kari Nygaard na ndö tî tablö, na yâ tî da tî ködörö. Fotö: Liv Aasen / Lê tî Varnholt")
    assert not is_line_debris("The mayor thanked the builders. Then: the crews / the town of the islands")
    assert is_line_debris("即時：北碼頭渡輪晚班取消　·　冬季時刻表下週起實施")
    assert not is_line_debris("港務局長：新碼頭下月啟用　只做客運不做貨運")
    assert byline("撰文：張雅雯　｜　責任編輯：林志明") == "張雅雯" and not is_line_debris("撰文：張雅雯　｜　責任編輯：林志明")
    assert is_line_debris("港務局長艾森（右）在新碼頭候船室說明啟用時程。（相片：瓦恩霍特日報 陳志明）")


def test_a_labelled_advert_s_copy_goes_by_its_number_to_call():
    advert = "Advertisement\nWinter storage for boats and dinghies on the north quay – Varnholt Yard, call 041 528 0000."
    article, story = between_paragraphs(advert)
    assert "Varnholt Yard" not in story and "dinghies" not in story
    # (a story's own line with a number in it, under no advert's label, stays)
    said = "The harbour office can be reached on 041 528 0000 from Monday to Friday, the harbour master said."
    article, story = between_paragraphs(said)
    assert said in story


def test_a_name_over_its_role_under_the_standfirst_signs_a_page_with_its_date_over_the_headline():
    text = f"""Varnholt Tidende
Home   Town   Harbour   Business   Sport
Home › Town › Harbour
Posted: Wednesday 07/10/2026, 09:40   ·   Updated: Thursday 08/10/2026, 08:15
NORTH QUAY
Varnholt's new ferry terminal takes its first passengers
A waiting hall, two berths and a covered walkway after two years of building work.
Marit Solberg Haugen
Harbour correspondent, Varnholt
Share:   Facebook   WhatsApp   X

{LEAD}

{BODY[0]}

{BODY[1]}

{LAST}

Comments (1)
Ola Brekke · 07/10/2026 16:02
A fine hall at last.

© 2026 Varnholt Tidende. All rights reserved.
"""
    article, story = read(text)
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert article.author == "Marit Solberg Haugen"
    assert "Harbour correspondent" not in story and "NORTH QUAY" not in story


def test_a_chinese_kicker_over_the_headline_over_its_standfirst_is_not_the_headline():
    paragraphs = ["瓦恩霍特新渡輪碼頭週二正式啟用，候船室可容納三百人，兩座泊位之間有遮雨走廊相連，售票處營業到最後一班船開出為止。",
                  "港務局長艾森表示，新泊位讓冬季較大的渡輪不必再等候靠岸，島上居民往返本島的時間可以縮短將近半小時。",
                  "舊碼頭旁的臨時貨櫃屋將在明年五月夏季時刻表開始前拆除，原址改建為停車場。"]
    text = "\n".join(["瓦恩霍特日報", "首頁　本地　港口　財經　體育", "首頁 ＞ 本地 ＞ 港口", "新碼頭啟用",
                      "瓦恩霍特新渡輪碼頭啟用，候船室三百席，冬季大船不必再等候靠岸",
                      "兩年工程完工，港務局說島民往返本島可省下半小時，舊貨櫃屋明年拆除。",
                      "2026.10.07 09:40 發佈　｜　2026.10.07 14:05 更新", ""] + [p + "\n" for p in paragraphs] + ["© 2026 瓦恩霍特日報"])
    article = parse_text_article(text)
    assert article.title == "瓦恩霍特新渡輪碼頭啟用，候船室三百席，冬季大船不必再等候靠岸"
    assert article.published.iso() == "2026-10-07" and article.updated.iso() == "2026-10-07"


# Class 248: holdout168-182, the twenty-eighth round's blind pages, tuned on — stamps in more calendars and forms (Uyghur's
# year and hyphened day, Maithili's Bikram Sambat months and "day" weekdays, Kabardian's month in the ergative, the months of
# Ewe, Afaan Oromoo, Cornish, Northern Sami, Balinese, Manipuri), spans (a stay's last day in the lead and its first in the
# same paragraph, Uyghur "from … until", Buryat, Esperanto's "la 17-an kaj 18-an", an article before the second weekday),
# bylines (Twi, Esperanto, Cornish, Northern Sami, Crimean Tatar, isiXhosa's "Ibhalwe ngu-"), datelines (a place of two
# letters written again in the lead, the outlet's web address before the place, a place and a danda), a notice to report a
# typo with Ctrl+Enter.
def test_stamps_spans_bylines_and_datelines_of_holdout168_to_182():
    from generator.articles.credits import byline, colon_place, dateline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import copyright_holder, is_line_debris
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"ئېلان قىلىنغان ۋاقتى: 2026-يىلى 6-ئۆكتەبىر، سەيشەنبە، 08:00": [("published", "2026-10-06")],
             "प्रकाशित: शुक्र दिन, भादव २६, २०८३ ०८:००": [("published", "2026-09-11")],
             "Жэпуэгъуэм и 6, 2026, 08:00   ·   Еплъахэр: 1 208": [("published", "2026-10-06")],
             "Woɖee ɖe go Blaɖa, 6 Kele 2026, ŋdi 08:00": [("published", "2026-10-06")],
             "Maxxanfame: Wiixata, Onkoloolessa 5, 2026   |   Haaromfame: Qibxata, Onkoloolessa 6, 2026, 08:40": [
                 ("published", "2026-10-05"), ("updated", "2026-10-06")],
             "Dyllys: dy' Meurth 6 Hedra 2026, 08:45": [("published", "2026-10-06")],
             "Almmuhuvvon 06.10.2026 dii. 08.20   ·   Ođasmahttojuvvon 06.10.2026 dii. 15.47": [("published", "2026-10-06"), ("updated", "2026-10-06")],
             "Kawedar: Anggara, 6 Oktober 2026 | 07.45 WITA": [("published", "2026-10-06")],
             "থাদোকখিবা: অক্তোবর ৬, ২০২৬, ০৭:১০ AM IST": [("published", "2026-10-06")],
             "Publikigita: 6 oktobro 2026, 09:15   ·   Ĝisdatigita: 7 oktobro 2026, 11:40": [("published", "2026-10-06"), ("updated", "2026-10-07")]}
    assert {line: stamps(line) for line in lines} == lines
    days = {"The two-day seminar closed on Friday evening, after it had opened on Thursday morning with the mayor's address.": ("2026-10-08", "2026-10-09"),
            "ياشلار يىغىنى 8-ئۆكتەبىردىن 9-ئۆكتەبىرغىچە ئۆتكۈزۈلدى.": ("2026-10-08", "2026-10-09"),
            "Ĉirkaŭ sesdek homoj kunvenis la 8-an kaj 9-an de oktobro en la urbo.": ("2026-10-08", "2026-10-09"),
            "El martes i el miérkoles pasados la sala estuvo yena.": ("2026-10-06", "2026-10-07"),
            "Жэпуэгъуэм и 8-м и 9-м университетым конференцэ щекIуэкIащ.": ("2026-10-08", "2026-10-09"),
            "Октябриин 6-һоо 8 болотор конференци болобо.": ("2026-10-06", "2026-10-08"),
            "Lekcija bolğan beş dugaar hünde.": None,
            "Лекция беш дугаар хүнде болган.": ("2026-10-09", None),
            "Lameŋkpɔla aɖe va Ho Kuɖagbe.": ("2026-10-07", None),
            "Roobii fi Kamiisa darban marii geggeeffame.": ("2026-10-07", "2026-10-08"),
            "Yapon günneri 8-9 kasımda geçti.": ("2026-11-08", "2026-11-09"),
            "दू दिवसीय संगोष्ठी शुक्र दिन साँझ सम्पन्न भेल। बृहस्पति दिन भोरमे उद्घाटन भेल छल।": ("2026-10-08", "2026-10-09")}
    for text, want in days.items():
        event, _ = find_event_date([(1, text)], PartialDate(2026, 10, 10) if "kasım" not in text else PartialDate(2026, 11, 10))
        got = (event.date.iso(), event.end.iso() if event.end else None) if event is not None else None
        assert got == want, text
    names = {"Ibhalwe ngu-Siphokazi Mdingi-Ntlabathi": "Siphokazi Mdingi-Ntlabathi", "Ɔkyerɛwfoɔ: Akosua Serwaa Boakye-Yiadom": "Akosua Serwaa Boakye-Yiadom",
             "Aŭtoro: Margit Holzhauer": "Margit Holzhauer", "Skrifys gans Kensa Polkinghorne": "Kensa Polkinghorne",
             "Teaksta: Risten Márjá Buljo": "Risten Márjá Buljo", "Müellif: Zarema Bekirova": "Zarema Bekirova",
             "Текст: Алсу Гарифуллина   ·   Фото: Рамил Сафин": "Алсу Гарифуллина", "Ŋlɔla: Selorm Kafui Agbenyo": "Selorm Kafui Agbenyo"}
    assert {text: byline(text) for text in names} == names
    lead = " The town's new ferry terminal opened to passengers on Tuesday, two years after the old shed on the north quay came down."
    assert dateline("HO —" + lead.replace("The town's", "Ho's")).place == "Ho"
    assert dateline("UN —" + lead) is None
    assert dateline("VARNHOLTTIDENDE.COM, VARNHOLT –" + lead).place == "Varnholt"
    assert colon_place("वाराणसी। जापान सरकार के ओह फैसला पर, जवना में उहां के सेल्फ डिफेंस फोर्स के चार अफसर के भेजल गइल, संगोष्ठी भइल।").place == "वाराणसी"
    assert is_line_debris("Hatanı körseñiz, onı belgilep Ctrl+Enter basıñız.") and is_line_debris("Заметили ошибку? Выделите её и нажмите Ctrl + Enter.")
    assert not is_line_debris("The harbour office moved its booking line to the web, where Enter and Ctrl keys work as ever.")
    assert copyright_holder("Copyright © 2026 Varnholt Tidende. Seluruh hak cipta dilindungi.") == "Varnholt Tidende"


def test_a_name_on_a_stamps_row_under_the_story_still_signs_it_when_nothing_else_does():
    # (The name before a stamp under the story is now asked last, after the signature and the model's byline: with neither on
    # the page it is still the byline.)
    footer = ("Comments (2)\nIvan_K · 07.10.2026, 10:12\nGood news.\nOla Brekke · 07.10.2026, 16:02\nA fine hall at last.\n\n"
              "© 2026 Varnholt Tidende. All rights reserved.")
    article, story = read(page(footer=footer).replace("By Kari Nygaard\n", ""))
    assert article.author == "Ola Brekke"


def test_a_read_also_line_between_an_interview_s_questions_and_answers_is_no_story():
    # (in a language whose "read also" no table holds: the line is told by its shape between two labelled paragraphs)
    qa = ("सवाल: नवां घाट बनने कन्नै रातीं दी किश्तियें पर कम्म करने आह्‌ले मल्लाहें दी जिंदगी च केह् बदलेआ ऐ, ते मुसाफर केह् आखदे न?\n\n"
          "एह् बी पढ़ो: घाट पर 2 नवंबर थमां किश्तियें दा मेला, सांबा ते कठुआ दे मल्लाहें लेई खास दिन\n\n"
          "जवाब: हुन मल्लाहें गी गड्डियें दे पार्किंग कोल केबिनें च इंतजार नेईं करना पौंदा, ते मुसाफर सुक्के रस्ते कन्नै किश्ती पर चढ़दे न।")
    article, story = after_second_paragraph(qa)
    assert "किश्तियें दा मेला" not in story and "सुक्के रस्ते" in story


# Class 249: holdout183-187 — a headline that asks its question over a standfirst set without a full stop; a caption's
# credit naming the photographer and the outlet in its quotes, in any case, after a label or in brackets; Ol Chiki's full
# stop; a stay told by its length in Tulu; weekdays, spans ("pa Palicitatu na pa Palicine"), labels and bylines in Karelian,
# Avar, Zazaki, Bemba, Pulaar, Santali and Tulu.
def test_questions_captions_and_days_of_holdout183_to_187():
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import is_advert_label, is_line_debris, is_sentence
    assert is_line_debris("Мэр Кари Нюгор ва капитан Лив Осен цIийи причалдин патав. Шикил: Эльвин Гьасанов / «Варнхольтдин ван»")
    assert is_line_debris("Акапитан Лив Осен ажәахә ҟаиҵоит апорт аҿы. (Асахьа: Даур Қапба / «Варнхольт Иахьа»)")
    assert not is_line_debris("The mayor and the harbour master stood by the new quay, as the plans of the town / «the islands» said.")
    assert is_sentence("ᱥᱮᱢᱤᱱᱟᱨ ᱨᱮᱭᱟᱜ ᱯᱩᱨᱟᱹ ᱵᱤᱰᱤᱭᱳ ᱠᱚᱞᱮᱡ ᱨᱮᱭᱟᱜ ᱣᱮᱵᱥᱟᱭᱤᱴ ᱨᱮ ᱧᱮᱞ ᱫᱟᱲᱮᱭᱟᱜᱼᱟ᱾")
    assert is_advert_label("ಜಾಹೀರಾತ್")
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"Julgaistu 06.10.2026 14:05   ·   Uvvistettu 07.10.2026 09:12": [("published", "2026-10-06"), ("updated", "2026-10-07")],
             "Yaltinaama Talaata 06/10/2026 — 09:40   ·   Hesɗitinaama 07/10/2026 — 18:25": [("published", "2026-10-06"), ("updated", "2026-10-07")],
             "ᱪᱷᱟᱯᱟ : ᱢᱟᱝᱜᱟᱞ, ᱖ ᱚᱠᱴᱚᱵᱚᱨ ᱒᱐᱒᱖, ᱑᱐:᱑᱕   |   ᱟᱯᱰᱮᱴ : ᱵᱩᱫᱷ, ᱗ ᱚᱠᱴᱚᱵᱚᱨ ᱒᱐᱒᱖, ᱐᱙:᱐᱐": [
                 ("published", "2026-10-06"), ("updated", "2026-10-07")]}
    assert {line: stamps(line) for line in lines} == lines
    days = {"Yliopiston salis nellänpäivänny piettih pyöreistola.": ("2026-10-08", None),
            "Талат къоялъ университеталда данделъи ана.": ("2026-10-06", None),
            "Komele roca Şeme panelêk viraşt.": ("2026-10-10", None),
            "Abasambi balikansene pa Palicitatu na pa Palicine mu cipikisano.": ("2026-10-07", "2026-10-08"),
            "Kawral Komin jaɓii ñalnde Alkamiisa dokkal laana ambulaas.": ("2026-10-08", None),
            "ᱦᱚᱞᱟ ᱡᱟᱹᱨᱩᱢ ᱢᱟᱦᱟᱸ ᱠᱚᱞᱮᱡ ᱨᱮ ᱥᱮᱢᱤᱱᱟᱨ ᱦᱩᱭ ᱮᱱᱟ᱾": ("2026-10-09", None),
            "ಹಡಗ್ ಸೋಮಾರ ಕಾಂಡೆ ಬಂದರ್‌ಗ್ ಎತ್ತ್ಂಡ್. ಮೂಜಿ ದಿನ ಉಂತುದು, ಬುದಾರ ಬಯ್ಯ ಪಿದಾಡ್ಂಡ್.": ("2026-10-05", "2026-10-07")}
    for text, want in days.items():
        event, _ = find_event_date([(1, text)], PartialDate(2026, 10, 10))
        assert event is not None and (event.date.iso(), event.end.iso() if event.end else None) == want, text
    names = {"Tekstu: Tatjana Pekkojeva": "Tatjana Pekkojeva", "Nuştox: Berfîn Demirbağ": "Berfîn Demirbağ",
             "Winndiiɗo: Hammadi Aali Soh": "Hammadi Aali Soh", "Ilembelwe na Chileshe Mwamba Bwalya": "Chileshe Mwamba Bwalya",
             "ಬರವು: ಸುಪ್ರೀತಾ ಕೋಟ್ಯಾನ್": "ಸುಪ್ರೀತಾ ಕೋಟ್ಯಾನ್", "ᱚᱞᱤᱭᱟᱹ : ᱵᱟᱦᱟ ᱵᱮᱥᱨᱟ": "ᱵᱟᱦᱟ ᱵᱮᱥᱨᱟ"}
    assert {text: byline(text) for text in names} == names


def test_a_headline_that_asks_its_question_over_a_standfirst_without_a_full_stop():
    text = page(headline="Varnholt's new ferry terminal: will the winter boats wait at last?").replace(
        "A waiting hall, two berths and a covered walkway after two years of building work",
        "A waiting hall for three hundred people, two berths and a covered walkway after two years of work")
    article, story = read(text)
    assert article.title == "Varnholt's new ferry terminal: will the winter boats wait at last?"


# Class 250: holdout188-192 — a stamp row whose update gives its time alone ("Ultima modifica: 11:48", the same day); a
# month's name of several words (Hmong "Lub Kaum Hli", the tenth month) read on a stamp line; two days of a Solar Hijri
# month as a span in the year of the article's date; the learnt model's unsure headline is not the standfirst right under
# the rules' headline; a copyright holder in its quotes before the outlet's kind; labels, bylines and "yesterday" in
# Latgalian, Limburgish, Saraiki, Kumyk and Hmong.
def test_stamps_spans_and_holders_of_holdout188_to_192():
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, find_event_date, stamp_dates
    from generator.articles.debris import copyright_holder
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"Pubblicato: 6 ottobre 2026, 06:30   ·   Ultima modifica: 11:48": [("published", "2026-10-06"), ("updated", "2026-10-06")],
             "Tshaj tawm: Hnub Ob, Lub Kaum Hli 20, 2026   ·   Hloov kho: 10/21/2026 9:05 sawv ntxov": [("published", "2026-10-20"), ("updated", "2026-10-21")],
             "Publicāts 06.10.2026 08:47   ·   Atjaunynuots 07.10.2026 16:20": [("published", "2026-10-06"), ("updated", "2026-10-07")],
             "6 oktober 2026, 07.45 oer   |   Biegewèrk 7 oktober 2026, 09.12 oer": [("published", "2026-10-06"), ("updated", "2026-10-07")],
             "شائع تھئی: منگل، ۶ اکتوبر ۲۰۲۶ — ۱۱:۲۰ رات   |   تازہ کیتی ڳئی: ٻدھ، ۷ اکتوبر ۲۰۲۶ — ۹:۴۰ سویل": [
                 ("published", "2026-10-06"), ("updated", "2026-10-07")]}
    assert {line: stamps(line) for line in lines} == lines
    days = {"معاون، یکشنبه و دوشنبه، ۱۲ و ۱۳ مهر، ساری دله دیّه.": ("2026-10-04", "2026-10-05"),
            "Тюнегюн университетде тегерек стол болду.": ("2026-10-09", None),
            "Op vriedig 2 en zaoterdig 3 oktober woort 't fies gehawwe.": ("2026-10-02", "2026-10-03")}
    for text, want in days.items():
        event, _ = find_event_date([(1, text)], PartialDate(2026, 10, 10))
        assert event is not None and (event.date.iso(), event.end.iso() if event.end else None) == want, text
    assert {t: byline(t) for t in ("رپورٹ: فرحان حیدر بھٹہ", "Sau los ntawm Nkauj Hli Thoj")} == {
        "رپورٹ: فرحان حیدر بھٹہ": "فرحان حیدر بھٹہ", "Sau los ntawm Nkauj Hli Thoj": "Nkauj Hli Thoj"}
    assert copyright_holder("© 2026 «Варнхольтдин ван» газет. Вири ихтиярар хвенва.") == "Варнхольтдин ван"
    # An update slashed both ways that, read day first, would come before the publication is read month first.
    assert stamps("Tshaj tawm: Hnub Ob, Lub Kaum Hli 6, 2026   ·   Hloov kho: 10/07/2026 9:05 sawv ntxov") == [("published", "2026-10-06"), ("updated", "2026-10-07")]
    assert stamps("Published: 06/10/2026   ·   Updated: 07/10/2026") == [("published", "2026-10-06"), ("updated", "2026-10-07")]


# Class 251: holdout193-197, tuned on in part — a row's later label with its time alone is the same day's update, in any
# language ("Янъартылды: 16:40"); the outlet's web address after a dateline's place; a place and two slashes opening the
# lead ("سرینگر// …"); Madurese months; Nogai and Madurese bylines.
def test_time_only_updates_and_datelines_of_holdout193_to_197():
    from generator.articles.credits import byline, colon_place, dateline
    from generator.articles.datetext import stamp_dates
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"Басылды: 06.10.2026, 10:15   |   Янъартылды: 16:40": [("published", "2026-10-06"), ("updated", "2026-10-06")],
             "Saptoh, 10 Oktober 2026 | 10.05 WIB": [("published", "2026-10-10")],
             "Update: Saptoh, 14 Nopèmber 2026 | 16.20 WIB": [("updated", "2026-11-14")],
             "Basylgan: 06.10.2026   |   Note: 16:40 ferry": []}
    assert {line: stamps(line) for line in lines} == lines
    lead = " The town's new ferry terminal opened to passengers on Tuesday, two years after the old shed on the north quay came down."
    assert dateline("VARNHOLT, Varnholttidende.id –" + lead).place == "Varnholt"
    assert colon_place("سرینگر// کشمیر یونیورسٹی منٛز آو بۄموار تہٕ بۄدوار دۄن دۄہن ہُند اکھ قومی سیمینار منعقد کرنہ").place == "سرینگر"
    assert {t: byline(t) for t in ("Язды: Гулизар Кумратова", "Panolès: Moh. Faiqul Ulum")} == {
        "Язды: Гулизар Кумратова": "Гулизар Кумратова", "Panolès: Moh. Faiqul Ulum": "Moh. Faiqul Ulum"}


# Class 252: holdout193-232, the twenty-ninth round's blind pages — stamps: an update with what it changed in brackets
# after it; a label of three words; a yearless update with its time after it, its weekday before it; a reading time in
# Devanagari beside the stamp; a short capitalised language's month in title case; a calendar and a pencil as labels.
def test_stamps_of_the_twenty_ninth_round():
    from generator.articles.datetext import stamp_dates
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"Јаҥыртылган: 20.10.2026, 09:12 (профессордыҥ адыныҥ бичилгени тӱзедилди)": [("updated", "2026-10-20")],
             "Dərc bıə: 17.10.2026, 09:45   |   Tozə kardə bıə: 17.10.2026, 14:20   |   Bıdə bıə: 1 284": [
                 ("published", "2026-10-17"), ("updated", "2026-10-17")],
             "Publià lo demars 3 de novembre 2026 a 7.50   ·   Betà a dzor lo demécro 4 de novembre a 10.05": [
                 ("published", "2026-11-03"), ("updated", "2026-11-04")],
             "Хабар дураибси: 2026 дусла 26 октябрь, 18:40   ·   Таза дарибси: 27 октябрь, 09:12": [
                 ("published", "2026-10-26"), ("updated", "2026-10-27")],
             "छप्यो: मंगळवार, 27 अक्टूबर 2026, दिनूगै 8:10   ·   बांचण में 4 मिनट": [("published", "2026-10-27")],
             "Tuku atu: Aho Lotu, 4 Novema 2026, 7:50 pogipogi   |   Fakafou: 4 Novema 2026, 3:05 afiafi": [
                 ("published", "2026-11-04"), ("updated", "2026-11-04")],
             "📅 26.10.2026, 09:40   ✎ 27.10.2026, 17:05": [("published", "2026-10-26"), ("updated", "2026-10-27")],
             "Note: 20.10.2026 (see below)": []}
    assert {line: stamps(line) for line in lines} == lines


# Class 253: spans — two weekdays each with its date in figures in brackets ("Rebbu (11/11/2026) bân Kemmès (12/11/2026)");
# a month with its genitive, then two days each with its ending, joined by "and"; a month's days with their full stops and
# "on the days"; two weekdays joined by "and" in more languages; a day pair after a weekday in the Romance languages of the
# table; a stay's length in Urdu and Pothwari; "yesterday" in more languages.
def test_spans_of_the_twenty_ninth_round():
    from generator.articles.datetext import PartialDate, find_event_date
    days = {"Salama duwâ arè, Rebbu (11/11/2026) bân Kemmès (12/11/2026), aula pondok èyessèè santrè.": ("2026-11-11", "2026-11-12"),
            "Октябрьла 22-личиб ва 23-личиб университетла филиализиб семинар бири.": ("2026-10-22", "2026-10-23"),
            "Kül'mkun 3.–5. päivil universitetas mäni seminar.": ("2026-11-03", "2026-11-05"),
            "سرینگر// کشمیر یونیورسٹی منٛز آو بۄموار تہٕ بۄدوار دۄن دۄہن ہُند اکھ سیمینار منعقد کرنہٕ": ("2026-11-10", "2026-11-11"),
            "Les Rencontres de strateji, jeudi 5 e vendrdi 6 de novembr, ont ramassë pus de troés cents monde.": ("2026-11-05", "2026-11-06"),
            "Исяк университетть историянь факультетса ульсь лекция.": ("2026-11-12", None)}
    for text, want in days.items():
        event, _ = find_event_date([(1, text)], PartialDate(2026, 11, 13))
        assert event is not None and (event.date.iso(), event.end.iso() if event.end else None) == want, text
    # (A weekday with its own date in brackets in the paragraph under a standfirst is that date, no stay's first day.)
    lead = "ডেস্ট্রয়ারটি চার দিনের শুভেচ্ছা সফরে আজ শনিবার (৭ নভেম্বর) সকালে বন্দরে পৌঁছেছে।"
    event, _ = find_event_date([(1, lead), (2, "জাহাজটি বুধবার (১১ নভেম্বর) সকালে বন্দর ছেড়ে যাবে।")], PartialDate(2026, 11, 7))
    assert (event.date.iso(), event.end) == ("2026-11-07", None)


# Class 254: bylines and datelines — a label of several words before a name in a script without capitals ("ⵙ ⵓⴼⵓⵙ ⵏ NAME",
# by the hand of); a short word for "by" before a whole name in title case ("Vun", "Bi", "ed", "Tuhia e"); a place and the
# outlet's desk in brackets, with or without a colon; a place in capitals with Azerbaijani's schwa.
def test_bylines_and_datelines_of_the_twenty_ninth_round():
    from generator.articles.credits import byline, colon_place, dateline
    names = {"ⵙ ⵓⴼⵓⵙ ⵏ ⵍⵃⵓⵙⴰⵢⵏ ⴰⵢⵜ ⵓⴷⵔⴰⵔ": "ⵍⵃⵓⵙⴰⵢⵏ ⴰⵢⵜ ⵓⴷⵔⴰⵔ", "Vun Marlene Schmitt Dresch": "Marlene Schmitt Dresch",
             "Bi Mairi Fotheringham": "Mairi Fotheringham", "ed Marisa Tartarini": "Marisa Tartarini",
             "Tuhia e Teleise Kalolo-Pereira": "Teleise Kalolo-Pereira", "Sɣur Nadia At Yeḥya": "Nadia At Yeḥya",
             "Scrito por Lurdes Preto Guerra": "Lurdes Preto Guerra", "رپورٹ: سمیع اللہ": "سمیع اللہ"}
    assert {text: byline(text) for text in names} == names
    assert byline("ed è stata una bella serata") is None  # (a sentence, no name in title case after the word)
    lead = " جاپان دے سفیر ماساہیرو کونڈو نے بدھ دے دیہاڑے پشور عجائب گھر اچ طالب علماں تے صحافیاں نال گل بات کیتی اور سوالاں دے جواب دتے"
    assert colon_place("پشور (سٹاف رپورٹر)" + lead).place == "پشور"
    assert colon_place("گوادر (کلمت ھال):" + lead).place == "گوادر"
    assert dateline("LƏNKON — Yaponiya səfirəti birinci katib Kenta Mizuno pəncşəmbə ruji Lənkoni Dəvləti Universitetədə "
                    "tələbonro seminar kardış, akt zal pur bıə.").place == "Lənkon"


# Class 255: furniture — a sentence closing inside German's or Urdu's quotes ("… so.“", "… اَہم؟‘‘"); a photographer's name
# in capitals glued to the caption's full stop; a labelled advert's copy, the offer and the advertiser set apart by a dash;
# "read also" glued to the linked headline; a title in guillemets holds no breadcrumb's "»"; a consent notice that ends on a
# danda; a row of short pieces set apart by wide gaps is no paragraph, though each closes on a shad.
def test_furniture_of_the_twenty_ninth_round():
    from generator.articles.debris import is_advert_copy, is_line_debris, is_navigation, is_sentence, list_marker
    from generator.articles.layout import _is_prose
    assert is_sentence("„Daut haft ons fäl jekost, oba daut es so.“") and is_sentence("’’یورپٕچ جنگ کیازِ چھےٚ اَہم؟‘‘")
    assert not is_sentence("Major im NATO-Stab: „In Graz habe ich Europa verstanden“")
    assert is_line_debris("Japanese and Canadian officers attend a morning briefing at Clay Kaserne on July 6.PAUL DESROSIERS/THE LAURENTIAN TIMES")
    assert is_advert_copy("Galettes-saocisses chaodes tous les vendrdis o marchë de Ploermè – Cheû Nanon e Piérre, depés 1988.", labelled=True)
    assert not is_advert_copy("Galettes-saocisses chaodes tous les vendrdis o marchë de Ploermè – Cheû Nanon e Piérre, depés 1988.")
    assert list_marker("À lire aussi Aide à l'Ukraine : la Belgique débloque une nouvelle enveloppe") == (
        True, "Aide à l'Ukraine : la Belgique débloque une nouvelle enveloppe")
    assert not is_navigation("• «Японско-русский словарь»;")
    assert is_line_debris("आ साइट कुकीज़ काम में लेवै, जिणसूं आपनै खबरां बांचण में सौरप रैवै।   ठीक है   बेसी जाणकारी")
    assert not _is_prose("ཤོག་ངོས་དང་པོ།   བོད་ནང་།   བཙན་བྱོལ།   རྒྱལ་སྤྱི།   ཆོས་དང་རིག་གཞུང་།   ལྟ་བ།   བརྙན་འཕྲིན།")


# Class 256: headlines and dates on top — a date bar on top of the page (the day in two calendars) with nothing
# headline-like over it: the headline is looked for over the byline and date under it; a kicker half the headline's
# length over the headline over a standfirst of sentences is the kicker; the stamp under the headline is the article's.
def test_a_date_bar_on_top_and_a_kicker_over_the_headline_over_a_standfirst():
    body = "\n\n".join(BODY)
    headline = "سفیر ژاپن در رشت: کار افسران ما در ویسبادن جنگ نیست و پشت میز است"
    text = f"""فارسی   |   English
پنجشنبه ۲۱ آبان ۱۴۰۵   |   12 November 2026
رشت ۱۴° باران   ·   انزلی ۱۶° ابری
ورود   |   ثبت‌نام   |   آرشیو
گیله خبر
پایگاه خبری گیلکی، از رشت
سرخط   رشت   گیلان   دنیا   ورزش
سفر دو روزه سفیر به گیلان
{headline}
سفیر ژاپن که برای کشاورزان ماشین آورده بود به پرسش خبرنگاران درباره افسران پاسخ داد و گفت که آنها در دفتر کار می‌کنند.
کد خبر: ۸۴۱۲۶   |   چهارشنبه ۲۰ آبان ۱۴۰۵ - ۰۹:۱۵
خبرنگار: لیلا کسمایی
هم‌رسانی:   تلگرام   واتس‌اپ

{LEAD}

{body}

{LAST}
"""
    article, story = read(text)
    assert (article.title, article.published.iso(), article.author) == (headline, "2026-11-11", "لیلا کسمایی")
    assert "سفر دو روزه سفیر به گیلان" not in story and "12 November 2026" not in story


# Class 257: days of the thirtieth round — a sentence's only two days, each with its figure, a week at most apart and neither
# after the article's day, are a stay's first and last; a day still ahead beside one just past yields to the past one ("for
# Thursday's parade"); spans joined by the words of more languages ("fram … tu …", "ka", "ne", "dóó", "ат"), a month in the
# genitive then its days joined by a dash, the year first with its word ("2026 ани 23 октябрь"), Colombia's "octubre 24 de
# 2026"; "yesterday" in Lugbara and K'iche'.
def test_days_and_spans_of_the_thirtieth_round():
    from generator.articles.datetext import PartialDate, find_event_date, full_dates
    days = {"The cutter berthed on Friday, October 9, and sailed again on Monday morning, October 12, for Halifax.": ("2026-10-09", "2026-10-12"),
            "Pipers were tuning up for Thursday's parade when the consul reached the harbour yesterday morning.": ("2026-10-12", None),
            "Dar konsul bin stay fram Tuesdie 6 tu Thoezdie 8 Oktoeba en taalk et dar hall.": ("2026-10-06", "2026-10-08"),
            "Ngakolong ngarei, Alhamisi 8 ka Ijumaa 9 Oktoba, ngikasomak kiriamunitos.": ("2026-10-08", "2026-10-09"),
            "Lade lunes 5 ne miércoles 7 de octubre, ca binni biuu ndaani' barcu.": ("2026-10-05", "2026-10-07"),
            "Consul Sawada Ghąąjįʼ 6 dóó 7 Tségháhoodzánígi naaskai.": ("2026-10-06", "2026-10-07"),
            "Панҷшанбе ат ҷумъа, 8 ат 9 октябр, семинар вуд.": ("2026-10-08", "2026-10-09"),
            "Октябрна 6-7 йигъбышиъ университетиъ конференция гьаъа.": ("2026-10-06", "2026-10-07"),
            "Ambasada Japan ni emu Arua City-a aje ra.": ("2026-10-12", None),
            "Iwir, ri embajador xujach jun k'ak' tanque che ri amaq'.": ("2026-10-12", None)}
    for text, want in days.items():
        event, _ = find_event_date([(1, text)], PartialDate(2026, 10, 13))
        assert event is not None and (event.date.iso(), event.end.iso() if event.end else None) == want, text
    assert [d.iso() for _, _, d, _ in full_dates("2026 ани 23 октябрь, 11:40")] == ["2026-10-23"]
    assert [d.iso() for _, _, d, _ in full_dates("Ashajünüsü: octubre 24 de 2026 - 6:15 p. m.")] == ["2026-10-24"]
    # (two days of a sentence that is a plan, the second after the article's day, stay one day)
    event, _ = find_event_date([(1, "The cutter berthed on Friday, October 9, and sails on Friday, October 16.")], PartialDate(2026, 10, 13))
    assert (event.date.iso(), event.end) == ("2026-10-09", None)


# Class 258: stamps under labels of languages the table lacks — a weekday of two words or more before the date, one word for the
# time of day after the time ("9:15 okinyi") or for the hour before it ("saawa 3:40"); a row of stamps with no colon, each with
# its time; a label word opening on an apostrophe; a month whose name holds an apostrophe or a length mark.
def test_stamps_of_the_thirtieth_round():
    from generator.articles.datetext import stamp_dates
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    lines = {"Noket: Ngeso, 10 Dwe mar Apar 2026, 8:05 okinyi   |   Oloki: Jumapil, 11 Dwe mar Apar 2026, 3:30 odhiambo": [
                 ("published", "2026-10-10"), ("updated", "2026-10-11")],
             "Ákʼeʼelchí: Dįʼjįʼ Ndaalnish, Ghąąjįʼ 8, 2026   ·   Náánáʼálʼį́: Ndaʼiiníísh, Ghąąjįʼ 9, 2026, 7:15 a.m.": [
                 ("published", "2026-10-08"), ("updated", "2026-10-09")],
             "Yafulumizibwa Olwokuna 8 Okitobba 2026, saawa 2:10 edh'okumakya   |   Yakyusibwa Olwokutaano 9 Okitobba 2026, saawa 6:45 edh'emisana": [
                 ("published", "2026-10-08"), ("updated", "2026-10-09")],
             "Хӑншәм 08.10.2026, 09:10   ·   Йиԓпа вэрәм 08.10.2026, 15:20   ·   👁 230": [("published", "2026-10-08"), ("updated", "2026-10-08")],
             "Sizu 'bo: 8 Novemba 2026, 9:10 am   ·   Ojozu: 8 Novemba 2026, 2:40 pm": [("published", "2026-11-08"), ("updated", "2026-11-08")],
             "12 Okitoba 2026 · esaawa 07:20   |   Kijulakin: 13 Okitoba 2026 · esaawa 10:45": [("published", "2026-10-12"), ("updated", "2026-10-13")],
             "Xtz'ib'äx 8 rujulajuj ik' 2026 — 08:10": [],  # (a label before the date: left to the page's frame)
             "Vote 12.10.2026 · Fair 14.10.2026": []}  # (labels with no colon and no time: a row of dated links)
    assert {line: stamps(line) for line in lines} == lines
    assert stamps("8 rujulajuj ik' 2026 — 08:10") == [("published", "2026-11-08")]
    assert stamps("Entákta, 14 Kentenhkó:wa 2026 — 09:50") == [("published", "2026-11-14")]


# Class 259: bylines beside the date in languages the byline table lacks — a label and its colon or lead words in lower case
# before the name ("Hane' ííłʼíní: NAME", "Stori an foto blong NAME"), the first of a row of labelled names ("Karari: NAME |
# Fotecha: NAME"), a name then its verb ("NAME нирухэни"), a name with its particle ("arap", "ole"), a short "by" of the table cut
# ("Na NAME"); under the story, a reader's name, a date and what they wrote signs nothing when the page signs it.
@pytest.mark.parametrize("credit, name", [
    ("Hane' ííłʼíní: Nizhoni Yazzie-Benally", "Nizhoni Yazzie-Benally"),
    ("Stori an foto blong Walter Kakai", "Walter Kakai"),
    ("Karari: Rosa Tsipu Ambrosio   |   Fotecha: Pedro Tsintsun", "Rosa Tsipu Ambrosio"),
    ("Ольга Бельды нирухэни", "Ольга Бельды"),
    ("Kosir: Gilbert Kiprono arap Mutai", "Gilbert Kiprono arap Mutai"),
    ("Na Lemayian ole Sankok", "Lemayian ole Sankok"),
])
def test_bylines_of_the_thirtieth_round(credit, name):
    headline = "A consul's talk on the four officers posted to Wiesbaden draws a full hall of students"
    text = f"""Home   News   Region
{headline}
The consul said the officers work at desks in the NATO command and carry no weapons there.
{credit}
The Valley Courier
Published: 10/10/2026, 09:20   |   Updated: 11/10/2026, 08:05
Share:   Facebook   X

{LEAD}

{chr(10).join(BODY)}

{LAST}

Comments
Na Mariamu Sironka · 10/10/2026, 19:02: Asante sana kwa habari hii nzuri, tunashukuru sana wote.
"""
    article, story = read(text)
    assert (article.title, article.author) == (headline, name)
    assert credit not in story


# Class 260: furniture — «…» closes a sentence when a full stop stands inside it (a paragraph that ends on a quotation keeps
# the story going); a row of three pieces or more with figures and no date, none a sentence (the weather and the rates), is no
# paragraph.
def test_furniture_of_the_thirtieth_round():
    from generator.articles.debris import is_sentence
    from generator.articles.layout import _is_prose
    assert is_sentence("Сафир-и лӯд: «Ҷопон НАТО шарик, аъзо на.»") and not is_sentence("Ҷопон сафир ар Харағ – «ар ҷанг на»")
    assert not _is_prose("Riohacha 34 °C   |   Maicao 36 °C   |   Uribia 37 °C, brisa 28 km/h   |   TRM $3.912,40   |   Bolívar: 1 Bs = $86")
    assert _is_prose("Ajtijab', ajq'ijab' xuquje' ali'tomab' xeb'opan pa ri nimaq'ij rech ri tanque, ri xk'oje' chuxe' ri k'ak' "
                     "tanque rech ja' pa ri canton, xuquje' xkitzijoj ri k'ayewal rech ri ja' pa ri tiempo rech saq'ij.")


def _stamps_of(line: str) -> list[tuple[str, str]]:
    """What a stamp row reads as: (kind, ISO day) for each stamp on it."""
    from generator.articles.datetext import stamp_dates
    return [(kind, date.iso()) for kind, date, _ in stamp_dates(line) or []]


def _stamps_or_lone(line: str) -> list[tuple[str, str]]:
    """The same, or the line read as one stamp alone under a label or weekday of a language the tables lack."""
    from generator.articles.datetext import lone_stamp, stamp_dates
    return [(kind, date.iso()) for kind, date, _ in stamp_dates(line) or lone_stamp(line) or []]


def _event_days(day: str, text: str) -> tuple[str, str | None] | None:
    """The first and last days of the happening a one-line paragraph tells, read against the article's day ("2026-10-16")."""
    from generator.articles.datetext import PartialDate, find_event_date
    event, _ = find_event_date([(1, text)], PartialDate(*map(int, day.split("-"))))
    return None if event is None else (event.date.iso(), event.end.iso() if event.end else None)


# Class 261: months and days of the thirty-first round — the months of every language the Unicode CLDR knows, read through a
# stand-in of the same length (each date keeps its place in the line: "Oktoobur", "ngɔn awóm ai dziá", "nowanburu"); Hausa's
# months; the borrowed names written with the open vowels ɛ and ɔ ("Novɛmba"); the table's own grammar read first
# ("Жэпуэгъуэм и 23"); a dateline with such a month; two days of one month a week apart at most joined by a short word the
# table lacks ("13 nɛ 14 Ɔktoba", "6 nga ku 7 Novemba"), not by "or".
def test_months_and_spans_of_the_thirty_first_round():
    from generator.articles.credits import dateline
    read_days = lambda text: [(text[a:b], d.iso()) for a, b, d, _ in full_dates(text)]  # noqa: E731
    assert read_days("Hantum: Alzuma 23 Oktoobur 2026, 08:15") == [("23 Oktoobur 2026", "2026-10-23")]
    assert read_days("séradé 7 ngɔn awóm ai dziá 2026, 09:15") == [("7 ngɔn awóm ai dziá 2026", "2026-11-07")]
    assert read_days("tɛmɛ 7 nowanburu 2026 kɔnɔ") == [("7 nowanburu 2026", "2026-11-07")]
    assert read_days("Asabar, 7 Nuwamba 2026") == [("7 Nuwamba 2026", "2026-11-07")]
    assert read_days("Ata 11 Novɛmba 2026 · 08:14") == [("11 Novɛmba 2026", "2026-11-11")]
    assert read_days("Жэпуэгъуэм и 23, 2026, 10:05") == [("Жэпуэгъуэм и 23, 2026", "2026-10-23")]
    filed = dateline("NIAMEY, 25 Oktoobur 2026 (ISA) – Cawyan-izey na fasal te jirbi hinka ra, i ne.")
    assert filed is not None and filed.place == "Niamey"
    # (the page's own day: its weekdays and its dates agree, as on the page)
    spans = {("2026-10-16", "Kpaŋ bi to Atalata nɛ Alaraba, 13 nɛ 14 Ɔktoba, a semina sɔ."): ("2026-10-13", "2026-10-14"),
             ("2026-11-16", "Ombongarero ya tuurirwa okuza ku 6 nga ku 7 Novemba 2026 mOkahandja."): ("2026-11-06", "2026-11-07"),
             ("2026-11-16", "The hall was booked for 5 or 7 November 2026, the clerk said."): ("2026-11-07", None)}
    for (day, text), want in spans.items():
        assert _event_days(day, text) == want, text


# Class 262: stamps of the thirty-first round — a label of up to five words, one-letter words and combining marks among them
# ("Ọjọ́ ki a kọ ñwu:"); a row opening on a weekday the table lacks and its comma; one stamp alone on its line over the story,
# under a label or a weekday of any language, with its time (a later day on the line under it is the update's).
def test_stamps_of_the_thirty_first_round():
    from generator.articles.datetext import lone_stamp, stamp_dates
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    assert stamps("Ọjọ́ ki a kọ ñwu: 23/10/2026, 8:40am   ·   A yi ñwu: 24/10/2026, 10:15am") == [("published", "2026-10-23"), ("updated", "2026-10-24")]
    assert stamps("Ʌ-Tɛnɛ, 10 Oktoba 2026 · 09:40   |   Ʌpdet: Ʌ-Lahadi, 11 Oktoba 2026 · 14:05") == [("published", "2026-10-10"), ("updated", "2026-10-11")]
    lone = lambda line: [(k, d.iso()) for k, d, _ in lone_stamp(line) or ()]  # noqa: E731
    assert lone("Wasonekua ku 23/10/2026 – 08h30") == [("published", "2026-10-23")]
    assert lone("Asibiti, 7 Nuwamba 2026   ·   09:15") == [("published", "2026-11-07")]
    assert lone("Vote 12.10.2026") == [] and lone("The hall opens on 5 May 2026 at 10:00") == []
    headline = "A consul hands classrooms to a village school and is asked about the four officers in Wiesbaden"
    text = f"""Home   News   Region
{headline}
The consul said the officers work at desks in the NATO command and carry no weapons there.
Sɛgɛ daare: Alaraba, 11 Novɛmba 2026 · 08:14
Maaleŋ: Alamiisi, 12 Novɛmba 2026 · 16:30
Share:   Facebook   X

{LEAD}

{chr(10).join(BODY)}

{LAST}
"""
    article, story = read(text)
    assert (article.title, article.published.iso(), article.updated.iso()) == (headline, "2026-11-11", "2026-11-12")
    assert "Maaleŋ" not in story


# Class 263: bylines of the thirty-first round — a label of up to five words before the name, over the writer's role ("Eza na
# kpa labari: NAME" / "Wakili Labari Nupe"); a label of any language, its colon and a name right under the story's last
# paragraph sign the story.
@pytest.mark.parametrize("credit, name", [
    ("Ọnẹ ki kọ ukọla yi: Ojochenemi Akwu-Idoko", "Ojochenemi Akwu-Idoko"),
    ("Eza na kpa labari: Aliyu Ndagi Jiya\nWakili Labari Nupe", "Aliyu Ndagi Jiya"),
])
def test_bylines_of_the_thirty_first_round(credit, name):
    headline = "A consul's talk on the four officers posted to Wiesbaden draws a full hall of students"
    text = f"""Home   News   Region
{headline}
The consul said the officers work at desks in the NATO command and carry no weapons there.
{credit}
Published: 10/10/2026, 09:20   |   Updated: 11/10/2026, 08:05
Share:   Facebook   X

{LEAD}

{chr(10).join(BODY)}

{LAST}
"""
    article, story = read(text)
    assert (article.title, article.author) == (headline, name)
    assert credit.splitlines()[0] not in story


def test_a_labelled_name_under_the_story_signs_it():
    headline = "A consul's talk on the four officers posted to Wiesbaden draws a full hall of students"
    text = f"""Home   News   Region
{headline}
Published: 10/10/2026, 09:20
Share:   Facebook   X

{LEAD}

{chr(10).join(BODY)}

{LAST}
Hantumkaw: Mariama Issa Garba
Ni ma caw mo: Kirkissoye: a hari beero na fu 40 halaci
"""
    article, story = read(text)
    assert (article.title, article.author) == (headline, "Mariama Issa Garba")
    assert "Hantumkaw" not in story


# Class 264: the headline under a date bar that sets the day beside the weather and rates of three places or more (no paragraph
# of the story); a kicker in capitals that names a series in guillemets is no headline ending on its quotation.
def test_headlines_of_the_thirty_first_round():
    from generator.articles.layout import _is_prose
    assert not _is_prose("Ẹdẹ Tusde, 13 October 2026   ·   Ughelli 29°C, ame cha rhọ vwẹ ọvọvọ kpahen   ·   Warri 30°C   ·   "
                         "$1 = ₦1,474   ·   Petrol ₦1,045/lita")
    headline = "Japan's attaché tells a town hall why four officers serve at a NATO command in Wiesbaden"
    text = f"""Skip to content
Urhobo   |   English
Ẹdẹ Tusde, 13 October 2026   ·   Ughelli 29°C, ame cha rhọ vwẹ ọvọvọ kpahen   ·   Warri 30°C   ·   $1 = ₦1,474   ·   Petrol ₦1,045/lita
IYẸNRẸN OKE
Iyẹnrẹn rẹ Urhobo, vwẹ ẹta rẹ Urhobo — nẹ ukpe 2011
Home   News   Region   Sport
SERIES «TOWN AND WORLD»
{headline}
The attaché spoke for an hour and then took questions from students, elders and traders in the packed hall.
Ọsiebe: Ejiro Akpobire
Ọ sa: 13/10/2026, 7:40am   ·   Ọ ruẹ ọkpokpọ: 14/10/2026, 10:05am

{LEAD}

{chr(10).join(BODY)}

{LAST}
"""
    article, story = read(text)
    assert article.title == headline
    assert "TOWN AND WORLD" not in story and "Petrol" not in story


# Class 265: days of the thirty-first round — the week the Sahel and the West African coast borrowed from Arabic ("Altini",
# "Atalaata", "Lamisi"); two weekdays joined by a short word the table lacks ("nda"), not by "or"; the same word before each of
# two days of one month ("ẹrẹịn 4 kpọ ẹrẹịn 5"); "kia" for "of" before a month.
def test_days_of_the_thirty_first_round():
    days = {("2026-11-11", "The classrooms were handed over Altini, and the pupils sang for the guests."): ("2026-11-09", None),
            ("2026-10-23", "Atalaata nda Alarba, students and lecturers met the attaché in the great hall."): ("2026-10-20", "2026-10-21"),
            ("2026-10-23", "The attaché may return on Monday or Tuesday, the dean told the hall."): ("2026-10-19", None),
            ("2026-11-07", "Mr Sato came ẹrẹịn 4 kpọ ẹrẹịn 5 Novemba to open the new borehole."): ("2026-11-04", "2026-11-05"),
            ("2026-10-23", "Embaixadore wabixila kizuua kia 21 kia Outubro mu Malanje ni makina."): ("2026-10-21", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text


# Class 266: a month no table holds, in a month's place (between a day and a year, or before a day and a year), read by how it
# sounds: its consonants as borrowing languages keep them agree with one month's name only ("Oktoburu" and "October", "ktbr";
# "Nowanburukalo" with the month's word after "nowanburu"); a word that sounds like no month, or like several, stays a word.
def test_months_read_by_their_sound():
    read_days = lambda text: [(text[a:b], d.iso()) for a, b, d, _ in full_dates(text)]  # noqa: E731
    assert read_days("Sibiti 24 Oktoburu 2026 – 09:15") == [("24 Oktoburu 2026", "2026-10-24")]
    assert read_days("Wɔ tɔ 3 Sebutemba 2026 ni") == [("3 Sebutemba 2026", "2026-09-03")]
    assert read_days("A bɔra Alamisa, Nowanburukalo tile 12, 2026, 10:05 waati") == [("Nowanburukalo tile 12, 2026", "2026-11-12")]
    assert read_days("Room 4 Marathon 2026 and Stage 2 Kabete 2026") == []


# Class 267: the thirty-second round's publishers — a copyright line naming the outlet's company and its town ("© 2026 Outlet
# Media, Town[, Region]") under a masthead that names the company's first words is the company's; such a name and place that
# no masthead confirms is too loose to credit (the masthead's name stands).
@pytest.mark.parametrize("masthead, footer, publisher", [
    ("HARBOUR VOICE", "© 2026 Harbour Voice Media, Varnholt. Alle rettar tekne vare på.", "Harbour Voice Media"),
    ("HARBOUR VOICE", "© 2026 Harbour Voice Media, Varnholt, Fylke wa Nordland. Haki zote.", "Harbour Voice Media"),
    ("HARBOUR VOICE", "© 2026 Island Print Works, Storøya, Fylke wa Nordland. Haki zote.", "Harbour Voice"),
])
def test_a_copyright_holder_with_its_town_under_the_masthead(masthead, footer, publisher, rules_only):
    text = page(footer=footer).replace("Varnholt Tidende\nHome", f"Skip to the story\n{masthead}\nNews from the islands, every day\nHome", 1)
    article, _ = read(text)
    assert article.publisher == publisher


# Class 268: bylines of the thirty-second round — a role of five or six words held between the byline and the date is the
# writer's role, not a crosshead ("Mulempi a Ihapari sa Nampula", writer of the paper); a labelled name under the story's last
# paragraph signs it with its town after a comma ("Yolempwa ni: NAME, o Gurué", written by NAME, in Gurué).
def test_bylines_of_the_thirty_second_round(rules_only):
    role = "Mwandishi wa gazeti la Varnholt Tidende"
    article, story = read(page().replace("By Kari Nygaard\n", f"Ni Kari Nygaard\n{role}\n", 1))
    assert article.author == "Kari Nygaard" and role not in story and [b.text for b in article.blocks if b.kind == "h"] == []
    text = page().replace("By Kari Nygaard\n", "", 1).replace(f"{LAST}\n", f"{LAST}\nOlembe ni: Kari Nygaard, o Varnholt\nMusome-tho: Winter timetable adds a late boat on Fridays\n", 1)
    article, story = read(text)
    assert article.author == "Kari Nygaard" and "Olembe ni" not in story


# Class 269: a line the model finds about as likely the headline as the rules' own (0.53 against 0.45), though it read the
# rules' line as furniture, does not take its place; a line it is sure of does (0.83). (A model made for the test.)
def test_the_rules_headline_stays_against_a_line_the_model_likes_about_as_much(monkeypatch):
    model = made_model(monkeypatch, {"last:passengers": 11.3}, {"bias": -3.9, "last:passengers": 3.7, "first:every": 4.0})
    text = page().replace("Varnholt Tidende\n", "Varnholt Tidende\nEvery day on the islands since 1987\n", 1)
    assert parse_text_article(text).title == "Varnholt's new ferry terminal takes its first passengers"
    model["headline"]["first:every"] = 5.5
    assert parse_text_article(text).title == "Every day on the islands since 1987"


# Class 270: dates of the thirty-second round — the month first, then two days joined by a short word the table lacks
# ("Novemba 3 ne 4", "October 12 suli 13"), not a day and a time ("October 12 at 13:00"); English weekdays joined so ("ko
# Monday ngea ko Tuesday"), a day or two apart; Tahitian months, with "no" for "of" and the glottal stop as an apostrophe
# ("30 no 'Atopa"); a dateline with "no" between its day and month; Ekegusii's weekdays ("igoro Aramisi", on Thursday).
def test_dates_of_the_thirty_second_round():
    from generator.articles.credits import dateline
    days = {("2026-11-05", "Abasomi bakhung'ana olwa Jumanne nende Jumatano, Novemba 3 ne 4, mu eholo enene."): ("2026-11-03", "2026-11-04"),
            ("2026-10-16", "Katimarut uvluni, October 12 suli 13, Ilisagvik College-mi."): ("2026-10-12", "2026-10-13"),
            ("2026-10-16", "The hall opened October 12 at 13:00 for the first of the talks."): ("2026-10-12", None),
            ("2026-10-16", "Ke yib e ambassador nga Colonia ko Monday ngea ko Tuesday ni ngar weliy."): ("2026-10-12", "2026-10-13"),
            ("2026-11-02", "'Ua tihe mai te consul i Nuku Hiva i te Po 'Ima 30 no 'Atopa, i te ahiahi."): ("2026-10-30", None),
            ("2026-10-16", "Abasomi bakong'aine igoro Aramisi ase Holo Enene ya eyunibasiti."): ("2026-10-15", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text
    filed = dateline("Varnholt, 2 no Novema 2026 – 'Ua tihe mai te consul o Tapone i Porinetia, Takumi Ogawa, i te ahiahi.")
    assert filed is not None and (filed.place, filed.month, filed.day) == ("Varnholt", 11, 2)


# Class 271: a row of two stamps with no colon at all, each under a label of a few words, their times French-style ("9h40").
def test_a_colon_less_stamp_row_with_french_times():
    from generator.articles.datetext import stamp_dates
    stamps = [(k, d.iso()) for k, d, _ in stamp_dates("Papa'ihia i te 2/11/2026 – 9h40   ·   Hakahou i te 3/11/2026 – 16h05") or ()]
    assert stamps == [("published", "2026-11-02"), ("updated", "2026-11-03")]
    assert stamp_dates("Vote 12.10.2026 · Fair 14.10.2026") is None


# Class 272: dates and stamps of the thirty-second round's second batch — Ainu's in katakana ("2026 パ 10 チュㇷ゚ 26 ト", year,
# moon, day; "ヌマン", yesterday); a Japanese row of two stamps set apart by the katakana middle dot, each labelled in brackets
# after its time ("（公開）", "（更新）": no time zone in words); a stamp label's word opening on a turned apostrophe ("I ‘akaou
# ia:"); the weekdays of Mingrelian ("ცაშხას", on Thursday) and of Kalanga ("Ngo Tjitatu", on Wednesday).
def test_dates_and_stamps_of_the_thirty_second_rounds_second_batch():
    from generator.articles.datetext import stamp_dates
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    assert [(d.iso()) for _, _, d, _ in full_dates("シネ 2026 パ 10 チュㇷ゚ 26 ト タ")] == ["2026-10-26"]
    assert stamps("2026 パ 10 チュㇷ゚ 26 ト 8:30（公開）   ・   10 チュㇷ゚ 27 ト 11:02（更新）") == [("published", "2026-10-26"), ("updated", "2026-10-27")]
    assert stamps("2026年10月26日 8:30（公開）   ・   10月27日 11:02（更新）") == [("published", "2026-10-26"), ("updated", "2026-10-27")]
    assert stamps("I tuku ia: 13.11.2026, 06:30   ·   I ‘akaou ia: 14.11.2026, 10:05") == [("published", "2026-11-13"), ("updated", "2026-11-14")]
    days = {("2026-10-26", "【ピラトゥㇽ】 ヌマン、 コタン ウン チセ オッタ ウタㇻ ウエカㇻパ。"): ("2026-10-25", None),
            ("2026-11-06", "იაპონიაშ ელჩი ცაშხას ზუგდიდს რდუ დო სტუდენტეფს უწუ."): ("2026-11-05", None),
            ("2026-10-23", "FRANCISTOWN – Ngo Tjitatu bana betjikolo bakagamutjila nhumwa yeJapani."): ("2026-10-21", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text


# Class 273: bylines of the second batch — the writer signing under the story in brackets with what they made, two words joined
# by a middle dot before the ideographic space ("（文・写真　川上ゆかり）", text and pictures); the Georgian label without its
# nominative ending ("ავტორ:", Svan) and Kalanga's "Ngu"; the outlet and town under a labelled-credits byline, right over the
# date, is the writer's role, not a crosshead (a picture credit there, "Photos: NAME", is no role).
def test_bylines_of_the_thirty_second_rounds_second_batch(rules_only):
    from generator.articles.credits import byline
    assert byline("ავტორ: თამარ ფანგან") == "თამარ ფანგან" and byline("Ngu Nyaladzi Butale") == "Nyaladzi Butale"
    article, story = read(page().replace(f"{LAST}\n", f"{LAST}\n（文・写真　川上ゆかり）\n", 1).replace("By Kari Nygaard\n", "", 1))
    assert article.author == "川上ゆかり" and "川上" not in story
    role = "ვარნჰოლტიშ ამბე, ვარნჰოლტი"
    text = f"""მთავარი   ვარნჰოლტი   ნავსადგური
ვარნჰოლტიშ ახალი ნავსადგურიშ შენობა მგზავრეფს უწუ
ახალი დარბაზი დო ორი ნავმისადგომი ორი წანაშ ოსქუალიშ უკული
ავტორი: ნინო ცულაია
{role}
07.10.2026 | 09:40   👁 1 284
გაზიარება:   Facebook   X
ნავსადგურიშ ახალი დარბაზი, ორშაბათს. ფოტო: ლევან გაბუნია

{LEAD}

{chr(10).join(BODY)}

{LAST}
"""
    article, story = read(text)
    assert article.author == "ნინო ცულაია" and role not in story and [b.text for b in article.blocks if b.kind == "h"] == []
    assert (5, f"taken as the author's role under the byline: {role!r}") in article.uncertain


# Class 274: the story's own line over its list ("The board agreed on three things at Tuesday's meeting:") belongs to the list:
# with a dated link and a crosshead over it, three lines that are no paragraphs, it does not end the story there.
def test_the_story_s_colon_line_over_its_list_keeps_the_run(rules_only):
    block = ("Winter timetable adds a late boat on Fridays (5 October)\nWhat the islanders asked\n"
             "The harbour board agreed on three things at the end of Tuesday's meeting:\n"
             "• a second ticket window for the summer months;\n• a shelter for cyclists by the south berth;\n"
             "• a review of the winter timetable in March.\n"
             "The board's chair said the first of the three would be in place before the Easter crossings begin next year.")
    article, story = after_second_paragraph(block)
    assert "a shelter for cyclists by the south berth" in story and "before the Easter crossings" in story


# Class 275: stamps and credits of the thirty-second round's third batch — "Wrote by" (Pitkern) before the name; a copyright
# holder with three places after its name, the name set alone as the masthead; a row of two colon-less stamps whose second, under
# a short label, gives no time ("Put up … 7:15 pm · Fix up Tuesday 3 November 2026"), not a row of dated links; a stamp, then
# one word of a language the label table lacks and a later time: the same day's update ("… 08:40 · Etolikino 17:05"); Giriama's
# weekdays, Swahili's with "dz" ("Dzumanne", Tuesday).
def test_stamps_and_credits_of_the_thirty_second_rounds_third_batch(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import stamp_dates
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    assert byline("Wrote by Lenora Christian") == "Lenora Christian"
    assert stamps("Put up Monday 2 November 2026, 7:15 pm   ·   Fix up Tuesday 3 November 2026") == [("published", "2026-11-02"), ("updated", "2026-11-03")]
    assert stamps("Vote 12.10.2026 · Fair 14.10.2026") == []
    assert stamps("Ijumaa, 23 Oktoba 2026   08:40   ·   Etolikino 17:05") == [("published", "2026-10-23"), ("updated", "2026-10-23")]
    assert stamps("Ijumaa, 23 Oktoba 2026   18:40   ·   Etolikino 17:05") == []
    assert _event_days("2026-10-22", "Baraza ra avuvi ririkala Dzumanne mo Malindi, na afisa wa Japani.") == ("2026-10-20", None)
    text = page(footer="© 2026 Varnholt Tidende, Varnholt, Nordland, Norway")
    article, _ = read(text)
    assert article.publisher == "Varnholt Tidende"


# Class 276: a short line that gives a day, standing between the standfirst and the byline where the rules read no stamp
# ("Jumamosi, Novemba 14, 2026"), is no headline: a box of prose on top of the page (a consent notice) is not cut down to it.
def test_a_date_line_under_the_standfirst_is_no_headline_for_the_box_above():
    headline = "A diplomat tells students at the university why four officers were sent to Wiesbaden"
    text = f"""Tunatumia vidakuzi ili kukuletea habari vizuri zaidi kwenye tovuti yetu na kupima wasomaji wetu kila siku. Nakubali   Soma zaidi
HABARI ZA PWANI
Sauti ya watu wa pwani kila siku
Habari   Siasa   Michezo
{headline}
The first secretary spoke for an hour and then took questions from students and lecturers in the main hall of the campus.
Jumamosi, Novemba 14, 2026
Na Mwanaisha Bakari
Gawa:   Facebook   WhatsApp

{LEAD}

{chr(10).join(BODY)}

{LAST}
"""
    article, story = read(text)
    assert article.title == headline


# Class 277: the thirty-second round's fourth batch — "ya mwezi wa" for "of the month of" between two days and their month
# ("12 na 13 ya mwezi wa Novembro"); a span of the Swahili week with "hadi" or "mpaka" (until) between its days, counted back
# from the article's day; the week of Turkish in Cyrillic letters (Urum "чаршамба гюню", on Wednesday); a title abbreviated
# with its full stop ("Dkt. NAME …", doctor) is no dateline's place.
def test_dates_and_datelines_of_the_thirty_second_rounds_fourth_batch():
    from generator.articles.credits import dateline
    days = {("2026-11-14", "Pa ntsiku 12 na 13 ya mwezi wa Novembro, holo ikulu idadzala na wanthu."): ("2026-11-12", "2026-11-13"),
            ("2026-11-07", "Semina ya vijana yabhereye kuuma Jumatatu mpaka Jumatano mu ukumbi bwa halmashauri."): ("2026-11-02", "2026-11-04"),
            ("2026-10-16", "Елчи чаршамба гюню хастаханая гелди ве доктор иле лаф етти."): ("2026-10-14", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text
    assert dateline("Dkt. Paulo Hhando Margwe a walimu 34 ar sekondari hiimiit na semina ya siku tatu kuhusu amani.") is None


# Class 278: credits of the fourth batch — a labelled name right under the date ("Walemba: NAME", they wrote) signs the story;
# a copyright holder with its town that names the masthead among its words ("© 2026 Rádio Comunitária Mbila FM, Quissico" under
# "MBILA FM") is the publisher, its town left out.
def test_credits_of_the_thirty_second_rounds_fourth_batch(rules_only):
    article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40\n", "07.10.2026 09:40\nWalemba: Kari Nygaard\n", 1))
    assert article.author == "Kari Nygaard" and "Walemba" not in story
    text = page(footer="© 2026 Radio Comunitária Harbour Voice, Varnholt – Nordland. Direitos reservados.").replace(
        "Varnholt Tidende\nHome", "Skip to the story\nHARBOUR VOICE\nNews from the islands, every day\nHome", 1)
    article, _ = read(text)
    assert article.publisher == "Radio Comunitária Harbour Voice"


# Class 279: the fifth batch — a radio player's bar on top of the page ("Listen to HARBOUR FM 96.3 now  ▶  …") is no paragraph:
# the page's opening is found under it, and a stamp alone on its line over the story is read there; a copyright holder whose
# place after the comma is the dateline's is the publisher without it; Arbëresh's Friday ("të prëmten"); the Bantu "of" before
# the second of two joined weekdays ("Jumatano na lya Alhamisi").
def test_the_thirty_second_rounds_fifth_batch(rules_only):
    from generator.articles.layout import _is_prose
    assert not _is_prose('Listen to HARBOUR FM 96.3 now from anywhere in the islands  ▶  "Morning Tide with Bashi Chewe"')
    assert _event_days("2026-10-18", "Kolonèli foli të prëmten mbrëma te biblioteka e Horës.") == ("2026-10-16", None)
    assert _event_days("2026-11-13", "Kongamano lya mahiku gavili lisiku lya Jumatano na lya Alhamisi pa makumbusho.") == ("2026-11-11", "2026-11-12")
    text = page(footer="© 2026 Harbour Voice Community Trust, Varnholt. All rights kept.").replace("Varnholt Tidende\n", "", 1)
    article, _ = read(text)
    assert article.publisher == "Harbour Voice Community Trust"


# Class 280: days and bylines of the sixth batch — Swiss German's and the Walser dialects' weekdays ("am Donnschtag z'Obe"),
# Griko's Greek days in Latin letters ("Tin Pèmpti", on Thursday), Chichewa's days as Zambia spells them with a span "from … until"
# ("kuyambila Lacibili mpaka Lacinayi"); Walser's and North Frisian's "von" before the writer's name ("Vòn NAME", "Foon NAME").
def test_days_and_bylines_of_the_thirty_second_rounds_sixth_batch():
    from generator.articles.credits import byline
    days = {("2026-11-14", "Der Major het am Donnschtag z'Obe im Walserhus gredt."): ("2026-11-12", None),
            ("2026-10-17", "Tin Pèmpti to vrài o kolonnello èkame lòo sto Casa-Museo."): ("2026-10-15", None),
            ("2026-10-23", "Msonkhano wa masiku atatu, kuyambila Lacibili mpaka Lacinayi, unacitika ku holo."): ("2026-10-20", "2026-10-22")}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text
    assert byline("Vòn Anna Maria Linty") == "Anna Maria Linty" and byline("Foon Ingwer Nommensen") == "Ingwer Nommensen"


# Class 281: Italian's abbreviated update label before its date ("agg. 15/11/2026", aggiornato), in a row of two stamps.
def test_an_abbreviated_italian_update_label():
    from generator.articles.datetext import stamp_dates
    stamps = [(k, d.iso()) for k, d, _ in stamp_dates("14/11/2026 ore 09:12   ·   agg. 15/11/2026 ore 10:05") or ()]
    assert stamps == [("published", "2026-11-14"), ("updated", "2026-11-15")]


# Class 282: days and datelines met tuning on the thirty-second round's last batch — a Nordic past weekday as it is spoken,
# without its "g" ("i fredas"), and two of them joined, one happening ("i måndags och i tisdags"); a weekday with a short case
# ending hyphened to it ("Jumatatu-ne"); Poitevin's and Mócheno's days; a place that ends on a title of two letters is no
# dateline ("Karibu Bw. Hamisi …"), a place whose short word is a lower-case particle still is.
def test_days_and_datelines_met_tuning_on_the_thirty_second_rounds_last_batch():
    from generator.articles.credits import dateline
    days = {("2026-10-15", "Hon talade i fredas kväll på biblioteket, och salen var full."): ("2026-10-09", None),
            ("2026-10-15", "Kursen hölls i måndags och i tisdags på campus med fyrtio deltagare."): ("2026-10-12", "2026-10-13"),
            ("2026-11-12", "Mkutano wa wazee ulifanyika Jumatatu-ne ukumbini mwa kijiji."): ("2026-11-09", None),
            ("2026-10-16", "Le jheudi, la chercheuse at causé daus officers à la médiathèque."): ("2026-10-15", None),
            ("2026-10-19", "En Mittboch af d'nocht hòt der maggiore en saal vòll gamocht."): ("2026-10-14", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text
    assert dateline("Karibu Bw. Hamisi Juma, mwalimu mkuu wa shule, alipokea madawati mia moja na vitabu vya kiada leo.") is None
    filed = dateline("Dar es Salaam. Balozi wa Japan amekabidhi madawati mia moja kwa shule ya msingi ya Mbagala leo asubuhi.")
    assert filed is not None and filed.place == "Dar es Salaam"


# Class 283: stamps and credits met tuning on the same batch — an update line of a time alone under a label the tables lack,
# later than the stamp's over it, is the same day's update (an earlier time is not); a row of two labelled names whose second
# label is the "photo" word credits the first as the writer (not a source's name); a name under a short lower-case word right
# under the stamp is the byline (not a place under "at").
def test_stamps_and_credits_met_tuning_on_the_thirty_second_rounds_last_batch(rules_only):
    stamp = "By Kari Nygaard\n07.10.2026 09:40\n"
    article, story = read(page().replace(stamp, stamp + "Yakagadziridzwa: 14:05\n", 1))
    assert article.updated is not None and article.updated.iso() == "2026-10-07" and "Yakagadziridzwa" not in story
    article, _ = read(page().replace(stamp, stamp + "Yakagadziridzwa: 08:15\n", 1))
    assert article.updated is None
    article, story = read(page().replace(stamp, "Scrivût: Kari Nygaard   ·   Fotografiis: Ane Zubiri\n07.10.2026 09:40\n", 1))
    assert article.author == "Kari Nygaard" and "Ane Zubiri" not in story
    article, story = read(page().replace(stamp, "07.10.2026 09:40\nfan Kari Nygaard\n", 1))
    assert article.author == "Kari Nygaard" and "fan Kari" not in story
    article, _ = read(page().replace(stamp, "07.10.2026 09:40\nat North Quay\n", 1))
    assert article.author != "North Quay"


# (The same source row read with the learnt line model: the model takes the row for a byline's, the rules give it no writer.)
def test_a_source_and_a_photo_credit_name_no_writer():
    article, _ = read(page().replace("By Kari Nygaard\n", "Source: Varnholt Harbour Authority   ·   Fotos: Ane Zubiri\n", 1))
    assert article.author != "Varnholt Harbour Authority"


# Class 284: dates met tuning on holdout308-312 — a month heard in a language no table holds after an elided "of" ("10
# d'ottubre 2026"), and with no year after it only after "of" and at six letters or more ("23 d'uttobri"; not "12 di
# studenti"); two days joined with a word before the second, its weekday in such a language ("giobi 22 e vènnari 23"); a
# weekday in capitals opening the story where a dateline would stand ("IJUMAA …"); Franc-Comtois's and Low German's days.
def test_dates_met_tuning_on_the_thirty_third_rounds_first_batch():
    assert [d.iso() for _, _, d, _ in full_dates("Pubyè lo 10 d'ottubre 2026")] == ["2026-10-10"]
    assert [d.iso() for _, _, d, _ in full_dates("12 di studenti e 4 d'abitanti sò vinuti.")] == []
    days = {("2026-10-24", "Pa dui dì, marti 20 e mèrcuri 21 d'uttobri, la sala è stadda prena."): ("2026-10-20", "2026-10-21"),
            ("2026-11-14", "IJUMAA wazee wa kijiji walikusanyika kisimani kupokea pampu mpya ya maji."): ("2026-11-13", None),
            ("2026-10-10", "Lo consul è pâlè djûedi aivo lés étudiants de lai faculté."): ("2026-10-08", None),
            ("2026-11-14", "De Konsul was an'n Maandag un Dingsdag in de Stadt un häff vertellt."): ("2026-11-09", "2026-11-10")}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text


# Class 285: stamps and credits of the same batch — a bar of two stamps under labels the tables lack, their times French-style
# with spaces ("6 h 30"); a weekday cut short before a stamp's date ("Sa., 14.11.2026"); a caption closing on "Photo OUTLET /
# NAME" with no colon; Franc-Comtois's and Low German's "by" ("Pai NAME", "Van NAME"); a short lower-case word for "by" over the
# stamp ("igaq Clara Nicori"); "PUB" over an advert.
def test_stamps_and_credits_met_tuning_on_the_thirty_third_rounds_first_batch(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import stamp_dates
    stamps = lambda line: [(k, d.iso()) for k, d, _ in stamp_dates(line) or ()]  # noqa: E731
    assert stamps("Pubyè lo 10/10/2026 è 6 h 30   ·   Rèvu lo 11/10/2026 è 9 h 12") == [("published", "2026-10-10"), ("updated", "2026-10-11")]
    assert stamps("Aktualisiert: Mi., 18.11.2026, 09:12 Uhr") == [("updated", "2026-11-18")]
    assert byline("Pai Amélie Cuenot-Vuillemin") == "Amélie Cuenot-Vuillemin" and byline("Van Hinnerk Schulte Lohmann") == "Hinnerk Schulte Lohmann"
    caption = "The ferry captain on the new bridge, Tuesday, at the north quay. Photo Tidende / Ola Strand"
    article, story = read(page().replace(f"{BODY[0]}\n\n", f"{BODY[0]}\n\n{caption}\n\n"))
    assert caption not in story
    article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40\n", "igaq Kari Nygaard\n07.10.2026 09:40\n", 1))
    assert article.author == "Kari Nygaard" and "igaq" not in story
    advert = "Harbour Bikes – bicycles by the day or the week, two minutes from the ferry."
    article, story = read(page(under=f"PUB\n{advert}"))
    assert advert not in story


# Class 286: headlines of the same batch — a short link between the standfirst and the byline ("Read this in English") is no
# headline, and the standfirst no box on top of the page; a headline that ends on a quoted question over its standfirst
# ("… «why NATO?»"); a date bar beside the weather and the tides, one piece of nine words, is no paragraph.
def test_headlines_met_tuning_on_the_thirty_third_rounds_first_batch(rules_only):
    from generator.articles.layout import _is_prose
    headline = "The harbour master tells a full hall why the new terminal took two years to build"
    standfirst = ("The ferry company's chief answered questions from islanders for an hour. More than eighty people came to "
                  "hear him in the school hall.")
    text = page(headline=headline).replace(
        "A waiting hall, two berths and a covered walkway after two years of building work\n",
        f"{standfirst}\nRead this in Norwegian\n", 1)
    article, story = read(text)
    assert article.title == headline and "Read this in Norwegian" not in story
    asked = "Islanders ask the harbour master at the new terminal «what comes after the ferry?»"
    text = page(headline=asked).replace("A waiting hall, two berths and a covered walkway after two years of building work\n",
                                        "The harbour master answered the islanders' questions in the new hall for an hour on Tuesday.\n", 1)
    article, _ = read("We use cookies to improve the site. Accept   Settings\n" + text)
    assert article.title == asked
    # (as the reader hands the line on, each wide gap's mark set between spaces)
    assert not _is_prose("Tuesday 6 October 2026 · · · Varnholt 9°C, fresh breeze from the west · · · High water at the quay 08:41 "
                         "(2.9 m) and 21:03 · · · Island boats: running to timetable")


# Class 287: dates met tuning on holdout313-322 — two days joined by a word of a script of India, its letters with their vowel
# signs ("9 आरो 10 नवम्बर"), and with a case ending glued to the second day after the month ("ನವೆಂಬರ್ 3 ಮತ್ತು 4ರಂದು"); German's and
# Dutch's "yesterday" as their dialects say it ("geschter", "gester", "gistern"); Swabian's days with the time of day joined
# ("am Dienschdigobend"), Gallurese's and Aranese's, and Aranese's "yesterday" ("ager").
def test_dates_met_tuning_on_the_thirty_third_rounds_second_and_third_batches():
    days = {("2026-11-12", "गुवाहाटी। 9 आरो 10 नवम्बर नि सेमिनार आव फरायसाफोर बोहैयो।"): ("2026-11-09", "2026-11-10"),
            ("2026-11-06", "ನವೆಂಬರ್ 3 ಮತ್ತು 4ರಂದು ಕಾಲೇಜಿನಲ್ಲಿ ವಿಚಾರ ಸಂಕಿರಣ ನಡೆಯಿತು."): ("2026-11-03", "2026-11-04"),
            ("2026-10-22", "De Konsul het geschter Owe im Saal gredd, un de Saal isch voll gsi."): ("2026-10-21", None),
            ("2026-11-11", "Dä Konsul hät gester Ovend em Saal verzallt."): ("2026-11-10", None),
            ("2026-10-16", "De attaché was gistern in de hoaven en het mit de wark proat."): ("2026-10-15", None),
            ("2026-10-22", "Dr Konsul hot am Dienschdigobend im Saal gschwätzt."): ("2026-10-20", None),
            ("2026-10-18", "Lu cunsuli à fattu la so cunfarenzia vènnari sera in lu teatru."): ("2026-10-16", None),
            ("2026-10-23", "Eth consol parlèc ager, dijaus, dauant des escolans."): ("2026-10-22", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text


# Class 288: credits and furniture of the same batches — a bar of two stamps under labels the tables lack, a word for the time
# of day in a script of India before each time ("সকাল ৯:১৫"); Bengali's "reporter:" before the byline; "breaking" as the
# languages of India spell it, over a ticker; a name in a script without capitals over its role in English ("Staff Reporter,
# PLACE"); a "read also" label in two languages set apart by a slash; a headline ending on its quotation over a standfirst that
# closes on a danda.
def test_credits_and_furniture_met_tuning_on_the_thirty_third_rounds_second_and_third_batches(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import is_line_debris
    stamps = [(k, d.iso()) for k, d, _ in stamp_dates("প্রকাশ: ১০ নভেম্বর ২০২৬, সকাল ৯:১৫   ·   হালনাগাদ: ১১ নভেম্বর ২০২৬, বিকাল ৪:৪০") or ()]
    assert stamps == [("published", "2026-11-10"), ("updated", "2026-11-11")]
    assert byline("প্রতিবেদক: রহিম উদ্দিন") == "রহিম উদ্দিন"
    assert is_line_debris("ব্রেকিং: শহরের সেতু মেরামতের জন্য দুই দিন বন্ধ থাকবে")
    article, story = read(page().replace("By Kari Nygaard\n", "కారి నైగార్డ్\nStaff Reporter, Varnholt\n", 1))
    assert article.author == "కారి నైగార్డ్" and "Staff Reporter" not in story
    article, story = between_paragraphs("Lees ook / Lire aussi: Winter timetable adds a late boat on Fridays")
    assert "Winter timetable" not in story
    headline = "बंदरगाह प्रमुख ने द्वीप वालों से कहा: ‘दूसरा घाट अभी नहीं बनेगा’"
    standfirst = "नए टर्मिनल के उद्घाटन के बाद बंदरगाह प्रमुख ने स्कूल के हॉल में एक घंटे तक द्वीप के लोगों के सवालों के जवाब दिए।"
    text = page().replace("Varnholt's new ferry terminal takes its first passengers\n",
                          f"वर्नहोल्ट टाइड्स · द्वीपों की ख़बरें 2011 से\n{headline}\n", 1).replace(
        "A waiting hall, two berths and a covered walkway after two years of building work\n", f"{standfirst}\n", 1)
    article, _ = read(text)
    assert article.title == headline


# Class 289: met tuning in part on holdout323-332 — Lorrain's "by" ("Pè NAME") and Tuesday ("Mâdi"); Bengali's "report:" label
# before the byline; Swiss German's "Inserat" over an advert; "yesterday evening" as one word in Dutch dialects ("gisteroavend");
# a kicker that ends on a case ending hyphened to an acronym ("DISKUSIJA HAD-a") does not run on into the headline under it.
def test_what_tuning_in_part_on_holdout323_332_made_general(rules_only):
    from generator.articles.credits import byline
    assert byline("Pè Colette Grandjacquot") == "Colette Grandjacquot" and byline("প্রতিবেদন: রহিম উদ্দিন") == "রহিম উদ্দিন"
    assert _event_days("2026-10-16", "Mâdi â soûr, lo consul è causé ès gens do quartier.") == ("2026-10-13", None)
    assert _event_days("2026-09-26", "De attaché was gisteroavend in de zaal van de universiteit.") == ("2026-09-25", None)
    advert = "Harbour Bikes – bicycles by the day or the week, two minutes from the ferry."
    article, story = read(page(under=f"Inserat\n{advert}"))
    assert advert not in story
    kicker = "RASPRAVA NATO-a"
    article, _ = read(page().replace("Varnholt's new ferry terminal takes its first passengers\n",
                                     f"{kicker}\nVarnholt's new ferry terminal takes its first passengers\n", 1))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 290: met tuning in part on holdout333-337 — "today" in a script of India is no prefix of a word whose letter carries a
# sign ("आज़ाद", a name, holds "आज"); Ulster Scots' days ("Tyseday nicht"); a day of the Moselle joined to the evening, as
# Luxembourgish does it ("Dinsdaachowend"); spoken Tamil's days ending on "-ெ" ("சனிக்கிழமெ").
def test_dates_met_tuning_on_the_thirty_fourth_rounds_first_batch():
    days = {("2026-10-16", "आज़ाद मैदान में मंगलवार को बंदरगाह के लोगों की सभा हुई।"): ("2026-10-13", None),
            ("2026-10-15", "The harbour maister spak tae the Rotary Club on Tyseday nicht in the toon haa."): ("2026-10-13", None),
            ("2026-10-22", "De Konsul hat am Dinsdaachowend em Saal vun der Uni verzielt."): ("2026-10-20", None),
            ("2026-11-09", "சனிக்கிழமெ ஊருக்கு ஒரு புது விருந்தாளி வந்தா."): ("2026-11-07", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text


# Class 291: met tuning on holdout338-342 — "Mittwoch" read as a day in a dialect sentence that holds no "Tag" ("Am Mittwoch
# z'Obad"); Goral's and Prekmurje's days ("w sobote", "v srejdo"); "on" before the second of two joined days ("u petak i u
# subotu"); a standfirst's "today" kept as the event only where the story's first two paragraphs give that day, not a day
# further down ("… left on Wednesday morning").
def test_dates_met_tuning_on_the_thirty_fourth_rounds_second_batch(rules_only):
    days = {("2026-10-16", "Am Mittwoch z'Obad isch dr Saal im Kulturhaus voll gsi."): ("2026-10-14", None),
            ("2026-10-12", "W sobote wiecorem sala była pełno ludzi."): ("2026-10-10", None),
            ("2026-10-16", "V srejdo večer je dvorana bila puna."): ("2026-10-14", None),
            ("2026-10-19", "U petak i u subotu se u kaštelu skupilo čuda svita."): ("2026-10-16", "2026-10-17")}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text
    text = page().replace("A waiting hall, two berths and a covered walkway after two years of building work\n",
                          "Today the islanders have their terminal. The harbour master came back for one evening to open it.\n", 1)
    text = text.replace(f"{BODY[1]}\n\n", f"{BODY[1]}\n\nThe harbour master left on Wednesday morning on the first boat to the mainland.\n\n", 1)
    article, _ = read(text)
    assert article.event_date is not None and article.event_date.iso() == "2026-10-06"


# Class 292: Persian pages of the same batch — "report:" before the byline ("گزارش: NAME"); a headline ending on an Arabic
# question mark over a standfirst in sentences, the byline and stamp under them; a dateline of the place and the paper, each
# closed by a hyphen ("شهرکرد- NAME-"); "all material and moral rights … for X are reserved" names X as the publisher.
def test_persian_pages_met_tuning_on_the_thirty_fourth_rounds_second_batch(rules_only):
    from generator.articles.credits import byline, dateline
    from generator.articles.debris import copyright_holder
    assert byline("گزارش: مریم کاظمی") == "مریم کاظمی"
    filed = dateline("بندرعباس- صدای بندر- دیروز در سالن بندر، رئیس بندر به پرسش‌های مردم جزیره درباره اسکله تازه پاسخ داد و گفت کار تمام شد.")
    assert filed is not None and filed.place == "بندرعباس"
    assert copyright_holder("© ۱۴۰۵ کلیه حقوق مادی و معنوی برای صدای بندر محفوظ است.") == "صدای بندر"
    headline = "اسکله تازه برای مردم جزیره چه می‌کند؟"
    text = ("پرش به محتوای اصلی\nصدای بندر\nخانه   استان   بندر   ورزش\n"
            f"{headline}\n"
            "رئیس بندر در سالن مدرسه یک ساعت به پرسش‌های مردم جزیره پاسخ داد و گفت کشتی زمستانی دیگر منتظر نمی‌ماند.\n"
            "گزارش: مریم کاظمی\n"
            "تاریخ انتشار: ۱۵ مهر ۱۴۰۵ - ۰۹:۴۰\n\n"
            + "\n\n".join(["بندرعباس- صدای بندر- " + "اسکله تازه روز سه‌شنبه باز شد و نخستین مسافران از سالن انتظار گذشتند و سوار کشتی شدند. " * 2,
                           "سالن انتظار برای سیصد نفر جا دارد و باجه بلیت تا آخرین کشتی شب باز می‌ماند و راهروی سرپوشیده به هر دو اسکله می‌رسد. " * 2,
                           "رئیس بندر گفت کابین‌های قدیمی پیش از برنامه تابستانی برداشته می‌شوند و پارکینگ تازه در بهار ساخته خواهد شد. " * 2])
            + "\n\n© ۱۴۰۵ کلیه حقوق مادی و معنوی برای صدای بندر محفوظ است.\n")
    article = parse_text_article(text)
    assert article.title == headline and article.author == "مریم کاظمی"


# Class 293: met tuning on holdout343-347 — a Cyrillic month's stem with a case ending glued on, after two joined days ("9 ва 10
# ноябриъ"); the paper's initials and a full stop after the dateline's place ("Chóśebuz (CP). …"); a short particle hyphened to
# a verb before a byline's name ("Ta-napïsala NAME"); Gujarati's "and" between two days; Lower Sorbian's, Resian's and Banat
# Bulgarian's days; Czech "inzerce" over an advert whose advertiser and address come before its offer.
def test_what_tuning_on_holdout343_347_made_general(rules_only):
    from generator.articles.credits import dateline, leading_name
    days = {("2026-11-11", "9 ва 10 ноябриъ университетдин филиалдиъ семинар гъубшну ва жилар гъахьну."): ("2026-11-09", "2026-11-10"),
            ("2026-09-26", "કોલેજમા ગુરુવાર અને શુક્રવાર દોન દિસ સેમિનાર ચાલ્યો."): ("2026-09-24", "2026-09-25"),
            ("2026-11-16", "W pětk jo pódpołkownik w gymnaziumje powědał."): ("2026-11-13", None),
            ("2026-10-18", "Ta-w pitak zvëčara dwörana cintra na bila pöuna."): ("2026-10-16", None),
            ("2026-10-26", "U sabota predi pladne sa sabrali pojće ud sto duši."): ("2026-10-24", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text
    filed = dateline("Chóśebuz (CP). Japański oficer w uniformje pśed toflu – to njejo wšedny wobraz w Dolnoserbskem gymnaziumje.")
    assert filed is not None and filed.place == "Chóśebuz"
    assert leading_name("Ta-napïsala Lussia Madotto (Lüsïja ta-z Osoanëh)") == "Lussia Madotto"
    advert = "Harbour Bikes, Quay Street 14, Varnholt – bicycles by the day or the week, also with a child seat."
    article, story = read(page(under=f"INZERCE\n{advert}"))
    assert advert not in story


# Class 294: met tuning on holdout348-357 — a month heard in a language no table holds after two joined days and an "of" ("6
# ku 7 u novembe"); Yumplatok's days ("lo Tyusdei an Wenesdei"); a Mexican dateline in capitals with its state ("PAPANTLA,
# VER.–", read as "Papantla, Ver."); a short question under the first date, right over a standfirst of sentences and the
# byline, is the headline, not a promo line above the date.
def test_what_tuning_on_holdout348_357_made_general(rules_only):
    from generator.articles.credits import dateline
    days = {("2026-11-09", "Tu daka longi, a 6 ku 7 u novembe, sëmbë bi kó a di kuutu."): ("2026-11-06", "2026-11-07"),
            ("2026-11-06", "Konsul bin kam lo Waiben lo Tyusdei an Wenesdei dis wik."): ("2026-11-03", "2026-11-04")}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text
    filed = dateline("PAPANTLA, VER.– El agregado japonés habló el sábado ante los alumnos del bachillerato sobre los cuatro oficiales.")
    assert filed is not None and filed.place == "Papantla, Ver."
    asked = "Four officers in Wiesbaden: what is it to us?"
    text = page(above="Listen live ▶ Harbour Radio 98.1 FM — the morning show with Ola Strand, 7–9am\n07.10.2026 09:40\nHARBOUR FORUM",
                headline=asked).replace("By Kari Nygaard\n07.10.2026 09:40\n", "By Kari Nygaard\n", 1).replace(
        "A waiting hall, two berths and a covered walkway after two years of building work\n",
        "At a two-day forum in the school hall, islanders asked a Japanese attaché what the posting means for them.\n", 1)
    article, _ = read(text)
    assert article.title == asked


# Class 295: met tuning on holdout358-362 and older pages — two weekdays each with its day in brackets, joined by a word of any
# language ("terça-feira (20) koêku quarta-feira (21)"); a lead day chosen over an earlier background date keeps its span; a later
# paragraph opening on "the next day" ("Másnap, …") adds that day; an em dash ends a byline's name ("Por NAME — Outlet"), and
# "e" (and) between two names is no role; a byline's first word of four the story writes in lower case is its language's label
# ("Yirrarnu NAME"); a place of four Cyrillic capitals and a stop, named again in its own case ("КИЇВ. …" / "Київ"); a short line
# right under an advert, over two headlines each ending on its day, is a list's label in any language ("Još iz Subatice"): the
# story ends above it.
def test_what_tuning_on_holdout358_362_made_general(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import PartialDate, find_event_date
    assert _event_days("2026-10-23", "Ya terça-feira (20) koêku quarta-feira (21), auditório ya câmpus hána xâne yoko'ovo.") == (
        "2026-10-20", "2026-10-21")
    assert _event_days("2026-10-23", "Ya terça-feira (20) koêku quarta-feira (22), auditório ya câmpus hána xâne yoko'ovo.") == (
        "2026-10-20", None)  # (the figures must be the weekdays' own)
    lines = [(1, "Upa ho in 1944 gal a theih uh thu a gen uh."),
             (2, "College in October 20 akipan October 22 chan seminar a bawl a, mi tampi a hong kikhawm uh.")]
    event, _ = find_event_date(lines, PartialDate(2026, 10, 23))
    assert (event.date.iso(), event.end.iso()) == ("2026-10-20", "2026-10-22")
    lines = [(1, "Pénteken délelőtt nagy vót a sürgés-forgás a faluba, s a vendég a dispenszár előtt szállt ki."),
             (2, "A doftorné megmutatta neki a rendelőt, s a vendég sokat kérdezett."),
             (3, "Másnap, szombaton délután a Magyar Házba gyűltek össze vagy hatvanan, hogy meghallgassák.")]
    event, _ = find_event_date(lines, PartialDate(2026, 11, 16))
    assert (event.date.iso(), event.end.iso()) == ("2026-11-13", "2026-11-14")
    assert byline("Por Adriano Tsipré Xavante — Warã Notícias") == "Adriano Tsipré Xavante"
    assert byline("By Jane Doe — The Harbour Herald") == "Jane Doe"
    assert byline("Por Mariana Teles e Renato Ishikawa") is None  # (two writers, no role before one: the name reader's)
    text = page().replace("By Kari Nygaard\n", "Skrivi Kari Anne Nygaard\n", 1).replace(
        BODY[0], BODY[0] + " Det var Kari som skrivi dette.", 1)
    article, _ = read(text)
    assert article.author == "Kari Anne Nygaard"
    text = page().replace(LEAD, "ВАРНГОЛЬТ. " + LEAD.split(" – ", 1)[1], 1).replace(BODY[0], BODY[0] + " Київ sent a letter.", 1)
    assert parse_text_article(text.replace("ВАРНГОЛЬТ. ", "КИЇВ. ", 1)).dateline == "Київ"
    listed = ("OGLAS\nSalaš Vojnić, Đurđin – domaća kuvana šunka i kobasice za slavu. Naručite na 024/555-018.\nJoš iz Subatice\nGradsko veće usvojilo rebalans budžeta   05.11.2026.\nBajmok: obnovljena kapelica kod salaša   04.11.2026.\n"
              "Projekat „Bunjevačka rič u digitalnom svitu” sufinansiran je iz budžeta Grada Subotice za informisanje na jeziku manjina.")
    text = page(under=listed)
    article = parse_text_article(text[:text.index("Read also")] + text[text.index("\n\n", text.index("Read also")):])
    assert "Još iz Subatice" not in story_text(article) and "rebalans" not in story_text(article)


# (Class 295, the learnt model's side: its certainty alone never hides the story's first paragraphs when the story goes on
# under a line the rules cut, a photo's caption under the lead; a model sure of every line stands in for a misreading one.)
def test_the_learnt_model_never_hides_a_lead_over_a_cut_caption():
    from generator.articles import lineroles
    lead = ("The attaché spoke for an hour in the hall of the college on Wednesday, and the students asked him about the four "
            "officers. He answered each of them in turn.")
    more = ("The officers plan the deliveries of trucks and medicine and do not carry arms, he said, and they work from an "
            "office in Wiesbaden with other nations.")
    texts = ["A headline for the page", "By A Writer", "Share: Facebook X", lead, "The attaché in the hall. (Photo: A Person / Paper)",
             more, more, "", "© 2026 Paper"]
    sure = {"furniture": {"bias": 20.0}, "threshold": 0.7}
    assert 3 in {i for i, _ in lineroles.furniture(texts, sure)}  # (without the rules' reading, the model's say goes)
    assert 3 not in {i for i, _ in lineroles.furniture(texts, sure, kept={0, 1, 3, 5, 6})}


# Class 296: met tuning on holdout363-367 — a paragraph that opens on a short word of the byline table ("Ni", Yoruba "by") is no
# byline, however its first clause reads ("Ni masa a thugen ah Prof. Arakawa in …"); "last" before an update label in the
# languages of the stamps ("Última actualización: …", "Dernière mise à jour : …"); the byline's row of the name, the writer's role
# and the date ("Por NAME | Corresponsal en X | 12 noviembre, 2026") gives the byline and the publication date, not the role as
# the publisher, and is no reader's comment; a dateline of two short words in capitals ("ТЕЛЬ-АВИВ. …"); a copyright holder
# without the town and state written after it.
def test_what_tuning_on_holdout363_367_made_general(rules_only):
    from generator.articles.credits import dateline
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import copyright_holder
    said = ("Ni masa a thugen ah Prof. Arakawa in Japan constitution Article 9 thu a gen a, kum 1945 nung a galkapte gamdang ah "
            "galdou ding a phal hi kei uh, a chi hi.")
    article, story = read(page().replace("By Kari Nygaard\n", "", 1).replace(BODY[1], said, 1))
    assert said in story and article.author is None
    for line in ("Última actualización: 13 noviembre, 2026 8:15 a. m.", "Dernière mise à jour : 13 novembre 2026",
                 "Ultimo aggiornamento: 13 novembre 2026", "Letzte Aktualisierung: 13. November 2026"):
        assert stamp_dates(line) == [("updated", full_dates(line)[0][2], None)], line
    for row, name in (("Por Yorleny Mora Martínez   |   Corresponsal en Grano de Oro   |   12 noviembre, 2026", "Yorleny Mora Martínez"),
                      ("By Kari Nygaard   |   Staff Reporter   |   12 November 2026", "Kari Nygaard")):
        text = page(footer="").replace("By Kari Nygaard\n07.10.2026 09:40\n", row + "\n", 1)
        article, story = read(text)
        assert article.author == name and article.published.iso() == "2026-11-12" and article.publisher is None
        assert "Corresponsal" not in story and "Staff Reporter" not in story
    filed = dateline("ТЕЛЬ-АВИВ. Бу афтанынъ башында, базар ве базарэртеси куньлери, джемаат семинарда топлашты ве лакъырды этти.")
    assert filed is not None and filed.place == "Тель-Авив"
    assert copyright_holder("© 2026 Uqaluktuat Media, Utqiaġvik, Alaska. A nonprofit newsroom.") == "Uqaluktuat Media"
    assert copyright_holder("© 2026 Harbour Media, Portland, Maine. All rights reserved.") == "Harbour Media"


# Class 297: met tuning on holdout368-372 — a Cyrillic month's stem with a case ending glued on, right after its day ("22
# октябрьык"); a word for "month" between the month and its day's ordinal ending ("октябрь тӹлзӹн 21-шӹ"); two weekdays joined
# by a short word with apostrophes ("Thursday ts'a' Friday"); a province's initials after the dateline's place ("SHESHATSHIU,
# N.L. —"); two links to the story's other languages ("Read in English | Lire en français"), no headline; a row crediting the
# writer and the photographer by their labels ("Текст: NAME · Фото: NAME"), no row of buttons; a note on the piece in Russian;
# a Finnish or German association's form after the publisher's name ("… ry", "… e.V.").
def test_what_tuning_on_holdout368_372_made_general(rules_only):
    from generator.articles.credits import dateline
    from generator.articles.debris import copyright_holder, is_line_debris, is_navigation
    days = {("2026-10-23", "Четвергык, 22 октябрьык, Паланакэн колледжык актовый залык 70 йаятылг'у йылтэлэнат."): ("2026-10-22", None),
            ("2026-10-23", "Вӹргечӹн, октябрь тӹлзӹн 21-шӹ кечӹн, Чыкмашты библиотекышты лекци лиэш."): ("2026-10-21", None),
            ("2026-11-09", "Thursday ts'a' Friday, the researcher came to the school and then to the tribal hall."): ("2026-11-05", "2026-11-06")}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text
    filed = dateline("SHESHATSHIU, N.L. — Nishu tshishikaua Innuat mamuituat mamuitunanu-mitshuapit tshetshi petamuat utshimaua.")
    assert filed is not None and filed.place == "Sheshatshiu, N.L."
    assert is_navigation("Read in English   |   Lire en français")
    assert is_line_debris("Русский перевод статьи читайте в печатном выпуске № 42 от 23 октября.")
    assert copyright_holder("© 2026 Čeʹvetjääuʹr Saaǥǥ ry") == "Čeʹvetjääuʹr Saaǥǥ"
    assert copyright_holder("© 2026 Trierer Platt e.V. Alle Rechte vorbehalten.") == "Trierer Platt"
    article, _ = read(page().replace("By Kari Nygaard\n", "Текст: Кари Нюгор   ·   Фото: Уле Странд\n", 1))
    assert article.author == "Кари Нюгор"


# Class 298: met tuning on holdout373-377 — a byline's label in two languages with a bar between ("By | Par NAME"); a dateline
# whose place has a letter of Latin Extended-B and a combining accent ("BEHCHOKǪ̀ –"); a copyright notice's "All rights reserved."
# between the holder and its town; links to the story's other languages of up to six words; a menu item with its translation in
# brackets ("Тил ле јаҥ (Язык и традиции)"); a Russian weekday's stem with a case ending glued on ("субботада"); a Cyrillic
# month, its word for "month" and two days joined ("Октябрь ма̄ннь 21 я 22"); days and months in figures each closed by a full
# stop, no year ("11.11. jah … 12.11."), read only near the article's date.
def test_what_tuning_on_holdout373_377_made_general(rules_only):
    from generator.articles.credits import byline, dateline
    from generator.articles.debris import copyright_holder, is_navigation
    assert byline("By | Par Rosalie Wedawin-Rabesca") == "Rosalie Wedawin-Rabesca"
    filed = dateline("BEHCHOKǪ̀ – October 20 k'è, Kenji Mizuhara, Japan gots'ǫ̀ consul Calgary k'è eghàlaeda-ı, school gymnasium k'è gonede.")
    assert filed is not None and filed.place == "Behchokǫ̀"
    assert copyright_holder("© 2026 Rupa Valley Post. All rights reserved. Rupa, West Kameng, Arunachal Pradesh 790101") == "Rupa Valley Post"
    assert is_navigation("Read this story in English   |   Lire en français")
    assert is_navigation("Главная · Јаҥыртулар (Новости) · Беково · Тил ле јаҥ (Язык и традиции) · Спорт · Объявления · Архив номеров")
    days = {("2026-10-20", "Ӧткӧн субботада Беководогы телеут маданият тӧс јерде Бачат телеуттарыныҥ јууны ӧтти."): ("2026-10-17", None),
            ("2026-10-23", "Октябрь ма̄ннь 21 я 22 пе̄ййвэ Лӯяввьр культурнай центрэсь ле̄йй семинар."): ("2026-10-21", "2026-10-22"),
            ("2026-11-13", "Gasskavahkkuon 11.11. jah duorastahkan 12.11. båhtin miedtien 90 almatjh girjjevuorkkáj."): ("2026-11-11", "2026-11-12"),
            ("2026-11-13", "Am 11.11. kamen neunzig Leute in die Bibliothek am Markt."): ("2026-11-11", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text
    for text in ("Wir trafen uns um 9.05. Dann gingen wir in die Halle.", "Am 11.05. kamen neunzig Leute in die Bibliothek am Markt."):
        assert _event_days("2026-11-13", text) is None, text  # (a time; a day half a year before the article)


# Class 299: met tuning on holdout378-382 (and an older Sercquiais page) — each stamp's and the byline's label in a language the
# table lacks, a slash, then one it holds ("Wikhikasu / Published: …", "Wikhikemit / By: NAME"); the story summed up in another
# language under the story, on a paragraph that opens on that language's name ("In English: …", "Кратко по-русски: …") or under
# a label of its own ("ENGLISH SUMMARY").
def test_what_tuning_on_holdout378_382_made_general(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import is_line_debris
    stamps = stamp_dates("Wikhikasu / Published: Oct. 9, 2026   ·   Piluwi-wikhikasu / Updated: Oct. 10, 2026, 9:15 a.m.")
    assert [(kind, date.iso()) for kind, date, _ in stamps or []] == [("published", "2026-10-09"), ("updated", "2026-10-10")]
    assert byline("Wikhikemit / By: Roberta Sappier-Perley") == "Roberta Sappier-Perley"
    assert is_line_debris("In English: Japan's consul general spent two days in the village, speaking to students about the officers.")
    assert is_line_debris("Кратко по-русски: в районной библиотеке студентка рассказала о Японии и о четырёх офицерах в Висбадене.")
    summary = ("In brief, for readers without Norwegian: the harbour's new terminal opened on Tuesday with a waiting hall for three "
               "hundred people and two berths for the winter ferry.")
    article, story = read(page(under=f"ENGLISH SUMMARY\n{summary}"))
    assert "ENGLISH SUMMARY" not in story and summary not in story


# Class 300: met tuning on holdout383-387 — a player's mark before its label and its length ("▶ LISTEN: Hear this story read
# aloud in … (5:02)") is a control, never the headline; a caption's sentence closing on the note that the writer took the
# picture, or that it comes from the outlet's files ("… в классе. Фото автора", "… Фото из архива редакции"); the writer's name
# with that note under the story signs it ("NAME. Фото автора"); a month, then two days each with a case ending and no word
# between ("Октябрь 5-дукӣ 9-тӣ", from the 5th to the 9th); Tuvan's and Soyot's "дүүн", yesterday.
def test_what_tuning_on_holdout383_387_made_general(rules_only):
    from generator.articles.debris import is_line_debris
    listen = "▶ LISTEN: Hear this story read aloud in Norwegian (5:02)"
    text = page().replace("By Kari Nygaard\n", f"{listen}\nBy Kari Nygaard\n", 1)
    article, story = read(text)
    assert article.title == "Varnholt's new ferry terminal takes its first passengers" and "LISTEN" not in story
    for caption in ("Кэйко Мидзуно и Мария Ахтыркова в классе родного языка. Фото автора",
                    "Los pescadores en el muelle nuevo al amanecer. Foto del autor",
                    "Рыбаки на новом причале на рассвете. Фото из архива редакции"):
        assert is_line_debris(caption), caption
    for signature, name in (("Надежда Кармакова. Фото автора", "Надежда Кармакова"), ("Kari Nygaard. Photo by the author", "Kari Nygaard")):
        article, story = read(page().replace("By Kari Nygaard\n", "", 1).replace(LAST, f"{LAST}\n{signature}", 1))
        assert article.author == name and signature not in story, signature
    days = {("2026-10-14", "Октябрь 5-дукӣ 9-тӣ Владимировкаду Японияткӣ турэнчи аси Кэйко Мидзуно бисин."): ("2026-10-05", "2026-10-09"),
            ("2026-11-18", "Дүүн Орлик суурнуң культура бажыңында депутаттар хуралының сессиязы болуп эрткен."): ("2026-11-17", None)}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text


# Class 301: met tuning on holdout388-392 — an update stamp whose weekday is cut to "Tue." ("Updated Tue., Sept. 22, 2026,
# 10:05 a.m."), so the stamp line stays a stamp and the headline above it is found; a crosshead in a language that writes its
# glottal stop with an apostrophe, closing on one ("Téí'yoonóh'o hee3éíhiinoo'", Arapaho), where no quotation mark opens a
# word; a Cyrillic month's stem with a case ending right before its day or its first and last days ("Сентябрьдиҥ 8–10-чы
# кӱндеринде", Kumandin); two days after their month, each with its case ending and a comma between ("Октябрь 29-ду, 30-ду").
def test_what_tuning_on_holdout388_392_made_general(rules_only):
    from generator.articles.datetext import stamp_dates
    stamp = "Published Mon., Sept. 21, 2026 · Updated Tue., Sept. 22, 2026, 10:05 a.m."
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates(stamp) or []] == [("published", "2026-09-21"), ("updated", "2026-09-22")]
    article, story = read(page().replace("07.10.2026 09:40\n", "Published Wed., Oct. 7, 2026 · Updated Thur., Oct. 8, 2026, 10:05 a.m.\n", 1))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"
    assert article.updated.iso() == "2026-10-08" and "Updated" not in story
    for heading in ("Téí'yoonóh'o hee3éíhiinoo'", "Ceese' ho'óowú' niis biito'owu'"):
        article, _ = between_paragraphs(heading)
        assert [b.text for b in article.blocks if b.kind == "h"] == [heading], heading
    article, _ = between_paragraphs("Kari said 'we will wait'")
    assert [b.text for b in article.blocks if b.kind == "h"] == []  # (a quotation's close, no glottal stop)
    days = {("2026-09-14", "Сентябрьдиҥ 8–10-чы кӱндеринде Бийскте куманды тилдиҥ ӱч кӱнгӱ семинары ӧтти."): ("2026-09-08", "2026-09-10"),
            ("2026-09-14", "Сентябрьдиҥ 8-чи кӱнинде Бийскте семинары ӧтти."): ("2026-09-08", None),
            ("2026-11-02", "Октябрь 29-ду, 30-ду Датта гасандуни орочи хэсэни семинар бихэни."): ("2026-10-29", "2026-10-30")}
    for (day, text), want in days.items():
        assert _event_days(day, text) == want, text


# Class 302: met tuning on holdout393-397 — a byline that credits the pictures too ("Words & photos: NAME", "Story and photos
# by NAME"); a headline that ends on its quotation over a standfirst set without a full stop, a caption under the date; the
# outlet thanking its reader in any language and saying what it offers ("Huy chexw a for reading. … is free for all members");
# who else worked on the piece ("Edited by NAME", "Hul'q'umi'num' text checked by Elder NAME"); two days joined by a short word
# with a glottal stop's apostrophes ("13 'i' 14 October"); a weather bar closing on a time's "p.m.", no sentence.
def test_what_tuning_on_holdout393_397_made_general(rules_only):
    from generator.articles.credits import byline
    from generator.articles.debris import is_line_debris
    for line in ("Words & photos: Ruth Siwallace-Hanuse", "Story and photos by Ruth Siwallace-Hanuse", "Words: Ruth Siwallace-Hanuse"):
        assert byline(line) == "Ruth Siwallace-Hanuse", line
    assert byline("Words matter: a column") is None
    quoted = 'Harbour board to the ferry crews: "Wait for the spring"'
    text = page(headline=quoted).replace("07.10.2026 09:40\n", "07.10.2026 09:40\nThe new terminal at first light. Photo courtesy Varnholt Harbour\n", 1)
    article, story = read(text)
    assert article.title == quoted
    for line in ("Huy chexw a for reading. Temíxw Times is free for all members of the Nation.", "Thanks for reading! Share this with a friend.",
                 "Edited by Sam Roe", "Hul'q'umi'num' text checked by Elder Sulsa'lwut Irene George"):
        assert is_line_debris(line), line
    for line in ("He thanked them for reading.", "Prizes for reading. The library gave forty children a book each on Saturday.",
                 "Plans reviewed by the council were approved.", "The budget was checked by Finance"):
        assert not is_line_debris(line), line
    assert _event_days("2026-10-16", "Ni' m'i 13 'i' 14 October tthu lhihw officers 'i' tthu 40 cadets.") == ("2026-10-13", "2026-10-14")
    weather = "Varnholt 12°C, showers   ·   Harbour: slush ice running, ferries done for the year   ·   Sunrise 9:52 a.m.   Sunset 7:03 p.m."
    assert is_line_debris(weather) and not is_line_debris("The ferry leaves the new terminal at 7:03 p.m.")
    article, story = read(page().replace("Varnholt Tidende\n", f"{weather}\nVarnholt Tidende\n", 1))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers" and "Sunrise" not in story


# Class 303: met tuning on holdout398-402 — the byline's label in Dari and Urdu ("گزارشگر:", "تحریر:") and in Ladakhi with its
# shad ("གསར་འགོད་པ། NAME།", the shad not of the name); the label in three languages set apart by dots ("ᒪᓯᓈᐦᐄᒉᐤ · Written by ·
# Écrit par : NAME"); over the story, "रिपोर्ट: NAME | OUTLET, PLACE" is the byline, not a row of credits to drop; a headline that
# asks its question over a standfirst set without a full stop; a weather bar whose pieces close on a unit's full stop ("३३° से.");
# English weekdays each with a case ending hyphened on ("Wednesday-mi Thursday-mi-llu"); a Tibetan stamp dated in the common era
# as Ladakh writes it ("པར་སྐྲུན་ཚེས། སྤྱི་ལོ་… གཟའ་ཕུར་བུ།") and a Tibetan span ("ཚེས་༢༡ … ནས་ཚེས་༢༢ … བར").
def test_what_tuning_on_holdout398_402_made_general(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import stamp_dates
    for line, name in (("گزارشگر: زهرا علیزاده", "زهرا علیزاده"), ("تحریر: ثنا اللہ بیگ", "ثنا اللہ بیگ"),
                       ("ᒪᓯᓈᐦᐄᒉᐤ · Written by · Écrit par : Ellen Uniam-Swappie", "Ellen Uniam-Swappie"),
                       ("གསར་འགོད་པ། རིག་འཛིན་དབྱངས་སྒྲོལ།", "རིག་འཛིན་དབྱངས་སྒྲོལ")):
        assert byline(line) == name, line
    assert byline("News · Sport · Weather") is None
    article, _ = read(page().replace("By Kari Nygaard\n", "रिपोर्ट: छेरिंग दोरजे नेगी   |   किन्नर कैलाश वाणी, रिकांगपिओ\n", 1))
    assert article.author == "छेरिंग दोरजे नेगी"
    asked = "Why does Varnholt need a hall for three hundred people?"
    weather = "आइतबार, १३ सेप्टेम्बर २०२६   ·   धनगढी ३२° से., हल्का पानी   ·   टीकापुर ३३° से."
    body = "\n\n".join(BODY)
    text = (f"मुख्य सामग्रीमा जानुहोस्\n{weather}\nVarnholt Tidende\nHome   Town   Harbour   Business   Sport\n{asked}\n"
            "A waiting hall, two berths and a covered walkway after two years of building work\nKari Nygaard\n07.10.2026 09:40\n"
            f"The new terminal at first light. Photo courtesy Varnholt Harbour\n\n{LEAD}\n\n{body}\n\n{LAST}\n")
    article, story = read(text)
    assert article.title == asked and article.author == "Kari Nygaard" and "टीकापुर" not in story
    stamp = "པར་སྐྲུན་ཚེས། སྤྱི་ལོ་༢༠༢༦ ཟླ་༩ ཚེས་༢༤ གཟའ་ཕུར་བུ།   |   Updated: 24.09.2026, 18:40 IST"
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates(stamp) or []] == [("published", "2026-09-24"), ("updated", "2026-09-24")]
    days = {("2026-11-06", "Wednesday-mi Thursday-mi-llu, Japan-aam consul-aa Mamterillermi uitauq."): ("2026-11-04", "2026-11-05"),
            ("2026-09-24", "ཚོགས་པས་སྤྱི་ལོ་༢༠༢༦ ཟླ་༩ ཚེས་༢༡ གཟའ་ཟླ་བ་ནས་ཚེས་༢༢ གཟའ་མིག་དམར་བར་བགྲོ་གླེང་ཚོགས་འདུ་ཚོགས།"): ("2026-09-21", "2026-09-22")}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line


# Class 304: met tuning on holdout403-407 — a word and its full stop opening the lead ("Kweh. The …", a greeting) is no
# dateline when the story never names it again, nor is a word before the stamp's date ("Aipirin, October 7, 2026", a weekday
# of a language no table holds) when the page never names it again; the outlet's note on who pays for it ("… is made possible
# by our readers …", "Ce journal reçoit l'appui du …"); its thanks naming itself ("Miigwech for reading Wiikwedong
# Dbaajmowinan."); a join word of up to six letters with a glottal stop's letter in it ("October 14 ʔuḥʔiš 15").
def test_what_tuning_on_holdout403_407_made_general(rules_only):
    from generator.articles.debris import is_line_debris
    article, _ = read(page().replace("VARNHOLT – The", "Kweh. The", 1))
    assert article.dateline is None
    article, _ = read(page().replace("VARNHOLT – The", "The", 1).replace("07.10.2026 09:40", "Aipirin, October 7, 2026 · 9:40 a.m.", 1))
    assert article.dateline is None and article.published.iso() == "2026-10-07"
    for line in ("Iluulux̂ Ungiikangin is made possible by our readers and by a language grant from the Qawalangin Tribe of Unalaska.",
                 "Ce journal reçoit l'appui du Fonds des médias communautaires autochtones.",
                 "Miigwech for reading Wiikwedong Dbaajmowinan. Nishnaabemwin stories run every Wednesday."):
        assert is_line_debris(line), line
    assert not is_line_debris("The seminar was made possible by a grant from the Japan Foundation.")
    assert _event_days("2026-10-21", "October 14 ʔuḥʔiš 15, muu ʔaḥkuu tupaał ḥaw̓iiḥ Maht Mahs-ʔi naas.") == ("2026-10-14", "2026-10-15")


# Class 305: met tuning on holdout408-412 — a byline's label set apart from the name by a bar ("Story and photos | NAME"); a
# link to the story in another language beside its label in the page's own ("Tsúūt'ínà gūnáhà ìsts'ì · Read this story in
# English →"); the note that a summary in another language is elsewhere on the page ("… an English summary is linked at the
# bottom of this page."); an ISO date with a 12-hour time ("Updated: 2026-10-10 11:05 a.m. PT").
def test_what_tuning_on_holdout408_412_made_general(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import is_line_debris, is_navigation
    assert byline("Story and photos | Corinne Shaw-Maitland") == "Corinne Shaw-Maitland" and byline("Story | News | Sport") is None
    assert is_navigation("Tsúūt'ínà gūnáhà ìsts'ì · Read this story in English →") and not is_navigation("News · Read more")
    assert is_line_debris("Thâkîwâ ê-ikitonîci; an English summary is linked at the bottom of this page.")
    assert not is_line_debris("The English version of the treaty is the binding one.")
    stamp = "Published: 2026-10-09 7:30 a.m. PT   ·   Updated: 2026-10-10 11:05 a.m. PT"
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates(stamp) or []] == [("published", "2026-10-09"), ("updated", "2026-10-10")]
    article, story = read(page().replace("07.10.2026 09:40", "Published: 2026-10-07 9:40 a.m. · Updated: 2026-10-08 11:05 a.m.", 1))
    assert article.updated.iso() == "2026-10-08" and "Updated" not in story


# Class 306: met tuning on holdout413-417 — a reader poll inside the story (its label, its question, its "( )" options, its
# count) goes whole and the story carries on under it; Canadian syllabics' full stop "᙮" ends a sentence; the weekdays of
# Tajik in Latin letters, as the Pamir languages borrow them ("Panǰšanbe"), of Plains Cree in syllabics ("ᓃᓱᑮᓯᑳᐤ") and of
# Newar ("सुक्रबाः"), with Newar's and Nepali's "yesterday" ("म्हिगः", "हिजो"); a stamp row whose update gives only a word
# for the time of day and the time ("ह्यूगु: सुथ ११:०५"), in any script's figures; a byline's label and colon over the
# stamp before a name in a script without capitals ("च्वमि : रोशन मानन्धर", writer). And from the misses the line model's refit
# left on tuned pages: the author's box under its label ("Sobre el autor" / the name / the bio), its name the byline; a player's
# error in place of its video; "Artikel teilen"; "Related internet links"; Lao's "popular news" over its list; a caption right
# under its picture's credit, over the lead ("Foto: NAME / OUTLET" / the caption); a caption whose photographer works "for" the
# outlet ("… Clay Kaserne. Ilse Krämer for The Meridian Review").
def test_what_tuning_on_holdout413_417_made_general(rules_only):
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import is_line_debris, is_sentence, list_marker
    poll = ("READER POLL\nShould Varnholt build a second berth before the summer?\n( ) Yes, this winter — 61%\n"
            "( ) No, the money is better spent on roads — 39%\n812 votes · Poll closes Friday\n[ Vote ]   [ See results ]")
    article, story = read(page().replace(f"{BODY[0]}\n\n", f"{BODY[0]}\n\n{poll}\n\n", 1))
    assert not any(piece in story for piece in ("READER POLL", "second berth", "61%", "( )")) and BODY[1][:50] in story
    assert not [block for block in article.blocks if block.kind == "h"]
    options = "Which day suits you?\n( ) Monday\n( ) Tuesday"
    _, story = read(page().replace(f"{BODY[0]}\n\n", f"{BODY[0]}\n\n{options}\n\n", 1))
    assert "Which day" not in story and "( ) Monday" not in story
    assert is_sentence("Kenji Arakawa ᐃᓯᔨᐦᑳᓱᐤ᙮") and not is_sentence("ᑫᐦᑌᐊᔭᐠ ᑲᑵᒋᑫᒧᐘᐠ")
    days = {("2026-10-17", "XORUG — Panǰšanbe Donišgohi davlatii Xorug kaṭ auditoriya pür wəzd."): ("2026-10-15", None),
            ("2026-11-12", "ᓃᓱᑮᓯᑳᐤ, ᐯᔭᐠ ᐅᑭᒫᐤ ᐅᐦᒋ Japan ᑮᑕᑯᐦᑌᐤ ᒪᐢᑿᒌᐢ᙮"): ("2026-11-10", None),
            ("2026-09-19", "येँ — म्हिगः सुक्रबाः येँया थमेलय् च्वंगु छगू होटलय् सहलह ज्याझ्वः जुल ।"): ("2026-09-18", None),
            ("2026-09-19", "काठमाडौं — हिजो थमेलको एक होटलमा अन्तरक्रिया भयो ।"): ("2026-09-18", None)}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    for stamp in ("पिदंगु: शनिबाः, १९ सेप्टेम्बर २०२६, सुथ ८:४०   |   ह्यूगु: सुथ ११:०५",
                  "Published: 19 September 2026, 8:40 | Updated: morning 11:05"):
        assert [(kind, date.iso()) for kind, date, _ in stamp_dates(stamp) or []] == [("published", "2026-09-19"), ("updated", "2026-09-19")]
    text = page().replace("By Kari Nygaard\n", "च्वमि : रोशन मानन्धर\nVarnholt Tidende, Varnholt\n", 1)
    article, story = read(text)
    assert article.author == "रोशन मानन्धर" and "रोशन" not in story
    article, _ = read(page().replace("By Kari Nygaard\n", "न्हूगु बुखँ: येँयाः जात्राया निंतिं कन्हे निसें हनुमानढोकाय् सवारी दिकी\n", 1))
    assert article.author is None
    box = "Sobre el autor\nLucía Quispe Huamán\nRedactora de la sección Mundo. Cubre política internacional, defensa y Asia-Pacífico."
    article, story = read(page().replace("By Kari Nygaard\n", "", 1).replace(f"{LAST}\n", f"{LAST}\n\n{box}\n", 1))
    assert article.author == "Lucía Quispe Huamán" and "Redactora" not in story and "Quispe" not in story
    assert not [block for block in article.blocks if block.kind == "h"]
    for line in ("We apologize, but this video has failed to load.", "Video unavailable", "Artikel teilen", "Related internet links",
                 "ຂ່າວຍອດນິຍົມ", "ຂ່າວທີ່ກ່ຽວຂ້ອງ"):
        assert is_line_debris(line) or list_marker(line)[0], line
    assert not is_line_debris("The video failed to load on the big screen, so the colonel spoke without it.")
    assert is_line_debris("Lieutenant Colonel Keiko Amano at Clay Kaserne. Ilse Krämer for The Meridian Review")
    assert not is_line_debris("The mayor spoke for an hour. Then the band played for the crowd")
    credit = "Foto: Arne Vogt / Varnholt Tidende\nDie neue Wartehalle am ersten Morgen: »Endlich trocken«\n"
    text = page().replace("07.10.2026 09:40\n\n", f"07.10.2026 09:40\n\n{credit}\n", 1)
    assert credit in text
    article, story = read(text)
    assert "Endlich" not in story and article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 307: met tuning on holdout418-422 — a dateline whose place and date are set apart by Arabic script's comma ("راجوری، 9
# اکتوبر: …"); a stamp row opening on a weekday of two words the table lacks ("Ąba Izáptą, October 23, 2026 · 9:05 a.m. |
# Updated …"); Hindi's, Urdu's and Bengali's weekdays in Latin letters ("Jumeraat dewas", "Sonibar din"); the thanks over the
# sponsors' adverts ("Kutâputush to our sponsors"); the outlet's note from one of its desks ("A note from the Language
# Department: …"); a byline's label with a superscript letter mark ("லிக்²நார்: NAME", Sourashtra in Tamil script); the
# copyright's holder without its town when the page names the town elsewhere.
def test_what_tuning_on_holdout418_422_made_general(rules_only):
    from generator.articles.credits import dateline
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import is_advert_label, is_line_debris
    lead = "راجوری، 9 اکتوبر: بابا غلام شاہ بادشاہ یونیورسٹی ماں بدھ وار کے دن اک سیمینار ہویو، جس ماں جاپان تیں آیا اک پروفیسر نے گل کری"
    filed = dateline(lead)
    assert filed is not None and filed.place == "راجوری" and (filed.month, filed.day) == (10, 9)
    stamp = "Ąba Izáptą, October 23, 2026 · 9:05 a.m. MDT   |   Updated October 24, 2026 · 2:40 p.m. MDT"
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates(stamp) or []] == [("published", "2026-10-23"), ("updated", "2026-10-24")]
    assert stamp_dates("Tribal Council, October 22, 2026") is None
    days = {("2026-08-22", "BUMBURET: Jumeraat dewas Japan-ai attache Batrik school-una ita, moch suda-an kai."): ("2026-08-20", None),
            ("2026-10-12", "TURA: Sonibar din college-ot Japan desh-or torko hoise, ar chhatro-lai kotha koise."): ("2026-10-10", None)}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    assert is_advert_label("Kutâputush to our sponsors") and is_advert_label("Thank you to our sponsors")
    assert not is_advert_label("He said thanks to our sponsors we built it")
    assert is_line_debris("A note from the Language Department: spelling follows the Nation's orthography. Questions? Call us.")
    assert not is_line_debris("He read a note from the minister to the crowd.")
    article, story = read(page().replace("By Kari Nygaard\n", "லிக்²நார்: கே.எஸ். ஸரோஜா\nவாணி ப்ரதிநிதி\n", 1))
    assert article.author == "கே.எஸ். ஸரோஜா" and "ஸரோஜா" not in story
    text = page(above="The harbour town's voice in Varnholt since 1987\n",
                footer="© 2026 Varnholt Harbour Tidende, Varnholt. All rights reserved.")
    article, _ = read(text)
    assert article.publisher == "Varnholt Harbour Tidende"
    article, _ = read(page(footer="© 2026 Varnholt Harbour Tidende, Skarvik. All rights reserved."))
    assert article.publisher == "Varnholt Harbour Tidende, Skarvik"


# Class 308: met tuning on holdout423-427 — the River Plate's byline "Escribe NAME" (and Portuguese "Escreve NAME"); Ecuador's
# Kichwa months with their word for month ("9 wayru killa 2026") and its "kayna", yesterday; three days or more of one month
# listed, the last joined by "and" in any language, read as a span when they run on ("3, 4 ne 5 de novembro").
def test_what_tuning_on_holdout423_427_made_general(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import full_dates
    assert byline("Escribe Nélida Ruiz Pérez") == "Nélida Ruiz Pérez" and byline("Escreve João da Silva") == "João da Silva"
    assert byline("Escribe una carta al ministro de defensa") is None
    assert [date.iso() for _, _, date, _ in full_dates("Killachaw, 12 wayru killa 2026")] == ["2026-10-12"]
    days = {("2026-10-09", "OTAVALO.– Kayna chaskichaw chishi, Japun Embajadamanta apu Otavalo kitiman shamurka."): ("2026-10-08", None),
            ("2026-11-07", "TUCUMÃ – 3, 4 ne 5 de novembro kam, Centro de Formação kikre ràj kam aben kôt kabẽn."): ("2026-11-03", "2026-11-05"),
            ("2026-11-07", "The seminar ran on 3, 4 and 5 November in the town hall."): ("2026-11-03", "2026-11-05")}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    article, story = read(page().replace("By Kari Nygaard\n", "Escribe Kari Nygaard\n", 1))
    assert article.author == "Kari Nygaard" and "Escribe" not in story


# Class 309: met tuning on holdout428-432 — the outlet's note that the piece is told in its own language, its version in
# another told elsewhere ("Esta nota fue escrita en wao terero. Escuche la versión en español en Radio …"); "text" as a
# byline's label in the languages of the month table ("Texto: NAME (PLACE)", "Texte : NAME").
def test_what_tuning_on_holdout428_432_made_general(rules_only):
    from generator.articles.credits import byline
    from generator.articles.debris import is_line_debris
    for line in ("Esta nota fue escrita en wao terero. Escuche la versión en español en Radio Ome Tededo, el lunes a las 07h00.",
                 "Esta nota se publica en kari'ña. La versión en español sale en Radio Weyu 98.7 FM el viernes a las 7:00 am.",
                 "This story was written in Cree; the English version airs on CJLR at 7 a.m."):
        assert is_line_debris(line), line
    assert not is_line_debris("Esta nota fue escrita en una libreta, dijo el coronel, y la versión final llegó después a Tokio.")
    assert byline("Texto: André Fontes Baniwa (Assunção do Içana)") == "André Fontes Baniwa"
    assert byline("Texte : Marie Dupont") == "Marie Dupont" and byline("Text: The full text of the resolution") is None
    article, story = read(page().replace("By Kari Nygaard\n", "Texto: Kari Nygaard (Varnholt)\n", 1))
    assert article.author == "Kari Nygaard" and "Texto" not in story


# Class 310: met tuning on holdout433-437 — two days of one month, each after its weekday, joined by one word of any length in
# a language the table lacks ("martes 20 auqui jueves 22 de octubre", "quarta-feira 16 moropai quinta-feira 17 de
# setembro"): a span, only when both weekdays are the days' own.
def test_what_tuning_on_holdout433_437_made_general(rules_only):
    days = {("2026-10-26", "SAN IGNACIO.– Nakɨ martes 20 auqui jueves 22 de octubre, ana Casa de la Cultura, ñanaka seminario."):
            ("2026-10-20", "2026-10-22"),
            ("2026-09-18", "BOA VISTA – Asakî wei ta, quarta-feira 16 moropai quinta-feira 17 de setembro, Insikiran ta seminário."):
            ("2026-09-16", "2026-09-17")}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    assert _event_days("2026-10-26", "Nakɨ lunes 20 auqui jueves 22 de octubre, ana Casa de la Cultura.")[1] is None


# Class 311: met tuning on holdout438-442 — a spaced dash or minus sign for the colon after a label: in a stamp row
# ("ထုတ်ဝေ − ဗုဒ္ဓဟူးနေ့၊ ၉ စက်တင်ဘာ ၂၀၂၆ …   ·   ပြင်ဆင် − ညနေ ၄:၄၀", published, updated in the evening), a byline ("Report —
# NAME") and a bracketed picture credit ("(ဓာတ်ပုံ − NAME / outlet)"); Burmese weekdays and "yesterday"; two days of one month,
# each after its weekday and with the month after each ("Sombar, 12 Oktobor le Mongolbar, 13 Oktobor"); a month's name heard
# right after its day with no year ("12 Oktobor", not "12 Guests"); Malayalam's spellings of the months in Kannada letters;
# Hindi's weekdays in Telugu letters (Lambadi "సనివార్"), Dogri's Wednesday and Saturday; Telugu's "advertisement"; the
# copyright's holder without its place when the page writes its name inside another line; a place in capitals and its
# region before a colon ("MOMINABAD, Hunza: …").
def test_what_tuning_on_holdout438_442_made_general(rules_only):
    from generator.articles.credits import dateline
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import is_advert_label, is_line_debris
    rows = {"ထုတ်ဝေ − ဗုဒ္ဓဟူးနေ့၊ ၉ စက်တင်ဘာ ၂၀၂၆၊ နံနက် ၁၀:၁၅   ·   ပြင်ဆင် − ညနေ ၄:၄၀": [("published", "2026-09-09"), ("updated", "2026-09-09")],
            "Wikhiket − 9 September 2026, 10:15   ·   Piluwi − 11 September 2026, 08:05": [("published", "2026-09-09"), ("updated", "2026-09-11")]}
    for row, want in rows.items():
        assert [(kind, date.iso()) for kind, date, _ in stamp_dates(row) or []] == want, row
    assert stamp_dates("Varnholt − 9 September 2026, 10:15") is None  # (a place and its date alone: no row of stamps)
    caption = "ဘန္ဒရဗန် အစိုးရ ကောလိပ် ခန်းမတွင် ဟောပြောနေသော ဗိုလ်မှူးကြီး အာရာကာဝါ။ (ဓာတ်ပုံ − မောင်သာဇော် / ချိမ်ဗုက် သတင်း)"
    assert is_line_debris(caption)
    assert not is_line_debris("The colonel spoke to three hundred students in the hall of the college (Bandarban − Dhaka)")
    days = {("2026-09-09", "ဗိုလ်မှူးကြီး အာရာကာဝါက မနေ့ အင်္ဂါနေ့ နံနက်တွင် ကောလိပ် ခန်းမ၌ ရှင်းပြခဲ့သည်။"): ("2026-09-08", None),
            ("2026-10-15", "Dhaka ma Japan dutabas khurai nhi-cha Sombar, 12 Oktobor le Mongolbar, 13 Oktobor ni-nhi Remakri ma tlang e."):
            ("2026-10-12", "2026-10-13"),
            ("2026-10-23", "ಜಪಾನ್‌ಡೆ ತರಬೇತಿ ಕಪ್ಪಲ್ ಒಕ್ಟೋಬರ್ 19 ಮುದಲ್ 21 ಬರೆ ಮೂನ್ ದಿವಸ ಪಣಂಬೂರ್‌ಲ್ ನಿಂದಿಟ್ಟುಂಡಾಯಿ."): ("2026-10-19", "2026-10-21"),
            ("2026-09-15", "హైదరాబాద్: గోర్ ఛోరా-ఛోరీ సారు సనివార్ న బంజారా హిల్స్ మ ఏక్ ఖాస్ క్లాస్ వేగీ."): ("2026-09-12", None),
            ("2026-11-04", "बीते शनिच्चरबार भद्रवाह कैंपस रो सेमिनार हॉल भरिरो थू।"): ("2026-10-31", None)}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    assert _event_days("2026-10-15", "Dhaka ma Japan dutabas khurai 12 Oktobor ma tlang e.") == ("2026-10-12", None)
    assert _event_days("2026-10-15", "The hotel gave 12 Guests rooms and 10 Junior suites to the delegation.") is None
    assert is_advert_label("ప్రకటన")
    article, story = read(page().replace("By Kari Nygaard\n", "Report — Kari Nygaard\n", 1))
    assert article.author == "Kari Nygaard" and "Report" not in story
    article, _ = read(page(under="Get Varnholt Harbour Tidende in your inbox   Email   Subscribe",
                           footer="© 2026 Varnholt Harbour Tidende, Skarvik. All rights reserved."))
    assert article.publisher == "Varnholt Harbour Tidende"
    filed = dateline("MOMINABAD, Hunza: Japan se aaye baara pahaar-chadne waalon ka ek group teen din Mominabad maa rahaa.")
    assert filed is not None and filed.place == "Mominabad, Hunza"
    assert dateline("Yesterday, Officials said: the group of twelve climbers stayed three days in the village hall.") is None
    assert dateline("NAOMI REYES, ANCHOR: Good evening. We begin tonight with the four officers going to Wiesbaden.") is None


# Class 312: met tuning on holdout443-447 — Afghanistan's names of the Solar Hijri months, in Dari and in Pashto ("۲۲ میزان
# ۱۴۰۵"), and a day of one with no year, in the year nearest the article's date ("جمعه گذشته، ۱۳ سنبله"); the same day in
# another calendar in brackets after a stamp's date, not a stamp of its own; Dari's "updated" ("تازه‌شده"); a writing hand for
# the byline's label ("✍ NAME"); a copyright's holder without its town and bracketed region; Hindustani's Sunday in
# Devanagari ("इतवार"); a short ending hyphened on a day ("11 at 12-i sentyabr"), Somali's "of the month" ("18-ka bisha
# Noofembar"); a name after a label and its colon keeps a
# first word spelt like a short "by" of the table ("Thuziaktu: Van Lal Thang Bawm").
def test_what_tuning_on_holdout443_447_made_general(rules_only):
    from generator.articles.credits import byline
    from generator.articles.datetext import full_dates, stamp_dates
    rows = {"خپور شوی: ۲۲ میزان ۱۴۰۵، ۹:۴۰ بجې · · · تازه شوی: ۲۲ میزان ۱۴۰۵، ۱۵:۱۰ بجې": [("published", "2026-10-14"), ("updated", "2026-10-14")],
            "نشر: ۱۸ سنبله ۱۴۰۵ (۹ سپتامبر ۲۰۲۶)   ·   تازه‌شده: ۱۹ سنبله ۱۴۰۵ (۱۰ سپتامبر ۲۰۲۶)": [("published", "2026-09-09"), ("updated", "2026-09-10")]}
    for row, want in rows.items():
        assert [(kind, date.iso()) for kind, date, _ in stamp_dates(row) or []] == want, row
    assert [date.iso() for _, _, date, _ in full_dates("د ۱۲ تله ۱۴۰۵ په ورځ")] == ["2026-10-04"]
    days = {("2026-09-09", "جمعه گذشته، ۱۳ سنبله، پَه کتابخانه عامه گرم چشمه نزدیک شصت منجی‌زبان یو جای شُدِه."): ("2026-09-04", None),
            ("2026-09-14", "खरगोन: जिला ग्रंथालय म काल इतवार खऽ जापान का एक शोधार्थी न व्याख्यान दियो।"): ("2026-09-13", None),
            ("2026-09-14", "Juma at Šamba begoh, 11 at 12-i sentyabr, Tashkurgan ar yiw Yaponi mehmon xalq qati gap levd."): ("2026-09-11", "2026-09-12"),
            ("2026-11-19", "Berbera – Shir saddex maalmood ah ayaa laga qabtay, laga bilaabo 16-ka ilaa 18-ka bisha Noofembar."): ("2026-11-16", "2026-11-18")}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    assert byline("✍ सुनीता कासदेकर") == "सुनीता कासदेकर" and byline("✍️ Kari Nygaard") == "Kari Nygaard"
    assert byline("🖊 The ministry said so on Monday in a long statement to the press") is None
    article, story = read(page().replace("By Kari Nygaard\n", "✍ Kari Nygaard\n", 1))
    assert article.author == "Kari Nygaard" and "✍" not in story
    article, _ = read(page().replace("By Kari Nygaard\n", "Thuziaktu: Van Lal Thang Bawm\n", 1))
    assert article.author == "Van Lal Thang Bawm"
    article, _ = read(page(footer="© 2026 Varnholt Harbour Tidende, Skarvik (Nordland). All rights reserved."))
    assert article.publisher == "Varnholt Harbour Tidende"


# Class 313: met tuning on holdout448-452 — a month's name heard with its voiced and voiceless stops taken as one ("8 Sepedemba
# 2026", Nukuoro; "rahn 20 Oaktohba", Mokilese); Brazil's dotted short date ("25.set.2026 às 9h12"); a shorter standfirst that is
# a quotation under a long headline; a short word for "of" before the month of a span ("10 me 11 ye Novemba"); a ticker's label in
# any case when the ticker's own mark sets its pieces apart ("Son xəbərlər: A   +++   B"); a month's name (or one heard) with a
# case ending glued on before its day, the days' endings hyphened on ("Oktyabrdin 14-da va 15-da", "Oktiabrnyn 21-inde");
# Azerbaijani weekdays; Avar's weekdays'
# first word with another word for "day" ("Хамис къоялӀ"); the outlet's name in its quotes on the copyright line, without them;
# a dash for the colon of a caption's photo credit ("… гъачӀо. Фото — NAME, «outlet»").
def test_what_tuning_on_holdout448_452_made_general(rules_only):
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import is_line_debris
    rows = {"Published 8 Sepedemba 2026, 6:40 pm   ·   Updated 9 Sepedemba 2026, 10:05 am (Pohnpei time)": [("published", "2026-09-08"), ("updated", "2026-09-09")],
            "25.set.2026 às 9h12   ·   Atualizado em 25.set.2026 às 16h48": [("published", "2026-09-25"), ("updated", "2026-09-25")]}
    for row, want in rows.items():
        assert [(kind, date.iso()) for kind, date, _ in stamp_dates(row) or []] == want, row
    days = {("2026-10-21", "MWOAKILLOA — Aio, rahn 20 Oaktohba, jounpwukoa men sang Embassy of Japan kohdo Mwoakilloa."): ("2026-10-20", None),
            ("2026-11-13", "COLONIA, Yap — Tamol kka re mweiti lal Colonia raal Tuusde me Wenesde, 10 me 11 ye Novemba, ngali yaar meeting."):
            ("2026-11-10", "2026-11-11"),
            ("2026-10-17", "QUBA — Oktyabrdin 14-da va 15-da, çərşənbə va cümə axşamı yiğar, Qubadin Kitabxanaa seminar huvu."):
            ("2026-10-14", "2026-10-15"),
            ("2026-11-05", "Çərşənbə axşamı Kätš školä Yaponiya səfirliydä ikinci katib Daiki Nakamura ılkı."): ("2026-11-03", None),
            ("2026-10-23", "Oktiabrnyn 21-inde, kiečia, Trochtahy Karaj jortuna kyrk bieš kiši jyjyldy."): ("2026-10-21", None),
            ("2026-10-17", "Хамис къоялӀ Агвалилъ школалӀ ученикабазе лекция гьабуна Махачкалаяб востоковедас."): ("2026-10-15", None)}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    assert _event_days("2026-10-21", "The club named 20 Junior members and 12 Guest speakers at its meeting.") is None
    assert is_line_debris("Son xəbərlər: Xınalıq yolunda qar təmizləmə işləri başladı   +++   Qış üçün ot tədarükü başa çatır")
    assert not is_line_debris("Yapon diplomat Kätš školä ılkı: günəş panelär va Wiesbaden suwalä cawab")
    assert is_line_debris("Семинарлъ учительал гъачӀо. Фото — Шамиль Гаджиев, «Голос Капучи»")
    assert not is_line_debris("The mayor opened the hall on Monday. Photos — the ones from the archive — were shown to all.")
    headline = "Japão soldado pata Boa Vista hami a huu, Yanomami pata thëpë Wiesbaden thë ã hiripraɨ"
    text = page(headline=headline).replace("A waiting hall, two berths and a covered walkway after two years of building work\n",
                                           'Pata thëpë a noa thai: "Napë pë urihi taaɨ, kami yamaki urihi taaɨ xoa"\n', 1)
    article, _ = read(text)
    assert article.title == headline
    article, _ = read(page(footer="© 2026 «Varnholt Tidende», Varnholt. All rights reserved."))
    assert article.publisher == "Varnholt Tidende"


# Class 314: met tuning on holdout453-457 — a pointer for a ticker label's colon ("YAMARAM ▸ A   ·   B"); a byline of a name, a
# slash and the outlet in its quotes ("Хадижат Магомедова / «Цез Хабар»").
def test_what_tuning_on_holdout453_457_made_general(rules_only):
    from generator.articles.credits import byline
    from generator.articles.debris import is_line_debris
    assert is_line_debris("YAMARAM ▸ Makuma entsa uunt awai, canoa wekaatniuitchau   ·   Vacunación en Wachirpas el lunes")
    assert not is_line_debris("Sport ▸ The team won the cup on Sunday")
    assert byline("Хадижат Магомедова / «Цез Хабар»") == "Хадижат Магомедова"
    assert byline("Japan / «NATO»") is None
    article, story = read(page().replace("By Kari Nygaard\n", "Kari Nygaard / «Varnholt Tidende»\n", 1))
    assert article.author == "Kari Nygaard" and "«Varnholt Tidende»" not in story


# Class 315: met tuning on holdout458-462 — two days each after its weekday with only a comma between them, the days one
# after the other ("Martes 3, miércoles 4 noviembre"); the Kuki-Chin languages' words for "month" and "day" between a month
# and its day ("November thla ni 3 le 4", "Nov ni 9"); a place's dot dateline before a sentence that opens with a figure
# ("ВАРНГОЛЬТ. 14 рыбаков …").
def test_what_tuning_on_holdout458_462_made_general(rules_only):
    days = {("2026-11-09", "VARNHOLT.– Martes 3, miércoles 4 noviembre, la junta del puerto reunió a los pescadores del muelle norte."):
            ("2026-11-03", "2026-11-04"),
            ("2026-11-09", "Varnholt khawpui ah November thla ni 3 le 4 khan tuipui kam mipui an inkhawm a."): ("2026-11-03", "2026-11-04"),
            ("2026-11-12", "Tuipui kam mipui hai chu Nov ni 9 khan an inkhawm nawk."): ("2026-11-09", None)}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    # (Not a span: the days not one after the other, or not the weekdays' own.)
    for line in ("VARNHOLT.– Lunes 2, jueves 5 noviembre, la junta del puerto reunió a los pescadores del muelle norte.",
                 "VARNHOLT.– Lunes 3, martes 4 noviembre, la junta del puerto reunió a los pescadores del muelle norte."):
        assert _event_days("2026-11-09", line)[1] is None, line
    rest = "14 рыбаков пришли во вторник в порт, чтобы услышать, что совет гавани решил о новом причале."
    article = parse_text_article(page().replace(LEAD, "ВАРНГОЛЬТ. " + rest, 1))
    assert article.dateline == "Варнгольт" and rest in story_text(article)
    assert parse_text_article(page().replace(LEAD, "NATO. 14 рыбаков пришли во вторник в порт.", 1)).dateline != "Nato"


# Class 316: met tuning on holdout463-467 — Amharic's "breaking news" label before a ticker ("ሰበር ዜና   A   ·   B"); a weekday
# opening the sentence after a dateline's spaced dash, and that dateline with its region after a comma ("Mitú, Vaupés —
# Jueves, …"); the same day in the Ethiopian calendar beside a stamp's date. (Not Silozi's "Ka NAME" byline: Khasi opens
# its headlines and taglines with "Ka", its article.)
def test_what_tuning_on_holdout463_467_made_general(rules_only):
    from generator.articles.datetext import stamp_dates
    from generator.articles.debris import is_line_debris
    assert is_line_debris("ሰበር ዜና   Varnholt ferry timetable changes on Monday   ·   Harbour fees rise in the spring")
    assert not is_line_debris("ሰበር ዜናዎች ሁሉ በዚህ ገጽ ላይ ይገኛሉ ብሏል የወደቡ ቦርድ።")
    assert _event_days("2026-11-14", "Varnholt, Nordland — Jueves, la junta del puerto abrió la nueva terminal de pasajeros.") == (
        "2026-11-12", None)
    rest = "The town's new ferry terminal opened to passengers on Tuesday after two years of building work on the quay."
    assert parse_text_article(page().replace(LEAD, "Varnholt, Nordland — " + rest, 1)).dateline == "Varnholt, Nordland"
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates("12.11.2026   ·   ኅዳር 3 ቀን 2019 ዓ.ም.") or []] == [("published", "2026-11-12")]
    assert stamp_dates("ኅዳር 3 ቀን 2019 ዓ.ም.   ·   Varnholt 12°C") is None


# Class 317: met tuning on holdout468-472 — Ethiopia's own calendar in the Ge'ez script ("ጥቅምት 6 ቀን 2019 ዓ.ም.", 16 October
# 2026; "ጥቅምት 6/2019" in a dateline; "ረቡዕ ጥቅምት 4 ቀን" with no year), and such a day in brackets after a stamp's own date
# left to the stamp; a dateline with a slashed year of a calendar the reader does not know, closed by Amharic's colon; the
# Ethiopic full stop ending a copyright holder; a byline's label the table lacks, with a colon or two words, by the stamp; a
# stamp's weekday after its label with no comma; Kiembu's counted weekdays, Dinka's month by number and Alur's "of the month".
def test_what_tuning_on_holdout468_472_made_general(rules_only):
    from generator.articles.debris import copyright_holder

    ethiopian = {"ዓርብ፣ ጥቅምት 6 ቀን 2019 ዓ.ም.": "2026-10-16", "ግንቦት 21 ቀን 2018 ዓ.ም.": "2026-05-29",
                 "መስከረም 1 ቀን 2016 ዓ.ም.": "2023-09-12",  # (the year before a Gregorian leap year begins on the 12th)
                 "ጳጉሜን 5 ቀን 2018": "2026-09-10", "ጥቅምት 6/2019": "2026-10-16", "16 ጥቅምቲ 2026": "2026-10-16"}  # (Tigrinya's October)
    for text, want in ethiopian.items():
        assert [d.iso() for _, _, d, _ in full_dates(text)] == [want], text
    assert full_dates("ጳጉሜን 7 ቀን 2018") == []  # (the thirteenth month has five or six days)
    assert _event_days("2026-10-16", "የቫርንሆልት ወደብ ቦርድ ረቡዕ ጥቅምት 4 ቀን አዲሱን የመንገደኞች ተርሚናል ከፈተ።") == ("2026-10-14", None)
    assert _stamps_or_lone("Skrevet: 22 October 2026, 08:15 EAT (ጥቅምት 12 ቀን 2019 ዓ.ም.)   |   Endret: 23 October 2026, 10:02") == [
        ("published", "2026-10-22"), ("updated", "2026-10-23")]
    assert _stamps_or_lone("Hidaare 5, 2019 E.C. · 14/11/2026") == [("published", "2026-11-14")]
    # (the Ethiopian date with its Gregorian twin in brackets, a weekday and Amharic's comma before it, the hour's word after it)
    assert _stamps_or_lone("ሰኞ፣ ኅዳር 14 ቀን 2019 ዓ.ም (November 23, 2026) ከጠዋቱ 3:10") == [("published", "2026-11-23")]
    assert _stamps_or_lone("Skrevet: Fjordag 13.11.2026, 06:45") == [("published", "2026-11-13")]
    assert _stamps_or_lone("Skrevet: Fjordag og Tirsdag 13.11.2026, 06:45") == []
    rest = "The town's new ferry terminal opened to passengers on Tuesday after two years of building work on the quay."
    assert parse_text_article(page().replace(LEAD, "Varnholt, Hidaare 5/2019 (VT) – " + rest, 1)).dateline == "Varnholt"
    assert parse_text_article(page().replace(LEAD, "ቫርንሆልት፣ ጥቅምት 6/2019 (ቫቲ)፦ " + rest, 1)).dateline == "ቫርንሆልት"
    assert copyright_holder("© 2026 ቫርንሆልት ታይምስ። መብቱ በሕግ የተጠበቀ ነው።") == "ቫርንሆልት ታይምስ"
    for label, name in (("Skrivar: Kari Nygaard", "Kari Nygaard"), ("Skrive av Kari Nygaard", "Kari Nygaard"),
                        ("ጸሐፊ፦ ሰላም ተስፋዬ", "ሰላም ተስፋዬ")):
        article, story = read(page().replace("By Kari Nygaard\n", label + "\n", 1))
        assert article.author == name and label not in story, label
    article, _ = read(page().replace("By Kari Nygaard\n", "Foto: Kari Nygaard\n", 1))
    assert article.author is None
    days = {("2026-11-13", "Varnholt ferry terminal opened Wakerĩ na Wagatatũ wiki ĩno, with the harbour board's guests."):
            ("2026-11-10", "2026-11-11"),
            ("2026-10-16", "Varnholt ferry terminal opened në aköl 14 de pɛɛi 10 to the town's passengers."): ("2026-10-14", None),
            ("2026-11-06", "Varnholt ferry terminal opened 3 ku 4 mi dwe Novemba to the town's passengers."): ("2026-11-03", "2026-11-04")}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    assert [d.iso() for _, _, d, _ in full_dates("Aköl 16 Pɛɛi 10, 2026, 09:40")] == ["2026-10-16"]


# Class 318: met tuning on holdout473-482 — a ticker of items each after a pointing triangle ("LATEST ▸ A   ▸ B") is never the
# headline; a stamp's time in a piece of its own after it, in words the tables lack ("· ከጠዋቱ 3:40 ሰዓት (9:40 EAT)");
# Ethiopic's wordspace "፡" for a label's colon; Amharic's
# weekdays; each day's weekday in brackets in a span ("November 24 (Tuesday) le 25 (Wednesday)"); Guarani's "from … until"
# ("ara 14 guive 16 peve"); a dateline's place in capitals before a slashed year, title-cased.
def test_what_tuning_on_holdout473_482_made_general(rules_only):

    headline = "Varnholt's new ferry terminal opens; islanders cross to work in the dry"
    ticker = "LATEST ▸ Harbour fees rise in the spring   ▸ The island ferry runs late on Sunday\nHome / Town / Harbour"
    standfirst = "A waiting hall, two berths and a covered walkway after two years of building work\n"
    assert parse_text_article(page(above=ticker, headline=headline).replace(standfirst, "", 1)).title == headline
    assert _stamps_or_lone("Published 21 October 2026  ·  ጥቅምት 11 ቀን 2019 ዓ.ም.  ·  ከጠዋቱ 3:40 ሰዓት (9:40 EAT)") == [("published", "2026-10-21")]
    assert _stamps_or_lone("የታተመው፡ ኅዳር 5 ቀን 2019 ዓ.ም. (14.11.2026) 09:20   ·   የተሻሻለው፡ ኅዳር 6 ቀን 2019 ዓ.ም. (15.11.2026) 16:45") == [
        ("published", "2026-11-14"), ("updated", "2026-11-15")]
    article, story = read(page().replace("By Kari Nygaard\n", "ጸሐፊ፡ Kari Nygaard\n", 1))
    assert article.author == "Kari Nygaard"
    days = {("2026-11-12", "Varnholt ferry terminal opened Maksenyo (ማክሰኞ) to the town's passengers."): ("2026-11-10", None),
            ("2026-11-27", "Varnholt ferry terminal opened November 24 (Tuesday) le 25 (Wednesday) to the passengers."):
            ("2026-11-24", "2026-11-25"),
            ("2026-10-21", "Octubre yasɨ pe, ara 14 guive 16 peve, Varnholt ferry terminal opened to the passengers."):
            ("2026-10-14", "2026-10-16")}
    for (day, line), want in days.items():
        assert _event_days(day, line) == want, line
    rest = "The town's new ferry terminal opened to passengers on Tuesday after two years of building work on the quay."
    assert parse_text_article(page().replace(LEAD, "VARNHOLT, Hidar 3/2019 – " + rest, 1)).dateline == "Varnholt"


# Class 319: met tuning on holdout483-487 — a breadcrumb trail of pieces set apart by slashes ("Portada / Comarcas /
# Wounaan"), so that a line over it (an alert in capitals with a colon, "CARRETERA: …") is not taken for a headline over
# its standfirst; a copyright holder without the middle dot the footer sets after it.
def test_what_tuning_on_holdout483_487_made_general(rules_only):
    from generator.articles.debris import copyright_holder
    headline = "Varnholt ferry terminal: islanders cross dry; the harbour board counts the cost"
    alert = "FERJE: Reduced crossings on the north route while the new quay is dredged in the spring"
    standfirst = "A waiting hall, two berths and a covered walkway after two years of building work\n"
    text = page(above=alert + "\nForside / Lokalt / Havna", headline=headline).replace(standfirst, "", 1)
    article = parse_text_article(text)
    assert article.title == headline and alert not in story_text(article)
    assert copyright_holder("© 2026 Varnholt Tidende · สงวนลิขสิทธิ์ · 14 หมู่ 2 ต.แม่ยาว อ.เมืองเชียงราย จ.เชียงราย 57100") == "Varnholt Tidende"


# Class 320: met tuning on holdout488-492 — a label set off from its stamp or its writer's name by a spaced hyphen, not a
# dash ("ထုတ်ဝေ - ၂၄ နိုဝင်ဘာ ၂၀၂၆", published; "ရေးသားသူ - NAME (Outlet)", written by), a name in a script that sets no
# space inside it; a year-first date whose year, month and day each carry a word of the language ("2026 ning, November
# shata 12 ya"); a line of market prices over the masthead ("Bazar rates (Mon): Rice ₹58/kg · Oil ₹182/L") is no headline.
def test_what_tuning_on_holdout488_492_made_general(rules_only):

    assert _stamps_or_lone("ထုတ်ဝေ - ၁၄ နိုဝင်ဘာ ၂၀၂၆   ·   ပြင်ဆင် - ၁၅ နိုဝင်ဘာ ၂၀၂၆") == [("published", "2026-11-14"), ("updated", "2026-11-15")]
    assert _stamps_or_lone("Skrevet - 13.11.2026   ·   Endret - 14.11.2026") == [("published", "2026-11-13"), ("updated", "2026-11-14")]
    for label, name in (("ရေးသားသူ - ခင်မာဝင်း (Varnholt Tidende)", "ခင်မာဝင်း"), ("Skrivar - Kari Nygaard", "Kari Nygaard")):
        article, story = read(page().replace("By Kari Nygaard\n", label + "\n", 1))
        assert article.author == name and label not in story, label
    assert _event_days("2026-11-14", "Varnholt ferry terminal opened 2026 ning, November shata 12 ya, with the board's guests.") == (
        "2026-11-12", None)
    headline = "Varnholt's new ferry terminal opens; islanders cross to work in the dry"
    prices = "Varnholt market rates (Mon): Herring ₹58/kg · Diesel ₹102.10/L · Potatoes ₹30/kg"
    standfirst = "A waiting hall, two berths and a covered walkway after two years of building work\n"
    article = parse_text_article(page(above=prices, headline=headline).replace(standfirst, "", 1))
    assert article.title == headline and prices not in story_text(article)


# Class 321: met tuning on holdout493-497 — two days of one month joined by a longer word of a language the tables lack
# ("2 moropai 3 dezembro", Taurepang's "and"), a week apart at most.
def test_what_tuning_on_holdout493_497_made_general(rules_only):
    assert _event_days("2026-12-05", "Varnholt ferry terminal took its first passengers 2 moropai 3 dezembro, the board said.") == (
        "2026-12-02", "2026-12-03")
    assert _event_days("2026-12-05", "Varnholt ferry terminal took its first passengers 2 moropai 30 dezembro, the board said.") != (
        "2026-12-02", "2026-12-30")


# Class 322: met tuning on holdout498-507 — the skip link in Amharic, Swahili and Hindi; a stamp row whose labels end on
# Ethiopic's preface colon "፦" ("ታተመ፦ …  ·  ተሻሽሏል፦ …", published, updated), its times in Ethiopia's reckoning; a byline
# under a label the table lacks, under the standfirst, when a date bar stands over the masthead (a date ending on its era's
# full stop, "… 2019 ዓ.ም.", among the weather makes no sentence); Amharic's weekdays in Latin letters as southern Ethiopia's
# languages borrow them ("Sanyo ko Maksanyo"); a weekday written right before its own date is that date's, not a day
# counted back (Brabantish "donderdagaovend", Thursday evening, then read where it stands); a headline ending on its quotation over a sentence of standfirst, under a date bar; the story's headline in
# another language linked under it ("Versión en castellano: …"); two adverts in a row under one label; a picture credit
# under a plural label ("Fotos: …"); "Reportagem: NAME"; a sentence ending on a colon over its bullets never furniture.
def test_what_tuning_on_holdout498_507_made_general(rules_only, monkeypatch):
    from generator.articles.credits import byline
    from generator.articles.debris import is_line_debris

    assert _stamps_or_lone("ታተመ፦ ኅዳር 2 ቀን 2019 ዓ.ም. ከጠዋቱ 4:10   ·   ተሻሽሏል፦ ኅዳር 3 ቀን 2019 ዓ.ም. ከቀኑ 9:05") == [
        ("published", "2026-11-11"), ("updated", "2026-11-12")]
    assert _stamps_or_lone("Iliandikwa፦ 11.11.2026 08:10   ·   Ilisasishwa፦ 12.11.2026 09:05") == [("published", "2026-11-11"), ("updated", "2026-11-12")]
    assert all(is_line_debris(skip) for skip in ("ወደ ዋናው ይዘት ዝለል", "Ruka hadi maudhui", "मुख्य सामग्री पर जाएं"))
    standfirst = "The town's ferry terminal took its first passengers after two years of building work on the quay."
    told = page().replace("A waiting hall, two berths and a covered walkway after two years of building work\n", standfirst + "\n", 1)
    for bar in ("Wednesday, 4 November 2026", "ቅዳሜ፣ ጥቅምት 28 ቀን 2019 ዓ.ም.   ·   Saturday, 7 November 2026   ·   Varnholt 9°C ☀   ·   "
                "Sandøy 8°C   ·   Ferry to Sandøy at the north quay: 40 min"):
        article, story = read(bar + "\n" + told.replace("By Kari Nygaard\n", "ዘጋቢ፡ Kari Nygaard\n", 1))
        assert article.author == "Kari Nygaard" and "ዘጋቢ" not in story, bar
    assert _event_days("2026-11-12", "Varnholt ferry terminal opened Maksanyo to the town's passengers.") == ("2026-11-10", None)
    assert _event_days("2026-12-10", "Varnholt ferry terminal held its open days Sanyo ko Maksanyo, the board said.") == (
        "2026-12-07", "2026-12-08")
    assert _event_days("2026-10-30", "Varnholt ferry terminal opened Kamis, 15 Oktober 2026, to the town's passengers.") == ("2026-10-15", None)
    assert _event_days("2026-10-17", "De zaal bij de veerhaven zat donderdagaovend vol, zei de havenmeester.") == ("2026-10-15", None)  # (Brabantish)
    headline = "Harbour master at the opening: “The islanders will cross in the dry”"
    bar = "ቅዳሜ፣ ጥቅምት 28 ቀን 2019 ዓ.ም.   /   Saturday, 7 November 2026"
    assert parse_text_article(bar + "\n" + told.replace(page().split("\n")[3], headline, 1)).title == headline
    other = "Versión en castellano: La nueva terminal de Varnholt recibe a sus primeros pasajeros"
    adverts = ("PUBLICIDAD\nKaikiosken – Kaffe og vafler på kaia hver morgen. Åpent fra klokka sju.\n"
               "Varnholt Sykkel – Leie av sykler ved terminalen. Spør i skranken.")
    article, story = read(page(under=other + "\n" + adverts))
    assert "Versión en castellano" not in story and "Kaikiosken" not in story and "Varnholt Sykkel" not in story
    article, story = between_paragraphs("Fotos: Redacción Tidende")
    assert "Redacción Tidende" not in story
    assert byline("Reportagem: Kari Nygaard") == "Kari Nygaard" and byline("Reportaje: Kari Nygaard") == "Kari Nygaard"
    made_model(monkeypatch, {"first:three": 30.0})  # (a model sure the line is furniture)
    block = "Three gifts were handed to the harbour board by the ferry company at the opening:\n• a clock\n• a bell\n• a flag"
    article, story = after_second_paragraph(block)
    assert "Three gifts were handed to the harbour board" in story


# Class 323: met tuning on holdout508-512 — a stamp row whose Ge'ez-script labels are glossed by English ones
# ("ታተመ፦ … | Published: …  ·  ተሻሽሏል፦ Updated: …"); a tagline ending on the year the outlet began in its era's initials
# ("… · Since 2011 E.C.") is no paragraph of the story, so a byline under a label the table lacks further down is still
# read; a copyright notice giving its year in two calendars ("© 2019 ዓ.ም. / 2026 NAME"); a blog's footer with the time
# after the name ("Publicado por NAME en 18:40"); a caption opening on its bracketed credit; a note on the text's
# language ("Texto em …. ") is no dateline.
def test_what_tuning_on_holdout508_512_made_general(rules_only):
    from generator.articles.datetext import stamp_dates
    row = "ታተመ፦ ኅዳር 2 ቀን 2019 ዓ.ም. | Published: 11 November 2026, 07:10 EAT   ·   ተሻሽሏል፦ Updated: 12 November 2026, 09:30 EAT"
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates(row) or []] == [("published", "2026-11-11"), ("updated", "2026-11-12")]
    text = (page(above="Login · Register · Support our reporters\nHome / Town / Harbour\nHARBOUR")
            .replace("Varnholt Tidende\n", "VARNHOLT TIDENDE\nNews from the quay, the islands and the ferries · Since 2011 E.C.\n", 1)
            .replace("A waiting hall, two berths and a covered walkway after two years of building work\n", "", 1)
            .replace("By Kari Nygaard\n", "ዘጋቢ፦ Kari Nygaard\nVarnholt Tidende, harbour desk\n", 1))
    article, story = read(text)
    assert article.author == "Kari Nygaard" and "ዘጋቢ" not in story
    assert parse_text_article(page(footer="© 2019 ዓ.ም. / 2026 Varnholt Tidende. ሁሉም መብቱ በሕግ የተጠበቀ ነው.")).publisher == "Varnholt Tidende"
    assert parse_text_article(page(under="Publicado por Kari Nygaard en 18:40").replace("By Kari Nygaard\n", "", 1)).author == "Kari Nygaard"
    article, story = between_paragraphs("(Foto: Varnholt Tidende) The harbour master, centre, with the first passengers on the quay.")
    assert "harbour master, centre" not in story
    assert parse_text_article(page().replace(LEAD, "Texto em Nynorsk. " + LEAD.split(" – ", 1)[1], 1)).dateline is None


# Class 324: met tuning on holdout513-517 — a headline ending on its quotation in guillemets right over the byline, under a
# kicker in capitals (the section and the story's language, "KUKAMA KUMITSA · NOTÍCIA EM KOKAMA"); the writer's role held
# between the byline and the date with a note on the text beside it; a dateline of a place and its region both in
# capitals before a colon, the place named again in the paragraph; Oromo's weekdays with the long vowel of "on Thursday"
# ("Guyyaa Kamiisaa"); a sentence with a date in it under an inline "Read also: …" link is the story's again.
def test_what_tuning_on_holdout513_517_made_general(rules_only):
    from generator.articles.credits import dateline
    headline = "Harbour master on the new terminal: «Two berths, and the islanders cross in the dry»"
    text = page(above="HAVNA OG FERJA · NYHENDE PÅ NYNORSK", headline=headline)
    assert parse_text_article(text.replace("A waiting hall, two berths and a covered walkway after two years of building work\n", "", 1)).title == headline
    role = "Harbour correspondent · text checked by the islanders' language board"
    article, story = read(page().replace("By Kari Nygaard\n", f"By Kari Nygaard\n{role}\n", 1))
    assert article.author == "Kari Nygaard" and "language board" not in story
    lead = "VARNHOLT, NORDLAND: The town's new ferry terminal opened to passengers on Tuesday, and Varnholt's harbour master said the berths were ready."
    assert dateline(lead).place == "Varnholt, Nordland"
    assert dateline("NAOMI REYES, ANCHOR: Good evening and welcome to the programme, where tonight we look at the new ferry terminal.") is None
    assert _event_days("2026-11-20", "Varnholt ferry terminal opened Guyyaa Kamiisaa to the town's passengers.") == ("2026-11-19", None)
    article, story = after_second_paragraph("Les også: Quay car park to charge for overnight stays\n"
                                            "The next open day is on 19 December 2026 at the quay, the harbour board said.")
    assert "The next open day is on 19 December 2026" in story and "Quay car park" not in story


# Class 325: met tuning on holdout518-522 — under a date bar over a masthead with its tagline, a headline ending on its
# quotation right over the stamp; a byline labelled in Malay ("Laporan: NAME") or Amharic ("ዘጋቢ፦ NAME") under the story; a
# stamp row with the outlet's name in a piece after it; a menu whose last item asks ("… · Who are we?"); a bullet of a
# figure and one word ("• 120 lockers") is no counter; weekdays in Samia's Luhya spelling ("Olwakhubiri") and Tok Pisin
# ("ta Fonde").
def test_what_tuning_on_holdout518_522_made_general(rules_only):
    from generator.articles.debris import is_navigation
    standfirst = "A waiting hall, two berths and a covered walkway after two years of building work\n"
    headline = 'Harbour master at the opening: "The islanders will cross in the dry"'
    text = "Selasa, 6 Oktober 2026 | 24 Rabiulakhir 1448H\n" + (page(headline=headline).replace("Varnholt Tidende\n", "VARNHOLT TIDENDE — Suara Pulau sejak 2009\n", 1)
                                                           .replace(standfirst, "", 1).replace("By Kari Nygaard\n", "", 1))
    article = parse_text_article(text)
    assert (article.title, article.published.iso()) == (headline, "2026-10-07")
    for label, name in (("Laporan: Kari Nygaard", "Kari Nygaard"), ("ዘጋቢ፦ ሐሊማ ጀማል (ቫርንሆልት)", "ሐሊማ ጀማል")):
        assert parse_text_article(page(under=label).replace("By Kari Nygaard\n", "", 1)).author == name, label
    article, story = read(page().replace("07.10.2026 09:40\n", "ጥቅምት 27, 2019 ዓ.ም (6/11/2026)   ·   ከጠዋቱ 3:40   ·   Varnholt Tidende\n", 1))
    assert article.published.iso() == "2026-11-06" and "ከጠዋቱ" not in story
    assert is_navigation("Home · Town · Harbour · Business · Video · Who are we?")
    assert not is_navigation("Who are we? The harbour board asked the islanders · and they answered.")
    article, story = after_second_paragraph("The ferry company gave the hall three things:\n• 300 seats\n• 120 lockers\n• 2 clocks")
    assert [b.items for b in article.blocks if b.kind == "ul"] == [("300 seats", "120 lockers", "2 clocks")]
    assert _event_days("2026-11-06", "Varnholt ferry terminal opened Olwakhubiri to the passengers.") == ("2026-11-03", None)
    assert _event_days("2026-11-14", "Varnholt ferry terminal opened ta Fonde to the passengers.") == ("2026-11-12", None)


# Class 326: met tuning on holdout523-527 — a stamp row of two pieces that each read alone, labelled in two languages
# ("ታተመ፦ ረቡዕ፣ ኅዳር 2 ቀን 2019 ዓ.ም. (…) ከጠዋቱ 2:40 | Updated 12 Nov 2026, 10:05 EAT"); the Hijri day in brackets after the
# stamp's date; Kikuyu's counted weekdays ("Mũthenya wa Kana"); a name with "wa" (son of) in it; Tok Pisin's "Ritim tu:"
# (read too); a crosshead under a short quoted sentence over such a link is the story's, not the model's furniture.
def test_what_tuning_on_holdout523_527_made_general(monkeypatch):
    from generator.articles.credits import byline

    assert _stamps_of("ታተመ፦ ሐሙስ፣ ኅዳር 3 ቀን 2019 ዓ.ም. (Nov 12, 2026) ከጠዋቱ 3:10   |   Updated 13 Nov 2026, 09:30 EAT") == [
        ("published", "2026-11-12"), ("updated", "2026-11-13")]
    assert _stamps_of("Vote 12.10.2026 · Fair 14.10.2026") == []  # (dated links, no stamps)
    assert _stamps_of("Posted: 18/11/2026 18:40 MMT   ·   ၁၈ နိုဝင်ဘာ ၂၀၂၆") == [("published", "2026-11-18")]  # (the same day again: no update)
    assert _stamps_of("Isnin, 9 November 2026 (28 Jamadilawal 1448H), 10:05 pagi") == [("published", "2026-11-09")]
    assert _event_days("2026-11-16", "Varnholt ferry terminal opened Mũthenya wa Kana to the passengers.") == ("2026-11-12", None)
    assert byline("Na Ireri wa Nyaga") == "Ireri wa Nyaga"
    made_model(monkeypatch, {"first:what": 11.4})  # (0.8 sure the crosshead is furniture, unsure of all else)
    block = ('"We asked for a warm hall, and we got one," said the harbour master.\nWhat the islanders asked for\n'
             "Ritim tu: Quay car park to charge for overnight stays\n"
             "The islanders had asked the harbour board for seats, a covered walkway and a ticket office open late into the night.")
    article, story = after_second_paragraph(block)
    assert [b.text for b in article.blocks if b.kind == "h"] == ["What the islanders asked for"] and "Quay car park" not in story


# Class 327: met tuning on holdout528-532 — a stamp row whose bar parts the stamps and whose dot parts a stamp's date from
# its time ("ኅዳር 1 ቀን 2019 ዓ.ም. (…) · 3:15 ሰዓት   |   ተሻሽሏል፦ ኅዳር 2 ቀን 2019 ዓ.ም. (…)"); a headline ending on its quotation
# right over "Written by NAME" and the writer's role, under a date bar and a masthead with its tagline, is the headline,
# not a standfirst; Kadazandusun's and Lotud's counted weekdays ("ko Tadau Kotolu", on Wednesday).
def test_what_tuning_on_holdout528_532_made_general(rules_only):
    from generator.articles.datetext import stamp_dates
    row = "ጥቅምት 27 ቀን 2019 ዓ.ም. (6.11.2026) · 9:40 ሰዓት   |   ተሻሽሏል፦ ጥቅምት 28 ቀን 2019 ዓ.ም. (7.11.2026)"
    assert [(kind, date.iso()) for kind, date, _ in stamp_dates(row) or []] == [("published", "2026-11-06"), ("updated", "2026-11-07")]
    assert not stamp_dates("Vote 12.10.2026 · Fair 14.10.2026   |   Market 16.10.2026")  # (dated links, no stamps)
    headline = 'Harbour master at the opening: "The islanders will cross in the dry, and the boats will wait for them"'
    text = ("Monday, 9 November 2026   |   ሰኞ፣ ጥቅምት 30 ቀን 2019 ዓ.ም.\n"
            + page(headline=headline)
            .replace("Varnholt Tidende\n", "VARNHOLT TIDENDE\nቫርንሆልት ቲደንዴ — News for the quay and the islands since 2009\n", 1)
            .replace("A waiting hall, two berths and a covered walkway after two years of building work\n", "", 1)
            .replace("By Kari Nygaard\n", "Written by Kari Nygaard\nVarnholt Tidende correspondent, north quay\n", 1))
    article, story = read(text)
    assert (article.title, article.author, article.published.iso()) == (headline, "Kari Nygaard", "2026-10-07")
    assert "News for the quay" not in story and "correspondent, north quay" not in story
    assert _event_days("2026-10-16", "Varnholt ferry terminal opened ko Tadau Kotolu to the town's passengers.") == ("2026-10-14", None)
    assert _event_days("2026-10-16", "Varnholt ferry terminal opened Tadau Koiso to the town's passengers.") == ("2026-10-12", None)


# Class 328: met tuning on holdout533-537 — a caption closing on "Foto © NAME" under the stamp is no headline; an advert's
# label in two languages ("Annonse / Publicité") or framed by dashes ("— Anunsio —") over copy with a number to call; a byline of a label the table lacks with the stamp on its row ("Maktub:
# NAME · date, time · the Hijri day", "Sinulat hi NAME | Ahad, … | 29 Rabiulakhir 1448"), the Hijri day set apart by a mark,
# with or without its era's mark; a paragraph closing on « … . » with French spacing is a sentence, no labelled link; a
# crosshead under a cut "Read also" over a short paragraph; a sign-off "NAME para sa OUTLET"; Kanuri's "Lamis" and the
# Cordillera's "Mierkoles".
def test_what_tuning_on_holdout533_537_made_general(monkeypatch):
    from generator.articles.datetext import stamp_dates
    caption = "The harbour master, left, with the first passengers on the new covered walkway of the north quay. Foto © Varnholt Tidende / Ola Berg"
    article, story = read(page().replace("07.10.2026 09:40\n", f"07.10.2026 09:40\n{caption}\n", 1))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers" and "covered walkway of the north quay" not in story
    article, story = between_paragraphs(caption)
    assert "covered walkway of the north quay" not in story
    article, story = read(page(under="Annonse / Publicité\nKaikiosken – Kaffe og vafler på kaia hver morgen. Åpent fra klokka sju."))
    assert "Kaikiosken" not in story
    article, story = read(page(under="— Annonse —\nKaikiosken, north quay: coffee and waffles for the first boat of the morning. Ring 0928 555 0417."))
    assert "Kaikiosken" not in story
    assert [(k, d.iso()) for k, d, _ in stamp_dates("Publié le 8 octobre 2026, 09:40   ·   ٢٥ ربيع الآخر ١٤٤٨ هـ") or []] == [("published", "2026-10-08")]
    for row, day in (("Maktub: Kari Nygaard   ·   Lamis 8 octobre 2026, 09:40   ·   ٢٥ ربيع الآخر ١٤٤٨ هـ", "2026-10-08"),
                     ("Sinulat hi Kari Nygaard   |   Ahad, 11.10.2026 · 07:45   |   29 Rabiulakhir 1448", "2026-10-11")):
        article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40\n", row + "\n", 1))
        assert (article.author, article.published.iso() if article.published else None) == ("Kari Nygaard", day), row
    said = "Aasen svarte : the boats will wait for the last train from the city every night. « Nobody is left on the quay. »"
    article, story = after_second_paragraph(said)
    assert "Nobody is left on the quay" in story
    article = parse_text_article(page(under="Sinulat ni Kari Nygaard para sa Varnholt Tidende").replace("By Kari Nygaard\n", "", 1))
    assert article.author == "Kari Nygaard"
    signed = ("Sinurat ni Kari Nygaard para ed Varnholt Tidende\n#Varnholt #Ferry #Quay\n— Annonse —\nKaikiosken, north quay: coffee and "
              "waffles for the first boat of the morning, every day of the week. Ring 0928 555 0417.")
    article, story = read(page(under=signed).replace("By Kari Nygaard\n", "", 1))
    assert article.author == "Kari Nygaard" and "Kaikiosken" not in story
    assert _event_days("2026-10-02", "Varnholt ferry terminal opened nen Mierkoles to the town's passengers.") == ("2026-09-30", None)
    assert _event_days("2026-10-10", "Varnholt ferry terminal opened Lamis to the town's passengers.") == ("2026-10-08", None)
    made_model(monkeypatch, {"first:what": 11.4})  # (0.8 sure the crosshead is furniture, unsure of all else)
    block = ("Read also: Quay car park to charge for overnight stays\nWhat the fishermen asked\n"
             "At the meeting, the skipper Ola Berg stood up first.\n"
             "He asked whether the larger winter ferry would leave room at the berths for the fishing boats landing their catch at night.")
    article, story = after_second_paragraph(block)
    assert "What the fishermen asked" in [b.text for b in article.blocks if b.kind == "h"]


# Class 329: met tuning on holdout538-542 — a byline's label of a word and two short ones in lower case ("Ma tilabɛ na NAME")
# over a stamp under such a label ("Ba tilabɛ o 14 Novɛmba 2026, 07h30"); "Read also ► …", a pointer for the colon; a
# crosshead under the story's own list, over a "Read also" link; a name in a script without capitals over a role line of
# the outlet's name and the place ("माई सन्देश, इलाम"); Jula's weekdays in lower case ("tarata tɛmɛnnen") and Tetum's
# ("Kinta-feira").
def test_what_tuning_on_holdout538_542_made_general(monkeypatch):
    article, story = read(page().replace("By Kari Nygaard\n07.10.2026 09:40\n", "Ma tilabe na Kari Nygaard\nBa tilabe o 7 October 2026, 09h40\n", 1))
    assert (article.author, article.published.iso() if article.published else None) == ("Kari Nygaard", "2026-10-07")
    assert "Ma tilabe" not in story
    article, story = between_paragraphs("Read also ► Quay car park to charge for overnight stays from next month")
    assert "Quay car park" not in story
    article, story = read(page().replace("By Kari Nygaard\n", "सुमित्रा इङ्नाम\nVarnholt Tidende, Varnholt\n", 1))
    assert article.author == "सुमित्रा इङ्नाम" and "Varnholt Tidende, Varnholt" not in story
    assert _event_days("2026-10-15", "Varnholt ferry terminal opened tarata tɛmɛnnen to the passengers.") == ("2026-10-13", None)
    assert _event_days("2026-11-14", "Kinta-feira, the ferry terminal opened to the town's passengers.") == ("2026-11-12", None)
    assert _event_days("2026-11-14", "The skipper's araba broke down on the quay on the way to the ferry.") is None  # (Turkish "a car")
    made_model(monkeypatch, {"first:what": 11.4})  # (0.8 sure the crosshead is furniture, unsure of all else)
    block = ("The ferry company gave the hall three things:\n• 300 seats\n• 120 lockers\n• 2 clocks\nWhat the fishermen asked\n"
             "Read also ► Quay car park to charge for overnight stays from next month\n"
             "The skipper Ola Berg asked whether the larger winter ferry would leave room at the berths for the fishing boats at night.")
    article, story = after_second_paragraph(block)
    assert "What the fishermen asked" in [b.text for b in article.blocks if b.kind == "h"] and "Quay car park" not in story


# Class 330: met tuning on holdout543-547 — after a dateline's place in capitals, the outlet's initials ("TANJUNG, GSP –",
# the masthead "GUMI SASAK POS") are no region; a headline that asks its question right over a standfirst of sentences,
# both over the byline; a span written month first with a month of West Africa's open vowels ("Setɛmba 17 ne 18, 2026");
# Guinea-Bissau Kriol's weekdays ("Tersa-fera").
def test_what_tuning_on_holdout543_547_made_general(rules_only):
    lead = LEAD.replace("VARNHOLT –", "VARNHOLT, VT –", 1)
    article, story = read(page().replace("Varnholt Tidende\n", "VARNHOLT TIDENDE\n", 1).replace(LEAD, lead, 1))
    assert article.dateline == "Varnholt"
    article, story = read(page().replace(LEAD, LEAD.replace("VARNHOLT –", "VARNHOLT, NORDLAND –", 1), 1))
    assert article.dateline == "Varnholt, Nordland"  # (a region, not the outlet's initials)
    headline = "Varnholt's new ferry terminal takes its first passengers: will the boats wait for the last train?"
    standfirst = ("The harbour board opened a waiting hall and two berths after two years of building work. The islanders asked "
                  "the harbour master about the winter timetable.")
    text = page(headline=headline, above="HARBOUR").replace("A waiting hall, two berths and a covered walkway after two years of building work\n",
                                                            standfirst + "\n", 1)
    article, story = read(text)
    assert article.title == headline and "HARBOUR" not in article.title
    assert _event_days("2026-09-19", "Varnholt ferry terminal was open Setɛmba 17 ne 18, 2026, the board said.") == ("2026-09-17", "2026-09-18")
    assert _event_days("2026-12-03", "Tersa-fera, the ferry terminal opened to the town's passengers.") == ("2026-12-01", None)


# Class 331: met tuning on holdout548-552 — a stamp with the Hijri day after a slash and the same day's update after a dash,
# its time zone after the time ("… / 22 Jumadil Akhir 1448 H · 10:42 WIT — Diperbarui 14:05 WIT"); Indonesian months in the
# older spelling ("20 Nop 2026"); under the stamp, a later day after a label the table lacks is the update's ("Wi apdet am:
# …"); "binti" and Sarawak's "anak" inside a name.
def test_what_tuning_on_holdout548_552_made_general(rules_only):
    from generator.articles.credits import byline

    assert _stamps_of("Selasa, 6 Oktober 2026 / 24 Rabiulakhir 1448 H · 09:40 WIB   —   Diperbarui 15:10 WIB") == [
        ("published", "2026-10-06"), ("updated", "2026-10-06")]
    assert _stamps_of("Senin, 9 Nop 2026   |   08.15 WITA") == [("published", "2026-11-09")]
    article, story = read(page().replace("07.10.2026 09:40\n", "Published: Wednesday 7th October, 2026 · 09:40 am\nWi apdet am: Thu 8 Oct 2026, 08:05\n", 1))
    assert (article.published.iso(), article.updated.iso() if article.updated else None) == ("2026-10-07", "2026-10-08")
    assert "Wi apdet am" not in story
    assert byline("Oleh Magdalene Sanen anak Jomiu") == "Magdalene Sanen anak Jomiu"
    assert byline("Oleh Siti Aminah binti Rahman") == "Siti Aminah binti Rahman"


# Class 332: met tuning on holdout553-557 — the Philippines' "Nob." and, in a stamp, a month whose title case is also a name
# ("Gipatik: Agosto 21, 2026 – 3:40 PM"); Cebuano's "Gisulat ni NAME" and "Myerkoles"; a byline "NAME pour OUTLET"
# naming the masthead's outlet; a caption closing on the outlet's initials and "Photo / NAME".
def test_what_tuning_on_holdout553_557_made_general(rules_only):

    assert _stamps_of("Gipatik: Nob. 9, 2026 — 8:15 AM") == [("published", "2026-11-09")]
    assert _stamps_of("Gipatik: Agosto 4, 2026 – 9:40 AM   |   Gi-update: Agosto 5, 2026 – 2:05 PM") == [
        ("published", "2026-08-04"), ("updated", "2026-08-05")]
    assert full_dates("Agosto 14, 2026 Ltd built the railings.") == []  # (a name in a sentence: only a stamp reads it as the month)
    for label in ("Gisulat ni Kari Nygaard", "Kari Nygaard pour Varnholt Tidende"):
        article, story = read(page().replace("By Kari Nygaard\n", label + "\n", 1))
        assert article.author == "Kari Nygaard" and label not in story, label
    assert _event_days("2026-08-21", "Varnholt ferry terminal opened sang Myerkoles to the passengers.") == ("2026-08-19", None)
    article, story = between_paragraphs("The harbour master with the first passengers on the north quay. VT Photo / Ola Berg")
    assert "first passengers on the north quay" not in story


# Class 333: met tuning on holdout558-562 — the Hijri day in brackets beside a stamp with no era's mark, after the date or
# after the time's half of the day ("Sabado, Oktubre 10, 2026 (28 Rabiul Akhir 1448) · 9:40 n.u.", "… 9:40 AM (… 1448 H)"),
# the Philippines' "n.u." for the morning, and an update of a label the table lacks with its time alone and its half of the
# day ("| Miyabago: 3:05 PM"); Sierra Leone Krio's weekdays ("Wɛnsde", "Satide", no place filed from); Guinea-Bissau Kriol's
# lower-case weekdays, its months and "di" before the year ("sesta-fera 12 ku sábadu 13 di junhu", "16 di junhu di 2026");
# the learnt model's choice right under the outlet's name, its tagline, not over the rules' headline further down short of sure.
def test_what_tuning_on_holdout558_562_made_general(monkeypatch):
    assert _stamps_of("Sabado, Oktubre 10, 2026 (28 Rabiul Akhir 1448) · 9:40 n.u.") == [("published", "2026-10-10")]
    assert _stamps_of("Miyasurat: Miyerkoles, Oktubre 7, 2026, 9:40 AM (25 Rabiul Akhir 1448 H)   |   Miyabago: 3:05 PM") == [
        ("published", "2026-10-07"), ("updated", "2026-10-07")]
    assert _stamps_of("Publié le mercredi 7 octobre 2026 à 09h40 (25 rabia al-thani 1448)") == [("published", "2026-10-07")]
    assert _stamps_of("Publié le mercredi 7 octobre 2026 à 09h40 (the harbour master's name corrected)") == []
    lead = LEAD.replace("VARNHOLT – The", "The", 1)
    article, story = read(page().replace("07.10.2026 09:40\n", "Satide, 10 Oct 2026  |  28 Rabiul Akhir 1448  |  09:40 GMT\n", 1)
                          .replace(LEAD, lead, 1))
    assert (article.published.iso(), article.dateline) == ("2026-10-10", None)
    assert _event_days("2026-10-09", "Varnholt ferry terminal opened Wɛnsde to the passengers.") == ("2026-10-07", None)
    assert _event_days("2026-10-09", "Ka tersa-fera, the ferry terminal opened to the town's passengers.") == ("2026-10-06", None)
    assert _event_days("2026-06-15", "The skipper came sesta-fera 12 ku sábadu 13 di junhu to open the hall.") == ("2026-06-12", "2026-06-13")
    assert [d.iso() for _, _, d, _ in full_dates("Tersa-fera, 16 di junhu di 2026  •  1 Muharram 1448")] == ["2026-06-16"]
    # (the tagline under the masthead, five times likelier a headline to the model than the rules' headline it takes for
    # furniture: the rules' headline stays; class 181's test moves the line away from the masthead)
    made_model(monkeypatch, {"last:passengers": 11.3}, {"bias": -3.9, "first:every": 2.5})
    article, story = read(page().replace("Varnholt Tidende\n", "VARNHOLT TIDENDE\nEvery day on the islands since 1987\n", 1))
    assert article.title == "Varnholt's new ferry terminal takes its first passengers"


# Class 334: met on older sets left untuned (holdout545, holdout467) — in a stamp, the day, the month and the year each after
# a short word of their own ("Ya nga tili: amos 17, ngon 6, mbu 2026", day 17, month 6, year 2026); Lozi's "by" ("Ka NAME",
# a whole name after it).
def test_what_tuning_on_older_sets_made_general_334(rules_only):
    from generator.articles.credits import byline

    assert _stamps_of("Ya nga tili: amos 7, ngon 10, mbu 2026 · 9h40   |   Ya nga bo'o mfefe: amos 8, ngon 10, mbu 2026 · 11h02") == [
        ("published", "2026-10-07"), ("updated", "2026-10-08")]
    article, story = read(page().replace("07.10.2026 09:40\n", "Posted: day 7, month 10, year 2026 · 09:40\n", 1))
    assert article.published.iso() == "2026-10-07" and "month 10" not in story
    assert full_dates("The skipper counted day 7, month 10, year 2026 in the log.") == []  # (in a sentence: no date)
    assert byline("Ka Kari Nygaard") == "Kari Nygaard"
    assert byline("Ka") is None


# Class 335: met on older sets left untuned (holdout483, holdout491) — a dateline's region in capitals with an accent
# ("NEBAJ, QUICHÉ.– …"); a place in capitals with its dash on a line of its own over a lead in a script without capitals
# ("NYAUNGSHWE —" over "ဂျပန် …").
def test_what_tuning_on_older_sets_made_general_335(rules_only):
    from generator.articles.credits import dateline

    assert dateline("VARNHOLT, NORDLÄND.– The town's new ferry terminal opened on Tuesday.").place == "Varnholt, Nordländ"
    article, story = read(page().replace(LEAD, LEAD.replace("VARNHOLT –", "VARNHOLT, ØSTFOLD.–", 1), 1))
    assert article.dateline == "Varnholt, Østfold" and "ØSTFOLD" not in story
    burmese = ("ဗားန်ဟော့လ် မြို့ ရဲ့ ကူးတို့ ဆိပ်ကမ်း အသစ် ကို အင်္ဂါနေ့ က ခရီးသည်တွေ အတွက် ဖွင့်လှစ်ခဲ့ပြီး ဆိပ်ကမ်း မန်နေဂျာ က "
               "စောင့်ဆိုင်း ခန်းမ ထဲမှာ ထိုင်ခုံ သုံးရာ ရှိတယ် လို့ ပြောပါတယ်။")
    article = parse_text_article(page().replace(LEAD, "VARNHOLT —\n" + burmese, 1))
    story = story_text(article)
    assert article.dateline == "Varnholt" and "VARNHOLT —" not in story and "ကူးတို့" in story and LAST in story


# Class 336: met tuning on holdout563-567 — Krio's "Rayt bay NAME, ROLE" byline; the quoted tagline right under the
# outlet's name is no headline for the rules either, the headline lower down right over its stamp; a second credit of a
# label and a name between the byline and the stamp ("Redaktur: NAME", the editor) is no line of the story; the months as
# Ilocano spells them ("17 Hunio 2026").
def test_what_tuning_on_holdout563_567_made_general(rules_only):
    from generator.articles.credits import byline

    assert byline("Rayt bay Kari Nygaard, Tidende ripɔta") == "Kari Nygaard"
    text = (page().replace("Varnholt Tidende\n", 'VARNHOLT TIDENDE\n"We tell it straight from the quay"\n', 1)
            .replace("Home   Town   Harbour   Business   Sport\n", "HOME | TOWN | HARBOUR | BUSINESS | SPORT\nBREAKING >> Quay road "
                     "closed for patching till Monday >> Ferry leaving 7 a.m. only\nYou are here: Home / Town / Harbour\n", 1)
            .replace("A waiting hall, two berths and a covered walkway after two years of building work\nBy Kari Nygaard\n07.10.2026 09:40\n",
                     "Posted on October 7, 2026 at 9:40 am   •   4 min read\nShare this:   Facebook   X\n"
                     "By Kari Nygaard  |  Tidende correspondent, north quay\n", 1))
    article, story = read(text)
    assert (article.title, article.author) == ("Varnholt's new ferry terminal takes its first passengers", "Kari Nygaard")
    assert "We tell it straight" not in story
    article, story = read(page().replace("By Kari Nygaard\n", "Reporter: Kari Nygaard\nRedaktor: Ola Berg\n", 1))
    assert article.author == "Kari Nygaard" and "Ola Berg" not in story
    assert _stamps_of("Naipablaak: 17 Hunio 2026, 7:20 PM") == [("published", "2026-06-17")]
    assert _event_days("2026-07-17", "Duwan algaw, Hulio 15 ya 16, nan forum ud Tabuk.") == ("2026-07-15", "2026-07-16")
