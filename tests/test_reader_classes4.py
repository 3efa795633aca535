"""Issue 13, fourth round: documents of a known kind, and page layouts holdout3 showed the reader missed.

Every article is written for its test (a fictional ferry crossing and its
coverage); none comes from any corpus. A document says what it is by its own
shape (an XML feed, a whole HTML page, a mail header), never by its file name.
"""

from generator.articles import parse_text_article
from generator.articles.formats import read_document
from generator.dates import PartialDate
from tests.conftest import soup
from tests.conftest import story_headings as _headings, story_text as _text


def _page(briefing, build_site, name, text):
    root = briefing({f"seeds/{name}": text})
    code, out, _, err = build_site(root)
    assert code == 0, err
    page = soup(out / f"events/{name.rsplit('.', 1)[0]}/index.html")
    return page, page.select_one(".source .body")


# Class 1: an RSS item pasted as XML: its fields are read as declared, its content is the story.
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Fjord Courier – Transport</title>
<description>Ferries, roads and rails of the west coast</description>
<copyright>© 2026 Fjord Courier Media AS</copyright>
<lastBuildDate>Wed, 08 Apr 2026 07:00:00 +0200</lastBuildDate>
<item>
  <title>Nordvik ferry returns to its winter timetable early &#8211; for now</title>
  <link>https://courier.example/transport/nordvik-ferry</link>
  <pubDate>Tue, 07 Apr 2026 18:15:00 +0200</pubDate>
  <dc:creator><![CDATA[Ingrid Solberg]]></dc:creator>
  <category>Stavholm</category>
  <description><![CDATA[A broken ramp cuts the crossings by half.]]></description>
  <content:encoded><![CDATA[<p>The ferry between Nordvik and Lundøy went back to its winter timetable on Monday, after a ramp at the Lundøy quay failed an inspection.</p>
<h2>How long it lasts</h2>
<p>The operator said repairs would take about three weeks and that the summer crossings would resume once the ramp was certified again.</p>]]></content:encoded>
</item>
</channel>
</rss>
"""


def test_an_rss_item_is_read_by_its_fields_and_its_content_is_the_story(briefing, build_site):
    article = parse_text_article(RSS)
    assert article.title == "Nordvik ferry returns to its winter timetable early – for now"
    assert article.published == PartialDate(2026, 4, 7)  # as written, in its own zone
    assert article.updated is None  # the channel's lastBuildDate is the feed's, not the item's
    assert article.author == "Ingrid Solberg"
    assert article.publisher == "Fjord Courier Media"  # the outlet, not its legal form
    assert _headings(article) == ["How long it lasts"]
    assert article.event_date == PartialDate(2026, 4, 6)  # "on Monday", before the Tuesday it was published
    page, body = _page(briefing, build_site, "2026-04-07-ferry.txt", RSS)
    assert page.find("h1").get_text(strip=True) == article.title
    text = body.get_text(" ")
    assert "failed an inspection" in text and "certified again" in text
    for machinery in ("Stavholm", "courier.example", "CDATA", "Ferries, roads and rails", "broken ramp cuts"):
        assert machinery not in page.get_text(" ")


# Class 2: an Atom entry whose content comes as escaped HTML.
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour notes</title>
  <rights>Harbour Notes Collective</rights>
  <entry>
    <title type="html">Lundøy quay ramp passes its second inspection</title>
    <id>tag:harbour.example,2026:ramp</id>
    <published>2026-04-28T09:00:00+02:00</published>
    <updated>2026-04-29T16:30:00+02:00</updated>
    <author><name>Per Aasen</name><email>per@harbour.example</email></author>
    <content type="html">&lt;p&gt;Inspectors passed the repaired ramp at the Lundøy quay on Tuesday, and the summer crossings start again next week.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_an_atom_entry_with_escaped_html_gives_its_dates_author_and_story():
    article = parse_text_article(ATOM)
    assert article.title == "Lundøy quay ramp passes its second inspection"
    assert (article.published, article.updated) == (PartialDate(2026, 4, 28), PartialDate(2026, 4, 29))
    assert article.author == "Per Aasen" and article.publisher == "Harbour Notes Collective"
    text = _text(article)
    assert "Inspectors passed the repaired ramp" in text and "&lt;" not in text and "<p>" not in text


# Class 3: a whole HTML page: JSON-LD declares dates, author and publisher; a table in the story is story.
PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Ferry ramp repair to cost more than planned | West Coast Post</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"West Coast Post"},
{"@type":"NewsArticle","headline":"Ferry ramp repair to cost more than planned","datePublished":"2026-04-15T08:00:00+02:00",
"dateModified":"2026-04-16T10:00:00+02:00","author":[{"@type":"Person","name":"Siri Holm"}],"publisher":{"@type":"Organization","name":"West Coast Post AS"}}]}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<h1>Ferry ramp repair to cost more than planned</h1>
<p>The county council said on Tuesday that repairing the ramp at the Lundøy quay will cost about twice what it first set aside, because the steel under the deck is worse than the inspectors expected.</p>
<table>
<tr><th>First estimate</th><td>1.2 million kroner</td></tr>
<tr><th>New estimate</th><td>2.5 million kroner</td></tr>
<tr><th>Crossings a day</th><td>6 instead of 12</td></tr>
</table>
<div class="ad">Advertisement</div>
<p>Councillors will vote on the extra money at their meeting next month, and the operator has asked for the ferry's winter timetable to stay until then.</p>
</article>
<footer>&copy; 2026 West Coast Post AS &middot; Privacy</footer>
</body></html>
"""


