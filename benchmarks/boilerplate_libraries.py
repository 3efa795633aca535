#!/usr/bin/env python3
"""Print how maintained boilerplate-removal libraries do on the corpus articles, beside our reader.

    pip install trafilatura justext   # not dependencies: measured, not used
    PYTHONPATH=. python benchmarks/boilerplate_libraries.py [CORPUS ...]   # default: tests/corpus and its unseen/

Each raw article (.txt) becomes one HTML page, a <p> per line (what a scraper
saved had its markup flattened), and goes through trafilatura.extract and
jusText's English stoplist. Scored as ingest_accuracy.py scores the page text:
an article is debris-free when none of its expected `debris` strings is left,
and whole when every `must_contain` phrase is.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import frontmatter
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.articles import parse_text_article  # noqa: E402


def _page(text: str) -> str:
    lines = [html.escape(line) for line in text.splitlines() if line.strip()]
    return "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"


def _ours(text: str) -> str:
    article = parse_text_article(text)
    return " ".join([article.title] + [b.text or " ".join(b.items) for b in article.blocks])


def _trafilatura(text: str, precision: bool = False) -> str:
    import trafilatura

    return trafilatura.extract(_page(text), include_comments=False, include_tables=False, favor_precision=precision) or ""


def _justext(text: str) -> str:
    import justext

    paragraphs = justext.justext(_page(text).encode("utf-8"), justext.get_stoplist("English"))
    return " ".join(p.text for p in paragraphs if not p.is_boilerplate)


def _ours_with_justext(text: str) -> str:
    """Our reader's blocks, less the short ones jusText calls boilerplate: can the two together do better?"""
    import justext

    article = parse_text_article(text)
    boiler = {re.sub(r"\s+", " ", p.text).strip() for p in justext.justext(_page(text).encode("utf-8"), justext.get_stoplist("English"))
              if p.is_boilerplate}
    kept = [b.text or " ".join(b.items) for b in article.blocks]
    kept = [t for t in kept if not (re.sub(r"\s+", " ", t).strip() in boiler and len(t.split()) < 15)]
    return " ".join([article.title] + kept)


def main() -> None:
    readers = {
        "ours": _ours,
        "ours, less jusText's short boilerplate": _ours_with_justext,
        "trafilatura": _trafilatura,
        "trafilatura, favor_precision": lambda text: _trafilatura(text, True),
        "jusText": _justext,
    }
    corpora = [Path(arg).resolve() for arg in sys.argv[1:]] or [REPO / "tests/corpus", REPO / "tests/corpus/unseen"]
    for corpus in corpora:
        articles = sorted((corpus / "articles").glob("*.txt"))
        print(f"{len(articles)} raw articles in {corpus.relative_to(REPO)}")
        print(f"{'reader':<30} {'debris-free':>12} {'whole':>8}")
        for name, read in readers.items():
            clean = whole = 0
            for path in articles:
                want = yaml.safe_load((corpus / "expected" / f"{path.stem}.yaml").read_text("utf-8"))
                try:
                    # Front matter is read apart (generator/load.py); every reader gets the body.
                    got = re.sub(r"\s+", " ", read(frontmatter.loads(path.read_text("utf-8-sig")).content))
                except ImportError:
                    print(f"{name:<30} (not installed)")
                    break
                clean += not any(d in got for d in want["debris"])
                whole += all(re.sub(r"\s+", " ", m) in got for m in want["must_contain"])
            else:
                print(f"{name:<30} {clean:>6}/{len(articles):<5} {whole:>4}/{len(articles)}")
        print()


if __name__ == "__main__":
    main()
