"""Reading raw scraped articles: what a reader keeps, what is debris."""

from generator.articles import parse_text_article

RAW = """\ufeffTokyo Sends Staff Officers to Allied Aid Cell.\r
\r
Officers at the aid cell\r
Officers at the aid cell\r
\r
Background to the Posting\r
\r
According to Harbour Post: On June 3, 2026, the ministry confirmed that three officers would go.\r
\r
  • one from the land force;\r
  • two from the navy.\r
\r
The officers will not fight. <script>alert('x')</script>They coordinate&nbsp;deliveries.\r
\r
Read also\r
Another story about something else entirely on June 9, 2026\r
Advertising\r
"""


def test_headline_becomes_title_without_trailing_full_stop():
    article = parse_text_article(RAW)
    assert article.title == "Tokyo Sends Staff Officers to Allied Aid Cell"
    assert article.title_line == 1


def test_repeated_caption_lines_are_dropped():
    texts = [b.text for b in parse_text_article(RAW).blocks]
    assert "Officers at the aid cell" not in texts


def test_according_to_lead_becomes_attribution_not_body_text():
    article = parse_text_article(RAW)
    assert article.attributed_to == "Harbour Post"
    first = next(b for b in article.blocks if b.kind == "p")
    assert first.text.startswith("On June 3, 2026, the ministry")
    assert all("According to" not in b.text for b in article.blocks)


def test_bullet_lines_become_one_list():
    lists = [b for b in parse_text_article(RAW).blocks if b.kind == "ul"]
    assert [b.items for b in lists] == [("one from the land force;", "two from the navy.")]


def test_short_title_like_line_becomes_heading():
    headings = [b.text for b in parse_text_article(RAW).blocks if b.kind == "h"]
    assert headings == ["Background to the Posting"]


def test_trailing_debris_and_its_dates_are_cut():
    article = parse_text_article(RAW)
    every = " ".join(b.text + " ".join(b.items) for b in article.blocks)
    assert "Read also" not in every and "Advertising" not in every and "Another story" not in every
    assert article.event_date.iso() == "2026-06-03"


def test_script_blocks_and_entities_are_cleaned_from_text():
    every = " ".join(b.text for b in parse_text_article(RAW).blocks)
    assert "alert" not in every and "<script" not in every
    assert "coordinate deliveries" in every


def test_date_in_prose_keeps_month_precision():
    article = parse_text_article("Headline here\n\nThe cell was set up in July 2024 after the summit.\n")
    assert article.event_date.iso() == "2024-07"


def _text_of(article) -> str:
    return "\n".join(b.text or "\n".join(b.items) for b in article.blocks)


def test_section_label_above_the_headline_is_not_the_headline():
    article = parse_text_article("Analysis\n\nWhy the aid cell needs liaison officers\n\nThe cell was set up in 2024.\n")
    assert article.title == "Why the aid cell needs liaison officers"
    assert (1, "taken as a section label, not the headline: 'Analysis'") in article.uncertain


def test_short_headline_above_a_standfirst_stays_the_headline():
    article = parse_text_article("Cell grows\n\nThe aid cell will take three more officers, its chief said.\n\nMore text here.\n")
    assert article.title == "Cell grows"
    assert article.blocks[0].text.startswith("The aid cell will take")


def test_headline_that_starts_like_a_share_bar_is_still_the_headline():
    article = parse_text_article("Share prices fall as the port strike spreads\n\nDock workers walked out on 3 June 2026.\n")
    assert article.title == "Share prices fall as the port strike spreads"


def test_sentence_starting_with_by_is_not_a_byline():
    article = parse_text_article("Headline here\n\nBy the end of the year, the cell will have ten staff.\n")
    assert article.author is None
    assert _text_of(article).startswith("By the end of the year")


def test_related_list_in_the_middle_stops_at_the_next_paragraph_of_prose():
    text = (
        "Headline here\n\nFirst paragraph of the story, which is long enough to be prose.\n\n"
        "Read more:\nPort strike ends 12.03.2025\n"
        "The story goes on here with a second paragraph that is plainly a full sentence of prose, not a link.\n"
    )
    article = parse_text_article(text)
    assert "Port strike" not in _text_of(article)
    assert "The story goes on here" in _text_of(article)
    assert article.event is None


def test_advertising_label_inside_the_story_is_dropped_not_made_a_heading():
    article = parse_text_article("Headline here\n\nFirst paragraph.\n\nAdvertising\n\nSecond paragraph.\n")
    assert [b.kind for b in article.blocks] == ["p", "p"]


def test_weekday_is_counted_back_from_the_stamp_and_future_or_holiday_weekdays_are_not():
    article = parse_text_article(
        "Headline here\n\n2026-06-03\n\nThe cell meets next Friday, after Good Friday. It opened on Monday.\n"
    )
    assert article.event_date.iso() == "2026-06-01"
    assert article.event.text == "Monday"


def test_day_and_month_without_year_take_the_year_nearest_the_stamp():
    article = parse_text_article("Headline here\n\nJanuary 5, 2026\n\nThe fund grew on 18 December, officials said.\n")
    assert article.event_date.iso() == "2025-12-18"


def test_relative_date_without_any_stamp_is_left_for_the_editor():
    article = parse_text_article("Headline here\n\nOn Friday the cell said it was set up in July 2024.\n")
    assert article.event_date.iso() == "2024-07"
    assert any("'Friday' cannot be placed" in note for _, note in article.uncertain)