def test_a_whole_html_page_gives_its_declared_fields_and_keeps_a_table_and_the_paragraph_after_an_ad(briefing, build_site):
    article = parse_text_article(PAGE)
    assert article.title == "Ferry ramp repair to cost more than planned"
    assert (article.published, article.updated) == (PartialDate(2026, 4, 15), PartialDate(2026, 4, 16))
    assert article.author == "Siri Holm" and article.publisher == "West Coast Post AS"
    page, body = _page(briefing, build_site, "2026-04-15-ramp-cost.txt", PAGE)
    text = body.get_text(" ")
    assert "New estimate: 2.5 million kroner" in text  # a table row is one line: header cell, then value
    assert "Councillors will vote on the extra money" in text  # the ad between them ends nothing
    assert "schema.org" not in page.get_text(" ")


# Class 4: a forwarded mail: the subject is the title, the header's date the publication date,
# and the forwarder's note and the header are no story.
MAIL = """Have a look, this will come up on Thursday.
- T

---------- Forwarded message ---------
From: Lundøy Residents' Letter <letter@lundoy.example>
Date: Fri, Apr 10, 2026 at 6:30 AM
Subject: Fwd: What the ramp closure means for commuters
To: <t.berg@council.example>

View in browser

What the ramp closure means for commuters

Since Monday the ferry has run six crossings a day instead of twelve, and the first morning boat now leaves at 6:40.

Commuters who need to be in Nordvik before eight can use the county's extra bus over the bridge, which runs until the ramp reopens.

Kind regards,
Mette Lie
"""


def test_a_forwarded_mail_is_titled_by_its_subject_and_dated_by_its_header():
    article = parse_text_article(MAIL)
    assert article.title == "What the ramp closure means for commuters"
    assert article.published == PartialDate(2026, 4, 10)
    assert article.event_date == PartialDate(2026, 4, 6)  # "Since Monday"
    assert article.author == "Mette Lie"  # the name under the letter's closing "Kind regards,"
    text = _text(article)
    assert "six crossings a day" in text and "extra bus over the bridge" in text
    for transport in ("Have a look", "Forwarded message", "letter@lundoy.example", "t.berg@", "View in browser"):
        assert transport not in text
    assert _headings(article) == []


def test_lines_that_merely_look_like_a_mail_header_do_not_make_an_article_a_mail():
    memo = "Ferry board notes\n\nFrom: the chair\nTo: the board\nDate: 3 April 2026\n\nThe board met on Friday and agreed to repair the ramp at Lundøy.\n"
    text, declared = read_document(memo)  # no subject line: no mail header, the text is read as it is
    assert (text, declared.kind) == (memo, None)
    assert "The board met on Friday" in _text(parse_text_article(memo))


