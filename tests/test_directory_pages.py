"""A briefing with more entities than one page lists: the directory becomes an index of kinds, a page each."""

from __future__ import annotations

import json
from pathlib import Path

from generator import paging
from tests.conftest import soup

LIMIT = 4


def _entities(count: int, kind: str = "person", parent: str | None = None, prefix: str = "agent") -> dict[str, str]:
    """`count` entities of `kind`, named so their order is their number."""
    files = {}
    for i in range(count):
        files[f"content/entities/{prefix}-{i:03d}.yaml"] = (
            f"id: {prefix}-{i:03d}\nname: {prefix.title()} {i:03d}\nkind: {kind}\n" + (f"parent: {parent}\n" if parent else "")
        )
    return files


def _links(page: Path, out: Path) -> list[Path]:
    found = []
    for a in soup(page).select("main a[href]"):
        href = a["href"]
        if "://" in href or href.startswith("#"):
            continue
        target = (page.parent / href.partition("#")[0]).resolve()
        found.append(target / "index.html" if target.is_dir() else target)
    return found


def _listed(page: Path) -> list[str]:
    """The entities a directory page lists (not those its org chart draws)."""
    return [a.get_text().split(" (")[0] for a in soup(page).select("ul.entities li > a")]


def test_a_large_directory_is_an_index_of_kinds_and_every_entity_is_listed_once(briefing, build_site, monkeypatch):
    monkeypatch.setattr(paging, "LIMIT", LIMIT)
    root = briefing({**_entities(11), **_entities(3, "country", prefix="land")})
    code, out, _, err = build_site(root)
    assert code == 0, err
    index = out / "entities/index.html"
    assert _listed(index) == []
    kinds = {a.get_text(): a for a in soup(index).select('nav[aria-label="Kinds"] a')}
    assert set(kinds) >= {"People", "Countries", "Alliances", "Commands"}
    assert "11" in kinds["People"].parent.get_text()
    # Follow the links from the index: each directory page once, each entity listed on exactly one.
    seen, queue, listed = {index.resolve()}, [index.resolve()], []
    directory = (out / "entities/by-kind").resolve()
    while queue:
        page = queue.pop(0)
        listed += _listed(page)
        for target in _links(page, out):
            assert target.is_file(), (page, target)
            if directory in target.parents and target not in seen:
                seen.add(target)
                queue.append(target)
    people = [f"Agent {i:03d}" for i in range(11)]
    assert sorted(listed) == sorted(people + [f"Land {i:03d}" for i in range(3)] + ["North Atlantic Alliance", "Assistance Command"])
    pages = sorted(p for p in seen if "person" in p.parts)
    assert len(pages) == 3  # 11 people, 4 a page
    assert all(len(_listed(p)) <= LIMIT for p in seen)
    # Each page's JSON-LD is its own collection of the entities it lists.
    for page in seen:
        data = json.loads(soup(page).find("script", type="application/ld+json").string)
        url = "https://example.org/briefing/" + page.parent.relative_to(out.resolve()).as_posix() + "/"
        assert data["@id"] == url.replace("/./", "/")
        assert data["mainEntity"]["numberOfItems"] == len(_listed(page))
    assert "entities/by-kind/person/3/" in (out / "sitemap.xml").read_text("utf-8")


def test_the_directory_index_does_not_grow_with_the_entities(briefing, build_site, monkeypatch, tmp_path):
    monkeypatch.setattr(paging, "LIMIT", LIMIT)
    sizes = []
    for count in (6, 60):
        root = briefing(_entities(count), name=f"b{count}")
        code, out, _, err = build_site(root)
        assert code == 0, err
        sizes.append((out / "entities/index.html").stat().st_size)
    assert abs(sizes[1] - sizes[0]) < 20, sizes


def test_a_small_directory_stays_one_page(briefing, build_site):
    code, out, _, err = build_site(briefing(_entities(5)))
    assert code == 0, err
    assert len(_listed(out / "entities/index.html")) == 7
    assert not (out / "entities/by-kind").exists()


def test_an_entity_with_very_many_parts_lists_the_first_and_links_the_rest(briefing, build_site):
    root = briefing(_entities(paging.SHOWN_PARTS + 5, "organisation", parent="alliance", prefix="office"))
    code, out, _, err = build_site(root)
    assert code == 0, err
    page = out / "entities/alliance/index.html"
    parts = soup(page).select("dd.children li")
    assert len(parts) == paging.SHOWN_PARTS
    more = soup(page).select_one("dd.children p")
    assert "and 6 more" in more.get_text()  # with the command the base briefing has
    assert (page.parent / more.find("a")["href"]).resolve() == (out / "entities").resolve()
    data = json.loads(soup(page).find("script", type="application/ld+json").string)
    assert len(data["subOrganization"]) == paging.SHOWN_PARTS
    # Each part still names its parent, and the directory lists every one.
    last = out / f"entities/office-{paging.SHOWN_PARTS + 4:03d}/index.html"
    assert soup(last).select_one("dd.parent a") is not None
    assert f"Office {paging.SHOWN_PARTS + 4:03d}" in _listed(out / "entities/index.html")
