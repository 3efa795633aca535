"""A long-lived build, as `serve` runs one: the last build kept in memory, and a short way for the commonest edit.

A writer previewing a briefing mostly corrects the text of an article. When
every changed file is an existing seed whose metadata (title, dates,
publisher…) and set of mentioned entities stayed the same, nothing but that
article's text moved: its event page, the feeds that carry it and the files
of the search index that hold its words are made again from the graph in
memory and written, and nothing else is read, linked or digested. Anything else (a new or removed file, an
entity, an event, a template, a headline, a new mention) goes through `build`,
whose cache makes it as incremental as it can be.

The cache on disk is not told about the short way: the files it wrote no
longer match what the cache recorded, so the next `build` renders them again.
The short way's output is the same, byte for byte, as a clean build's
(tests/test_session.py).
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import replace
from pathlib import Path

from generator.build import BuildResult, Built, build
from generator.cache import SiteFiles
from generator.diagnostics import BuildFailed
from generator.feeds import newest
from generator.write import rewrite_in_place


class Session:
    """Builds one briefing into one folder again and again; `build` it with the paths a watcher saw change."""

    def __init__(self, root: Path, out: Path, base_url: str | None = None):
        self.root, self.out, self.base_url = Path(root), Path(out), base_url
        self._built: Built | None = None
        self._result: BuildResult | None = None
        self._renderer = None
        self._finder = None
        self._by_path: dict[str, object] = {}  # seed file → Seed
        self._place: dict[str, int] = {}  # seed file → its place in content.seeds
        self._owner: dict[str, list[str]] = {}  # seed id → ids of the events that cite it as a source
        self._readers: dict[str, list[str]] = {}  # event id → output files that show its text
        self._found: dict[str, tuple[object, frozenset]] = {}  # seed file → (Seed, entities it mentions)
        self._sketches: dict[int, set[str]] | None = None  # text hash → seed files (see `_alike`)
        self._updated = ""
        self._search = None  # (outline, files) of the search index written last, made when first needed
        self._search_memo: dict = {}  # see `search_files`

    def build(self, changed: list[str] | None = None) -> BuildResult:
        """Build; with `changed` (absolute paths), try the short way first."""
        if changed and self._built is not None:
            result = self._patch(changed)
            if result is not None:
                return result
        try:
            result = build(self.root, self.out, self.base_url)
        except BuildFailed:
            # The briefing is broken somewhere: until a build succeeds, every
            # edit goes the long way, which reports every error.
            self._built = None
            raise
        if result.built is not None:
            self._remember(result.built)
            self._warm()
        self._result = result
        return result

    def _warm(self) -> None:
        """Make now what the short way makes on its first use (the entity finder, the renderer, the index of
        sketches, the reader's learnt model), so that the first edit after a build is as quick as the next."""
        from generator.articles.lineroles import _model
        from generator.mentions import MentionFinder
        from generator.render import FileRenderer

        entities = [n.entity for n in self._built.graph.entities.values()]
        self._finder = MentionFinder((name, e.id) for e in entities for name in e.names)
        if self._renderer is None:
            self._renderer = FileRenderer(self.root, self.base_url)
        self._index_sketches()
        _model()

    # -- the long way's result, kept --------------------------------------

    def _remember(self, built: Built) -> None:
        self._built = built
        self._finder = None
        self._by_path = {os.path.abspath(s.path): s for s in built.content.seeds}
        self._sketches = None
        self._place = {path: i for i, path in enumerate(self._by_path)}
        owner: dict[str, list[str]] = {}
        for event in built.graph.events:
            for source in event.sources:
                owner.setdefault(source.seed, []).append(event.id)
        self._owner = owner
        readers: dict[str, list[str]] = {}
        for path, names in built.reads.items():
            for name in names:
                if name.startswith("segments:"):
                    readers.setdefault(name[9:], []).append(path)
                elif name.startswith("graph:"):
                    # A file that read the whole graph: no telling what an edit changes in it.
                    readers.setdefault("*", []).append(path)
        self._readers = readers
        self._updated = newest(built.graph)
        self._search = None

    def _index_sketches(self) -> None:
        from generator.similar import hashes

        if self._sketches is None:
            # Hash → articles whose sketch holds it.
            self._sketches = {}
            for other, held in self._by_path.items():
                for h in hashes(held.sketch):
                    self._sketches.setdefault(h, set()).add(other)

    def _alike(self, path: str, seed) -> bool:
        """Whether another article is a near-copy of this one (see `link._near_copies`)."""
        from generator.similar import NEAR_COPY, hashes, resemblance

        self._index_sketches()
        # Articles that share a stock phrase with this one are many. A near-copy
        # shares at least `need` of this sketch's hashes (`resemblance` counts
        # shared hashes among at most SKETCH, no fewer than this sketch holds),
        # so it holds one of any len - need + 1 of them: the rarest are enough.
        held = hashes(seed.sketch)
        need = math.ceil(NEAR_COPY * len(held))
        rarest = sorted((self._sketches.get(h, ()) for h in held), key=len)[:len(held) - need + 1]
        others = set().union(*rarest) - {path}
        # (Most of them share a hash or two of a stock phrase: counting the shared hashes, a set's
        # intersection in C, rules them out before the estimate is worked out.)
        mine, by_path = set(held), self._by_path
        return any(len(mine.intersection(hashes(by_path[p].sketch))) >= need and resemblance(seed.sketch, by_path[p].sketch) >= NEAR_COPY
                   for p in others)

    # -- the short way ------------------------------------------------------

    def _patch(self, changed: list[str]) -> BuildResult | None:
        from generator.link import split_reports
        from generator.linkcheck import check_links
        from generator.load import load_seed
        from generator.mentions import MentionFinder
        from generator.render import BaseURL, FileRenderer
        from generator.search import excerpt, search_files

        start = time.perf_counter()
        built = self._built
        changed = [os.path.abspath(p) for p in changed]
        if "*" in self._readers or any(p not in self._by_path or not os.path.isfile(p) for p in changed):
            return None
        if self._finder is None:
            entities = [n.entity for n in built.graph.entities.values()]
            self._finder = MentionFinder((name, e.id) for e in entities for name in e.names)
        graph, seeds, paths, changed_nodes, words_moved = built.graph, {}, set(), [], False
        for path in changed:
            old = self._by_path[path]
            seed, errors, warnings = load_seed(Path(path), self.root, built.content.site.max_article_kb, built.content.site.parse_seconds)
            if seed is None or errors or warnings or replace(old, body_html=seed.body_html, sketch=seed.sketch) != seed:
                return None
            if self._alike(path, old) or self._alike(path, seed):
                return None  # a near-copy before or after: which article is shown may move
            body, found = self._finder.split(seed.body_html)
            before = self._found.get(path)
            if before is None or before[0] is not old:
                before = (old, self._finder.split(old.body_html)[1])
            if found != before[1]:
                return None  # the article now names other entities: the event's roles move
            body.html = seed.body_html
            if not self._owner.get(seed.id):
                return None
            seeds[path] = seed
            self._found[path] = (seed, found)
            # Every event that cites the article shows its text (a curated event may cite one told by another).
            for event_id in self._owner[seed.id]:
                node = graph.event(event_id)
                sources = tuple(replace(s, body=body) if s.seed == seed.id else s for s in node.sources)
                if split_reports(sources) != node.continued:
                    return None  # its reports are cut into pages differently now: links to them move
                new = replace(node, sources=sources)
                graph = replace(graph, events=tuple(new if e.id == event_id else e for e in graph.events))
                changed_nodes.append(new)
                paths.update(self._readers.get(event_id, ()))
                words_moved = words_moved or excerpt(new) != excerpt(node)
        if self._renderer is None:
            self._renderer = FileRenderer(self.root, self.base_url)
        try:
            # Dates did not move, so the newest is still the newest.
            files = self._renderer.render(graph, paths, tuple(changed_nodes), self._updated)
        except KeyError:
            return None  # a kind of file only the long way makes
        except BuildFailed:
            return None  # let the long way report it, with everything else
        search, gone = None, set()
        if words_moved:
            # Only the files of the search index that hold the words that came or went change.
            before = self._search or search_files(built.graph, self._search_memo)
            search = search_files(graph, self._search_memo)
            if search[0] != before[0]:
                return None  # the index is cut differently now: the search page changes too
            files.update({path: data for path, data in search[1].items() if before[1].get(path) != data})
            gone = before[1].keys() - search[1].keys()  # shards of words no entry has any more
        previous = [p for p in self._result.files if p not in gone]
        site = SiteFiles(files, self.out, list(previous))
        # The pages made here are link-checked as a build checks them; a page
        # with a broken link, now or before, goes the long way, which keeps
        # the warnings right.
        base = BaseURL.choose(self.base_url, graph.config.url)
        shown = {self.out / p for p in files}
        if check_links(site, base.path, base.absolute, self.out, only=files.keys()) or any(
            w.location.path in shown for w in self._result.warnings
        ):
            return None
        # In place, not swapped: a handful of files, each replaced by rename, in a
        # folder only this machine reads; swapping would link every other file anew.
        report = rewrite_in_place(files, self.out, self._result.files, gone)
        kept = list(built.content.seeds)
        for path, seed in seeds.items():
            kept[self._place[path]] = seed
        content = replace(built.content, seeds=tuple(kept))
        self._built = replace(built, content=content, graph=graph)
        self._by_path.update(seeds)
        if search is not None:
            self._search = search
        if self._sketches is not None:
            for path, seed in seeds.items():
                for h in seed.sketch:
                    self._sketches.setdefault(h, set()).add(path)
        seconds = time.perf_counter() - start
        self._result = BuildResult(site, self._result.warnings, seconds, report, (("patch", seconds),), built=self._built)
        return self._result