# Class 5: a print page through OCR: narrow columns hard-wrapped and hyphenated, a headline over two lines.
OCR = """B4      THE FJORD COURIER      THURSDAY, APRIL 9, 2026

Ramp failure halves
crossings to Lundøy

NORDVIK — The ferry to Lundøy
will sail only six times a day
until the ramp at the island's
quay is repaired, the operator
said on Wednesday after in-
spectors found cracks in the
steel under the deck.

Repairs by the Nordvik Ship-
Repair Company are expected
to take about three weeks, and
the operator has promised to
add crossings as soon as the
ramp is certified again.
"""


def test_a_narrow_hard_wrapped_column_is_read_as_paragraphs_under_a_two_line_headline():
    article = parse_text_article(OCR)
    assert article.title == "Ramp failure halves crossings to Lundøy"
    paragraphs = [b.text for b in article.blocks if b.kind == "p"]
    assert len(paragraphs) == 2
    assert "after inspectors found cracks in the steel under the deck." in paragraphs[0]
    assert "Nordvik Ship-Repair Company" in paragraphs[1]  # a compound broken at its own hyphen keeps it
    assert _headings(article) == []


# Class 6: decorations: pictographs around a post's headline, a box drawn in line characters.
DECORATED = """🚢⚡️ Ferry to Lundøy back to twelve crossings a day 🇳🇴

Posted by Harbour Watch on 30 April 2026

┌────────────────────────────────────┐
│ QUICK FACTS: ramp repaired in      │
│ three weeks, cost 2.5 million      │
└────────────────────────────────────┘

The summer timetable returned on Wednesday after inspectors certified the repaired ramp at the Lundøy quay.

All twelve daily crossings run again, the operator said, and the extra bus over the bridge stops on Friday.
"""


def test_pictographs_leave_the_title_and_a_drawn_box_is_neither_title_nor_heading():
    article = parse_text_article(DECORATED)
    assert article.title == "Ferry to Lundøy back to twelve crossings a day"
    assert _headings(article) == []
    text = _text(article)
    assert "┌" not in text and "│" not in text and "QUICK FACTS" not in text
    assert "All twelve daily crossings run again" in text


# Class 7: a page title with the site's name before the headline, and a © holder followed by its address.
PREFIXED = """Fjord Boards • View topic - Lundøy ramp: repair starts Monday
Board index ‹ Transport ‹ Ferries

Lundøy ramp: repair starts Monday

The operator told the residents' meeting on Thursday that work on the damaged ramp at the Lundøy quay starts on Monday and should take three weeks.

Until then the ferry keeps its winter timetable of six crossings a day, and cars over three tonnes must use the bridge.

© 2026 Fjord Boards AS, 12 Harbour Street, Nordvik
"""


def test_a_site_name_before_the_headline_is_cut_and_a_holders_address_is_not_its_name():
    article = parse_text_article(PREFIXED)
    assert article.title == "Lundøy ramp: repair starts Monday"
    assert article.publisher == "Fjord Boards"


# Class 8: a Korean wire page: 송고/수정 stamps, a "(place=agency)" dateline, "NAME 기자", "9일".
KOREAN = """바다통신
국제 > 유럽

노르웨이 페리 선착장 경사로 수리 3주 걸려

송고 2026-04-09 10:12   수정 2026-04-09 11:05
이하늘 기자

(오슬로=바다통신) 이하늘 특파원 = 노르웨이 서해안의 Lundøy 선착장 경사로가 점검에서 불합격해 페리 운항이 절반으로 줄었다.

운항사는 9일 수리에 약 3주가 걸릴 것이라고 밝혔다.
"""


def test_a_korean_wire_page_gives_its_stamps_dateline_reporter_and_day():
    article = parse_text_article(KOREAN)
    assert article.title == "노르웨이 페리 선착장 경사로 수리 3주 걸려"
    assert article.published == PartialDate(2026, 4, 9)
    assert article.dateline == "오슬로" and article.publisher == "바다통신"
    assert article.author == "이하늘"
    assert article.event_date == PartialDate(2026, 4, 9)
    assert "Lundøy 선착장" in _text(article)  # a line of Hangul with one Latin name is no notice in capitals


