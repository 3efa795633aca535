"""Issue 13: the reader on page shapes it was not tuned for, one class of failure per test.

Every article here was written for its test (a fictional harbour-rescue drill
and its coverage); none comes from the corpora.
"""

from generator.articles import parse_text_article
from tests.conftest import soup

# Class 1: a `.txt` that opens with a YAML block is front matter and a Markdown body.
FRONT_MATTER_TXT = """---
title: "Coastguards rehearse a night rescue off Bergen"
published: 2026-03-12
publisher: Fjord Courier
---

Four crews from the Assistance Command spent the night on the water.

## How the drill ran

- a cutter from the NAA
- two boats from the harbour
"""


def test_a_txt_article_opening_with_front_matter_is_read_as_front_matter_and_body(briefing, build_site):
    root = briefing({"seeds/2026-03-12-drill.txt": FRONT_MATTER_TXT})
    code, out, _, err = build_site(root)
    assert code == 0, err
    page = soup(out / "events/2026-03-12-drill/index.html")
    body = page.select_one(".source .body")
    text = body.get_text(" ")
    assert page.find("h1").get_text(strip=True) == "Coastguards rehearse a night rescue off Bergen"
    assert "publisher: Fjord Courier" not in text and "published: 2026-03-12" not in text
    assert [h.get_text(strip=True) for h in body.select("h2, h3")] == ["How the drill ran"]
    assert len(body.select("li")) == 2
    assert "Fjord Courier" in page.select_one(".source").get_text(" ")  # the publisher, shown with the source


# Class 2: "Headline | Outlet" above the clean headline, or with the outlet as masthead.
SUFFIXED = """Harbour Tidings · Home · Coast · Weather

Night rescue drill tests three crews off the northern pier | Harbour Tidings

Night rescue drill tests three crews off the northern pier

By Ola Brekke
March 12, 2026

Three lifeboat crews practised pulling dummies from freezing water on Wednesday night, the harbour authority said after the exercise ended.

The drill lasted four hours and ended without injuries, according to the crews' own logbooks kept during the night.
"""

SUFFIX_MATCHES_OUTLET = """Lifeboats drill after dark – Harbour Tidings

By Ola Brekke
March 12, 2026

Three lifeboat crews practised pulling dummies from freezing water on Wednesday night, the harbour authority said after the exercise ended.

© 2026 Harbour Tidings. All rights reserved.
"""


def test_a_site_suffix_is_cut_from_the_title_when_the_clean_headline_follows():
    article = parse_text_article(SUFFIXED)
    assert article.title == "Night rescue drill tests three crews off the northern pier"
    texts = [b.text for b in article.blocks]
    assert not any("Harbour Tidings" in t for t in texts)


def test_a_site_suffix_naming_the_publisher_is_cut_from_the_title():
    article = parse_text_article(SUFFIX_MATCHES_OUTLET)
    assert article.title == "Lifeboats drill after dark"
    assert article.publisher == "Harbour Tidings"


# Class 3: a list of other stories after the story (marker, blank line, dated headlines).
RELATED_AFTER = """Night rescue drill tests three crews off the northern pier

By Ola Brekke
March 12, 2026

Three lifeboat crews from the NAA practised pulling dummies from freezing water on Wednesday night, the harbour authority said after the exercise ended.

The drill lasted four hours and ended without injuries, according to the crews' own logbooks kept during the night.

Related stories

Assistance Command opens a new depot in the north — March 2, 2026
Ferry timetable changes for the spring season — February 20, 2026
"""


def test_a_list_of_other_stories_after_the_story_is_neither_page_text_nor_entities(briefing, build_site):
    root = briefing({"seeds/2026-03-12-related.txt": RELATED_AFTER})
    code, out, _, err = build_site(root)
    assert code == 0, err
    page = soup(out / "events/2026-03-12-related/index.html")
    body = page.select_one(".source .body")
    text = body.get_text(" ")
    assert "opens a new depot" not in text and "Ferry timetable" not in text
    assert "practised pulling dummies" in text
    # The Assistance Command is named only in the list: no link to it from the story.
    assert "entities/command/" not in str(page), "linked from a name in the list"
    assert "entities/alliance/" in str(page)


# Class 4: footers and platform credits; "Posted on … by …"; the masthead's outlet.
FOOTER = """Harbour Tidings
Notes from the quayside since 1998

Posted on March 12, 2026 by Ola Brekke

Lifeboats drill after dark on the northern pier

Three lifeboat crews practised pulling dummies from freezing water on Wednesday night, the harbour authority said after the exercise ended.

The drill lasted four hours and ended without injuries, according to the crews' own logbooks kept during the night.

Harbour Tidings — Notes from the quayside — © 2026
Powered by Inkwell
About · Contact · Privacy
Get the Harbour Tidings app for your phone
Daily digest
Your email address
"""


def test_site_footers_and_platform_credits_stay_off_the_page_and_name_the_publisher():
    article = parse_text_article(FOOTER)
    text = " ".join(b.text for b in article.blocks)
    assert article.title == "Lifeboats drill after dark on the northern pier"
    for debris in ("Powered by", "Notes from the quayside", "Daily digest", "Your email address", "app for your phone", "Posted on"):
        assert debris not in text, debris
    assert not [b for b in article.blocks if b.kind == "h"]
    assert article.publisher == "Harbour Tidings"
    assert article.author == "Ola Brekke"
    assert article.published.iso() == "2026-03-12"


LETTERHEAD = """Harbour Authority of Bergen
Strandkaien 4, 5013 Bergen

PRESS RELEASE

12 March 2026

Lifeboat crews complete a night rescue drill

The Harbour Authority has completed a night rescue drill with three lifeboat crews, the first held in winter conditions since the harbour was rebuilt.

The crews recovered every dummy within the time set by the exercise plan, and no one was hurt.

Contact:
Press office
Tel: +47 55 00 00 00
"""


