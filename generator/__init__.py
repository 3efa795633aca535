"""briefing: turn raw news articles and curated facts into a static briefing site."""

__version__ = "0.1.0"