# Class 9: a dialog above the page (prose, then buttons), the headline ending in a quotation,
# "NAME in PLACE" as the byline, stamps with abbreviated weekdays.
DIALOG = """Your privacy matters to us
We and our partners use cookies and similar tools to measure how the site is used and to show you advertising that suits you.
You can accept or refuse these uses, and change your mind later under "Privacy settings".
Accept all
Refuse all

The Fjord Courier
News   Transport   Sport

Ferry crews back on the Lundøy route: "We missed the island"

Ingrid Solberg in Nordvik
First published Thu 30 Apr 2026 07.00 CEST
Updated Fri 1 May 2026 09.15 CEST

The summer timetable returned on Wednesday, and the crews who had been moved to other routes during the ramp repair were back on the Lundøy ferry by the first morning crossing.

"Some of us have worked this route for twenty years," one deckhand said as the boat left the quay. "We missed the island, and the island missed the twelve crossings."

The operator said bookings for cars had doubled since the ramp was certified again, and that it would add an evening crossing on Fridays in June.
"""


def test_a_dialog_above_the_headline_is_not_the_story_and_the_byline_and_stamps_under_it_are_read():
    article = parse_text_article(DIALOG)
    assert article.title == 'Ferry crews back on the Lundøy route: "We missed the island"'
    assert article.author == "Ingrid Solberg"
    assert (article.published, article.updated) == (PartialDate(2026, 4, 30), PartialDate(2026, 5, 1))
    assert article.event_date == PartialDate(2026, 4, 29)  # "on Wednesday", before the Thursday it was published
    text = _text(article)
    assert "cookies" not in text and "Accept all" not in text and "Privacy settings" not in text
    assert "add an evening crossing on Fridays in June" in text


# Class 10: a question headline right above the byline, over a lead in the present perfect that
# reports a claim, while the story dates the news to a day of the week before.
QUESTION = """Harbour Facts
FACT CHECK · Transport

Is the Lundøy ferry being shut down for good?

By Per Aasen
April 12, 2026

Posts shared across local groups say that the county has decided to end the Lundøy ferry for good.

On April 6, the operator cut the crossings from twelve to six a day while a damaged ramp is repaired; it said the full timetable returns once the ramp is certified.
"""


def test_a_question_above_the_byline_is_the_headline_and_a_recent_day_outweighs_a_claim_in_the_perfect():
    article = parse_text_article(QUESTION)
    assert article.title == "Is the Lundøy ferry being shut down for good?"
    assert article.event_date == PartialDate(2026, 4, 6)


# Class 11: a forum's opening post: "Post by NAME » DATE" is a byline and a stamp; the forum
# software's © line is the platform's credit, not the site's publisher.
FORUM = """Coast Boards • View topic - Lundøy ferry back to full timetable
Board index ‹ Transport ‹ Ferries

Lundøy ferry back to full timetable

Post by Fjord_Skipper » Thu Apr 30, 2026 8:05 pm

The operator put all twelve crossings back on Wednesday, after inspectors certified the repaired ramp at the Lundøy quay earlier in the week.

Cars over three tonnes may use the ferry again, and the extra bus over the bridge stops on Friday.

Powered by phpBB® Forum Software © phpBB Limited
"""


def test_a_forum_post_line_gives_byline_and_date_and_the_forum_softwares_notice_no_publisher():
    article = parse_text_article(FORUM)
    assert article.title == "Lundøy ferry back to full timetable"
    assert article.author == "Fjord_Skipper"
    assert article.published == PartialDate(2026, 4, 30)
    assert article.event_date == PartialDate(2026, 4, 29)
    assert article.publisher is None
    assert "Post by" not in _text(article)


FIELDS = """Ferry board answers residents

Reference: FB-2026-118
Location: Nordvik

The board said on Friday that the ramp at the Lundøy quay will be replaced next winter rather than repaired again.

What happens next

A contractor will be chosen in the autumn, and the ferry will keep all twelve crossings while the work is done.
"""


def test_a_label_with_a_short_value_or_a_figure_is_a_field_not_a_heading():
    article = parse_text_article(FIELDS)
    assert _headings(article) == ["What happens next"]