def test_japanese_era_dates_including_the_first_year_of_an_era():
    assert parse_text_article("見出し\n\n令和元年5月1日\n\n本文。\n").published.iso() == "2019-05-01"
    assert parse_text_article("見出し\n\n平成元年1月8日\n\n本文。\n").published.iso() == "1989-01-08"


def test_unambiguous_dotted_date_needs_no_note_and_slashed_year_first_date_reads():
    article = parse_text_article("Headline here\n\n13.05.2026 10:00\n\nBody text.\n")
    assert article.published.iso() == "2026-05-13" and article.uncertain == ()
    assert parse_text_article("Headline here\n\n2026/05/29\n\nBody text.\n").published.iso() == "2026-05-29"


def test_dateline_with_its_own_year_dates_an_article_without_stamp():
    article = parse_text_article(
        "Allies agree new aid cell\n\nWASHINGTON, July 10, 2024 (Harbour Wire) — Allies agreed on a new cell.\n"
    )
    assert article.dateline == "Washington"
    assert article.publisher == "Harbour Wire"
    assert article.published.iso() == "2024-07-10"
    assert article.blocks[0].text == "Allies agreed on a new cell."


def test_html_time_element_dates_the_article_and_escaped_markup_stays_text():
    article = parse_text_article(
        "<h1>Cell &amp; command</h1>\n<p class=meta>Staff <time datetime=\"2026-06-02T23:30:00-05:00\">yesterday</time></p>\n"
        "<p>Officials wrote &lt;b&gt;urgent&lt;/b&gt; on the memo.</p>\n"
        "<figure><img src=x.jpg><figcaption>A photo caption naming ASCOM</figcaption></figure>\n"
        "<ul><li>one item</li><li>two items</li></ul>\n"
    )
    assert article.title == "Cell & command"
    assert article.published.iso() == "2026-06-02"  # the date as written, not moved to another time zone
    assert "<b>urgent</b>" in _text_of(article)
    assert "caption" not in _text_of(article)
    assert [b.items for b in article.blocks if b.kind == "ul"] == [("one item", "two items")]


def test_japanese_wire_dateline_gives_place_and_agency():
    article = parse_text_article("見出し\n\n2026年6月3日\n\n【ワシントン共同】NAAは3日、声明を発表した。\n")
    assert (article.dateline, article.publisher) == ("ワシントン", "共同")
    assert article.blocks[0].text == "NAAは3日、声明を発表した。"
    assert article.event_date.iso() == "2026-06-03"


def test_weekday_in_a_sentence_that_looks_ahead_is_the_next_such_day():
    article = parse_text_article("Headline here\n\n2026-06-03\n\nThe officers will leave for the cell on Friday, a spokesman said.\n")
    assert article.event_date.iso() == "2026-06-05"


def test_more_page_furniture_is_cut_wherever_it_stands():
    furniture = ["Follow us on Twitter", "Last updated 2 hours ago", "(AP Photo/Jane Roe)", "Reading time: 3 minutes", "Listen to this article"]
    article = parse_text_article("Headline here\n\n" + "\n".join(furniture) + "\n\nThe story itself.\n")
    assert [b.text for b in article.blocks] == ["The story itself."]


def test_page_saved_without_blank_lines_still_separates_furniture_from_story():
    article = parse_text_article(
        "Skip to main content\nMenu\nWorld News\nAllies open a logistics cell in Rzeszow\n"
        "The cell will track deliveries, officials said.\nBy MARIA NOWAK and JOHN SMITH\n"
        "Published 10:42 AM GMT+2, June 4, 2026\n"
        "RZESZOW, Poland (Harbour Wire) — Allied officials opened the cell on Wednesday near the border.\n"
        "Copyright 2026 Harbour Wire Group. All Rights Reserved.\n"
    )
    assert article.title == "Allies open a logistics cell in Rzeszow"
    assert article.author == "Maria Nowak and John Smith"
    assert (article.published.iso(), article.event_date.iso()) == ("2026-06-04", "2026-06-03")
    assert (article.dateline, article.publisher) == ("Rzeszow, Poland", "Harbour Wire")
    assert [b.text for b in article.blocks] == [
        "The cell will track deliveries, officials said.",
        "Allied officials opened the cell on Wednesday near the border.",
    ]


def test_japanese_broadcast_page_with_clock_time_stamp_and_bracketed_sign_off():
    article = parse_text_article("幹部3人を派遣へ\n2026年5月29日 12時05分\n防衛省は幹部3人を派遣すると発表しました。\n（放送局）\n")
    assert (article.published.iso(), article.publisher) == ("2026-05-29", "放送局")
    assert [b.text for b in article.blocks] == ["防衛省は幹部3人を派遣すると発表しました。"]


def test_german_stamp_and_more_on_the_topic_list():
    article = parse_text_article(
        "Startseite › Politik › Ausland\nJapan schickt Offiziere nach Wiesbaden\nStand: 29.05.2026 16:12 Uhr\n"
        "Japan entsendet erstmals Offiziere.\nMehr zum Thema\nNato-Gipfel in Washington\n"
    )
    assert (article.title, article.published.iso()) == ("Japan schickt Offiziere nach Wiesbaden", "2026-05-29")
    assert [b.text for b in article.blocks] == ["Japan entsendet erstmals Offiziere."]


def test_a_bracketed_remark_alone_on_its_line_is_not_a_publisher():
    article = parse_text_article("Headline here\n\nThe story.\n\n(Updated with details)\n")
    assert article.publisher is None
