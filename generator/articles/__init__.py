"""Reading articles as they arrive: headline, story, dates, credits; none of the page's debris.

Pure text in, an `Article` out: `parse_text_article` for raw scraped text,
`markdown_event_date` for the prose of a Markdown seed.
"""

from generator.articles.datetext import DateMention, find_event_date
from generator.articles.reader import Article, Block, markdown_event_date, parse_text_article

__all__ = ["Article", "Block", "DateMention", "find_event_date", "markdown_event_date", "parse_text_article"]