META_PAGE = """<!doctype html>
<html><head>
<meta property="article:published_time" content="2026-05-02T06:00:00Z">
<meta property="article:modified_time" content="2026-05-03T08:30:00Z">
<meta name="author" content="Mette Lie">
<title>Evening crossing added on Fridays | Lundøy Letter</title>
</head><body>
<h1>Evening crossing added on Fridays</h1>
<p>The operator said on Friday that an evening crossing to Lundøy will run every Friday in June, after car bookings doubled once the ramp reopened.</p>
</body></html>
"""


def test_a_page_without_json_ld_gives_its_dates_and_author_from_meta_tags_and_the_notes_say_so():
    article = parse_text_article(META_PAGE)
    assert article.title == "Evening crossing added on Fridays"
    assert (article.published, article.updated, article.author) == (PartialDate(2026, 5, 2), PartialDate(2026, 5, 3), "Mette Lie")
    assert any("declared by the page's metadata" in note for _, note in article.uncertain)
    assert any("declared by the feed item" in note for _, note in parse_text_article(RSS).uncertain)


# Class 12: articles as other tools save them: Hugo's TOML front matter, Markdown with no front
# matter at all (a notes app's export), an article as a news API returns it in JSON. And a span
# written "between 14 and 18 September".
TOML_SEED = """+++
title = "Ferry timetable: the summer crossings are back"
date = 2026-05-04T07:00:00+02:00
lastmod = 2026-05-05T09:00:00+02:00
author = "Siri Holm"
tags = ["ferry", "Lundøy"]
+++

All twelve crossings to Lundøy ran again on Sunday, the operator said, after the repaired ramp passed its inspection.
"""

NOTES_EXPORT = """# Lundøy ramp: notes for the council

| Property | Value |
| --- | --- |
| Created | May 6, 2026 |
| Author | Per Aasen |

The council's transport committee heard on Tuesday that the ramp repair came in under the new estimate, at 2.3 million kroner.

## Next steps

- a survey of the other two ramps on the route
- a report to the full council in June
"""

API_JSON = """{
  "status": "ok",
  "data": {
    "headline": "Lundøy ferry to run a night crossing in the festival week",
    "datePublished": "2026-06-20T08:00:00+02:00",
    "author": {"name": "Mette Lie"},
    "publisher": {"name": "Fjord Wire"},
    "body": "The operator will add a night crossing between 14 and 18 July, the festival week on the island.\\n\\nTickets go on sale on Monday.",
    "related": [{"headline": "Bridge tolls to rise in August", "url": "https://wire.example/b"}]
  }
}
"""


def test_toml_front_matter_gives_the_fields_yaml_would(briefing, build_site):
    page, body = _page(briefing, build_site, "2026-05-04-summer.md", TOML_SEED)
    assert page.find("h1").get_text(strip=True) == "Ferry timetable: the summer crossings are back"
    assert [t["datetime"] for t in page.select(".source .byline time")] == ["2026-05-04", "2026-05-05"]
    assert "Siri Holm" in page.select_one(".source .byline").get_text(" ")
    assert "+++" not in page.get_text(" ") and "lastmod" not in page.get_text(" ")


def test_markdown_without_front_matter_is_read_as_a_page_with_its_headline_fields_and_list(briefing, build_site):
    page, body = _page(briefing, build_site, "ramp-notes.md", NOTES_EXPORT)
    assert page.find("h1").get_text(strip=True) == "Lundøy ramp: notes for the council"
    assert [t["datetime"] for t in page.select(".source .byline time")] == ["2026-05-06"]
    assert [li.get_text(strip=True) for li in body.select("li")] == [
        "a survey of the other two ramps on the route", "a report to the full council in June"]
    assert [h.get_text(strip=True) for h in body.select("h2, h3, h4")] == ["Next steps"]
    assert "| ---" not in page.get_text(" ") and "##" not in page.get_text(" ")


def test_an_article_in_json_is_read_by_its_fields_and_its_body_and_a_between_span_is_an_interval():
    article = parse_text_article(API_JSON)
    assert article.title == "Lundøy ferry to run a night crossing in the festival week"
    assert (article.published, article.author) == (PartialDate(2026, 6, 20), "Mette Lie")
    assert article.publisher == "Fjord Wire"
    assert (article.event_date, article.event.end) == (PartialDate(2026, 7, 14), PartialDate(2026, 7, 18))
    text = _text(article)
    assert "Tickets go on sale on Monday." in text and "Bridge tolls" not in text and '"status"' not in text


