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