def test_a_press_release_letterhead_is_neither_title_nor_text_and_names_the_publisher():
    article = parse_text_article(LETTERHEAD)
    assert article.title == "Lifeboat crews complete a night rescue drill"
    text = " ".join(b.text for b in article.blocks)
    for debris in ("Strandkaien", "PRESS RELEASE", "Contact:", "Tel:", "Press office"):
        assert debris not in text, debris
    assert article.publisher == "Harbour Authority of Bergen"
    # "has completed" reports the news of the release's own day.
    assert article.event is None and article.published.iso() == "2026-03-12"


# Class 5: a happening over several days.
SPAN = """Lifeboat crews end a four-day winter drill

By Ola Brekke
March 14, 2026

Three lifeboat crews spent four days on the water in the first winter drill since the harbour was rebuilt.

The drill ran from Monday, March 9, through Thursday, March 12, with crews working in shifts around the clock.
"""


def test_a_happening_over_several_days_is_read_as_its_first_and_last_day():
    article = parse_text_article(SPAN)
    assert article.event.date.iso() == "2026-03-09" and article.event.date.precision == "day"
    assert article.event.end.iso() == "2026-03-12" and article.event.end.precision == "day"
    assert any("to 2026-03-12" in note for _, note in article.guesses)  # listed for the editor to check


def test_a_day_range_in_one_month_is_an_interval(briefing, build_site):
    root = briefing({"seeds/2026-03-14-span.txt": SPAN.replace(
        "from Monday, March 9, through Thursday, March 12", "from 9 to 12 March 2026")})
    code, out, _, err = build_site(root)
    assert code == 0, err
    from generator.load import load_content

    seed = next(s for s in load_content(root).seeds if s.id.endswith("span"))
    assert (seed.event_date.iso(), seed.event_end.iso()) == ("2026-03-09", "2026-03-12")
    assert seed.event_end_at is not None


# Class 6: a dateline without a year.
YEARLESS = """Crews rescue two fishermen after a night search

OSLO, March 11 (Nordwire) — Two fishermen were pulled from the sea on Wednesday after a night-long search by three lifeboat crews, the coastguard said.

Both men were taken to hospital in Bergen and are in a stable condition, officials added.

© 2026 Nordwire
"""


def test_a_yearless_dateline_takes_its_year_from_the_article_and_says_so():
    article = parse_text_article(YEARLESS)
    assert article.dateline == "Oslo"
    assert article.published.iso() == "2026-03-11"
    assert article.event_date.iso() == "2026-03-11"
    said = " ".join(note for _, note in article.uncertain + article.guesses)
    assert "2026" in said and "copyright" in said


def test_a_yearless_dateline_with_no_year_anywhere_gives_no_date():
    article = parse_text_article(YEARLESS.replace("© 2026 Nordwire", ""))
    assert article.published is None


# Class 4 again: a page turned from PDF to text, with running headers and footers.
PDF_TEXT = """Harbour Authority of Bergen — News Release

12 March 2026

Lifeboat crews complete a night rescue drill

Three lifeboat crews from the northern station practised a night rescue on
Wednesday in strong wind, pulling six dummies from the water within the time
the exercise plan allowed for a real call-out, the authority said after the
crews returned to the harbour.

Page 1 of 2
https://harbour.example/news
Harbour Authority of Bergen — News Release

The crews will repeat the drill in the autumn, when the new boats are due to
arrive, and the results will go into the station's training plan for the coordi-
nation of winter call-outs.

Page 2 of 2
"""


def test_lines_broken_by_a_pdf_converter_are_one_paragraph_and_its_page_furniture_goes():
    article = parse_text_article(PDF_TEXT)
    assert article.title == "Lifeboat crews complete a night rescue drill"
    texts = [b.text for b in article.blocks]
    assert [b.kind for b in article.blocks] == ["p", "p"]
    assert "pulling six dummies from the water within the time the exercise plan allowed" in texts[0]
    assert "for the coordination of winter call-outs." in texts[1]
    every = " ".join(texts)
    assert "Page 1" not in every and "https://" not in every and "News Release" not in every


BILINGUAL = """港湾新報 ／ Harbour News Daily
社会 ＞ 防災

夜間の救助訓練、救命艇3隻が参加

2026年3月12日 9:15

北部の救命艇基地は11日夜、強風の中で救助訓練を行い、3隻の救命艇が海に落ちた人形6体を時間内に引き上げたと発表した。

この記事をシェアする
関連記事
新しい救命艇、秋に配備（2026年2月20日）
港湾新報 ／ Harbour News Daily
© 2026 港湾新報 All rights reserved.
"""


def test_a_bilingual_masthead_repeated_in_the_footer_and_a_breadcrumb_are_neither_title_nor_text():
    article = parse_text_article(BILINGUAL)
    assert article.title == "夜間の救助訓練、救命艇3隻が参加"
    every = " ".join(b.text for b in article.blocks)
    assert "Harbour News Daily" not in every and "防災" not in every and "シェア" not in every
    assert "新しい救命艇" not in every
    assert article.publisher == "港湾新報"
    assert article.event_date.iso() == "2026-03-11"


def test_a_txt_between_two_rules_that_holds_no_front_matter_field_stays_a_raw_article(briefing, build_site):
    text = "---\nNote: this page was saved from the harbour's site\n---\n\n" + SUFFIXED
    root = briefing({"seeds/2026-03-12-rules.txt": text})
    code, out, _, err = build_site(root)
    assert code == 0, err
    page = soup(out / "events/2026-03-12-rules/index.html")
    assert page.find("h1").get_text(strip=True) == "Night rescue drill tests three crews off the northern pier"