def test_a_feed_without_a_rights_line_is_published_by_the_feed_it_came_in():
    assert parse_text_article(ATOM.replace("  <rights>Harbour Notes Collective</rights>\n", "")).publisher == "Harbour notes"


# Class 13: a press release in its own present ("announces that"), with a date that only says how long
# something has gone on ("since 2022") and one still to come: dated by its own stamp.
RELEASE = """FERRY AUTHORITY OF THE WEST COAST
PRESS RELEASE

14 May 2026

New ramp for the Lundøy quay

The Ferry Authority announces that a new ramp will be built at the Lundøy quay, to which the authority has sent inspectors every year since 2019.

Work is expected to start in September 2026 and to take six weeks, during which the ferry will use the old freight ramp.

© Ferry Authority of the West Coast. Riproduzione riservata.
"""


def test_a_release_in_its_own_present_is_dated_by_its_stamp_not_by_since_or_a_future_month():
    article = parse_text_article(RELEASE)
    assert article.published == PartialDate(2026, 5, 14)
    assert article.event_date is None  # the event takes the article's date
    assert article.publisher == "Ferry Authority of the West Coast"


def test_a_since_date_is_never_the_event_but_a_recent_since_day_is():
    from generator.articles.datetext import find_event_date

    assert find_event_date([(1, "Japan has paid into the fund since 2022.")], PartialDate(2026, 5, 29))[0] is None
    assert find_event_date([(1, "Since Monday the ferry has run six crossings.")], PartialDate(2026, 4, 10))[0].date == PartialDate(2026, 4, 6)


# Class 14: a stamp line that names its source and author in labelled pieces, a row of page tools,
# a Chinese page's 【本报…讯】 dateline and 版权所有 copyright line.
LABELLED_STAMPS = """Ferry News > Coast

Lundøy ramp contract goes to a Bergen yard

12 June 2026 09:10 | Source: Coast Wire | Author: Siri Holm
Text size: A A A | Share: Mail Print

The county said on Thursday that a shipyard in Bergen will build the new ramp for the Lundøy quay, at a price of 4.1 million kroner.

The yard is to deliver the ramp in sections by barge in late September.
"""

CHINESE = """海岸日报 > 国际

挪威伦德岛码头新坡道合同授予卑尔根船厂

2026年06月12日 09:10　来源：海岸日报　作者：王丽
字号：大 中 小　　分享到：微信 微博

【本报奥斯陆讯】挪威一县政府11日宣布，伦德岛码头的新坡道将由卑尔根一家船厂建造，造价410万克朗。

船厂预计于9月下旬分段交付坡道。

版权所有 海岸日报社
"""


def test_labelled_credits_on_the_stamp_line_give_publisher_and_author_and_a_tools_row_is_dropped():
    article = parse_text_article(LABELLED_STAMPS)
    assert article.title == "Lundøy ramp contract goes to a Bergen yard"
    assert (article.published, article.author, article.publisher) == (PartialDate(2026, 6, 12), "Siri Holm", "Coast Wire")
    assert article.event_date == PartialDate(2026, 6, 11)
    assert "Text size" not in _text(article) and "Share" not in _text(article)


def test_a_chinese_page_gives_its_stamp_author_dateline_day_and_copyright_holder():
    article = parse_text_article(CHINESE)
    assert article.title == "挪威伦德岛码头新坡道合同授予卑尔根船厂"
    assert (article.published, article.author, article.dateline) == (PartialDate(2026, 6, 12), "王丽", "奥斯陆")
    assert article.event_date == PartialDate(2026, 6, 11)  # 11日, the day before the stamp
    assert article.publisher == "海岸日报社"  # the copyright line's holder comes first
    assert "字号" not in _text(article)


def test_a_byline_run_on_into_its_date_gives_both():
    article = parse_text_article("Lundøy ramp opens\n\nBy Siri Holm 1 July 2026\n\nThe new ramp at the Lundøy quay opened to cars on Tuesday, a week ahead of the plan.\n")
    assert (article.author, article.published, article.event_date) == ("Siri Holm", PartialDate(2026, 7, 1), PartialDate(2026, 6, 30))


