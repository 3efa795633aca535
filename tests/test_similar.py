"""The near-copy sketch: the smallest crc32 hashes of an article's word 4-grams, the same on every machine."""

import zlib

import pytest

from generator.similar import SKETCH, hashes, resemblance, sketch

TEXTS = [
    ("", ""),
    ("Short", "<p>two words</p>"),
    ("Four words", "<p>in all</p>"),
    ("Café &amp; 東京 headline", "<p>Ministers met in <em>Zürich</em> &amp; agreed; the 3 officers&#39; posts were named.</p>"),
    ("Long", "<p>" + " ".join(f"word{i % 97} other{i % 13}" for i in range(400)) + "</p>"),
]


def _by_definition(title: str, body_html: str) -> tuple[int, ...]:
    import html
    import re

    words = re.findall(r"\w+", html.unescape(re.sub(r"<[^>]+>", " ", f"{title} {body_html}")).casefold())
    words += [""] * (4 - len(words))
    grams = {" ".join(words[i:i + 4]) for i in range(len(words) - 3)}
    return tuple(sorted(zlib.crc32(g.encode("utf-8")) for g in grams)[:SKETCH])


@pytest.mark.parametrize("title,body", TEXTS)
def test_sketch_is_the_smallest_crc32_hashes_of_the_word_4grams(title, body):
    packed = sketch(title, body)
    assert hashes(packed) == _by_definition(title, body)
    assert isinstance(packed, bytes) and len(packed) == 4 * len(_by_definition(title, body))  # four bytes a hash


def test_the_same_text_retitled_is_a_near_copy_and_another_is_not():
    body = TEXTS[-1][1]
    assert resemblance(sketch("Long", body), sketch("Long, again", body)) > 0.9
    assert resemblance(sketch("Long", body), sketch(*TEXTS[3])) == 0.0