# Round six (against holdout5): a French wire dateline, links that end in an arrow, counters,
# a byline with its role after a slash, an app's share line, a labelled photo caption, a CSV sheet.
FRENCH_WIRE = """Nouvelle rampe pour le quai de Lundøy

OSLO, 8 oct 2026 (NVP) - Le comté a annoncé jeudi la construction d'une nouvelle rampe au quai de Lundøy, pour un coût de 4,1 millions de couronnes.

Les travaux doivent commencer en janvier.
"""

SHARED = """Lundøy ferry adds a night crossing for the festival
Harbour Daily · by Tomoko Reyes · 11 Jul 2026 · 3 min read

[Photo] The Lundøy ferry at the island quay on Friday. (Coast Photo Agency)

The operator will run a night crossing to Lundøy during the festival week, it said on Friday, after selling out the last evening boats.

142 Likes · 12 Restacks
Next page »
"""

SHEET = '''"Lundøy ramp: the facts",""
"Date","2 July 2026"
"What","A new ramp opened at the Lundøy quay on 1 July 2026, replacing the one that failed in April."
"Cost","2.3 million kroner, under the new estimate."
'''


def test_a_french_wire_dateline_with_a_lower_case_month_gives_place_date_and_agency():
    article = parse_text_article(FRENCH_WIRE)
    assert (article.dateline, article.published, article.publisher) == ("Oslo", PartialDate(2026, 10, 8), "NVP")


def test_an_apps_share_line_credits_outlet_and_author_and_arrows_counters_and_captions_are_furniture():
    article = parse_text_article(SHARED)
    assert (article.publisher, article.author, article.published) == ("Harbour Daily", "Tomoko Reyes", PartialDate(2026, 7, 11))
    text = _text(article)
    for furniture in ("[Photo]", "Coast Photo Agency", "142 Likes", "Next page"):
        assert furniture not in text
    assert _headings(article) == []


def test_a_byline_with_its_role_after_a_slash_is_the_name():
    article = parse_text_article("Ramp opens\n\nJuly 1, 2026\n\nBy SIRI HOLM / Staff Writer\n\nThe new ramp at the Lundøy quay opened to cars on Tuesday, a week early.\n")
    assert article.author == "Siri Holm"


def test_a_sheet_saved_as_csv_reads_its_title_date_and_rows():
    article = parse_text_article(SHEET)
    assert (article.title, article.published) == ("Lundøy ramp: the facts", PartialDate(2026, 7, 2))
    assert "Cost: 2.3 million kroner, under the new estimate." in [b.text for b in article.blocks]


POLISH = """Gazeta Portowa

Nowa rampa w porcie Lundøy

Anna Nowak
15.07.2026, 11:20
aktualizacja: 15.07.2026, 14:05

Nowa rampa w porcie Lundøy została otwarta we wtorek, tydzień przed terminem, poinformował przewoźnik.
"""

DECK = """Slide 1 / 6
Lundøy ramp: what the repair taught us
Presented by Siri Holm, port engineer

• 14 April 2026: the ramp fails an inspection
• 1 July 2026: the new ramp opens

Slide 2 / 6
The repair was finished on 30 June 2026, a week ahead of the plan, and cost 2.3 million kroner.
"""


def test_a_polish_page_gives_its_update_stamp_and_a_weekday():
    article = parse_text_article(POLISH)
    assert (article.published, article.updated) == (PartialDate(2026, 7, 15), PartialDate(2026, 7, 15))
    assert article.event_date == PartialDate(2026, 7, 14)  # "we wtorek", the Tuesday before


def test_a_list_item_is_never_the_headline_and_presented_by_is_a_byline():
    article = parse_text_article(DECK)
    assert article.title == "Lundøy ramp: what the repair taught us"
    assert article.author == "Siri Holm"


def test_two_authors_joined_by_und_or_et_are_one_byline():
    from generator.articles.credits import byline

    assert byline("Von Jonas Brenner und Lea Hofmann") == "Jonas Brenner und Lea Hofmann"
    assert byline("Par Marie Dubois et Paul Martin") == "Marie Dubois et Paul Martin"
