"""Write a seeded, realistic briefing of N articles and M entities, for benchmarks and tests.

    python benchmarks/make_corpus.py OUT --articles 10000 --entities 500 [--seed 1]

Half the seeds are raw scrapes (.txt: a caption twice, an "According to X:" lead,
bullets, short headings, trailing debris), half Markdown with front matter; each
is news length (about 300-600 words, like the sample scrape) and names entities by their names, short
names, aliases and native names. A few entities are in most articles, most in a
few (a Zipf draw), as in a briefing that follows one long story. Entities have
aliases, parents, headquarters and facts; about a third of the seeds are told by
curated events with roles, facts and dates at year, month or day precision.

The same arguments always give the same files.
"""

from __future__ import annotations

import argparse
import itertools
import random
from dataclasses import dataclass, field
from pathlib import Path

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
_SYLLABLES = ("ka", "ran", "vel", "dor", "mi", "sa", "tor", "ne", "lin", "bra", "os", "te",
              "var", "ul", "qui", "zen", "pol", "ar", "des", "mon", "ri", "gal", "hes", "fa")
_KANJI = "防衛省自衛隊陸海空軍司令部支援本部東西南北国際連合同盟基金政府大臣"
_FIRST = ("Mika", "Jonas", "Aiko", "Petra", "Tomas", "Lena", "Kenji", "Oksana", "Marek", "Ines",
          "Hiro", "Sofia", "Anton", "Yuki", "Daria", "Felix", "Noor", "Ivan", "Clara", "Taro")
_LAST = ("Hoshino", "Reyes", "Kovalenko", "Brandt", "Arai", "Novak", "Lindqvist", "Sato",
         "Moreau", "Petrenko", "Okafor", "Weber", "Tanaka", "Hale", "Duarte", "Kaminski")
_AREAS = ("Defence", "Foreign Affairs", "Finance", "Interior", "Energy", "Trade", "Health", "Transport")
_FORCES = ("Ground Force", "Navy", "Air Force", "Coast Guard", "Border Guard", "Marine Corps")
_ADJ = ("Northern", "Atlantic", "Pacific", "Eastern", "Baltic", "Southern", "Central", "Arctic",
        "Western", "Maritime", "Continental", "Coastal")
_FUNC = ("Training", "Logistics", "Air Defence", "Support", "Cyber", "Maritime", "Engineering",
         "Medical", "Reconnaissance", "Assistance")
_PUBLISHERS = ("Kyiv Wire", "Atlantic Desk", "Pacific Defence Review", "Nichi-Ou Observer",
               "Harbour Gazette", "Continental Times", "The Ledger", "Morning Dispatch")
_TOPICS = ("aid", "training", "air defence", "logistics", "funding", "exercises", "talks",
           "deployment", "procurement", "reform")

# Sentence frames in our own words; {a} and {b} are entity mentions.
_SENTENCES = (
    "Officials at {a} said on {date} that the plan for {topic} would go ahead.",
    "{a} and {b} agreed to widen their cooperation on {topic} over the next {n} years.",
    "The decision follows months of talks between {a} and {b}, according to people familiar with the matter.",
    "Staff from {a} will work alongside counterparts from {b} in coordinating {topic}.",
    "A spokesperson for {a} declined to give details of the cost, which analysts put at about {n} million.",
    "Critics in {a} questioned whether the move would change much on the ground.",
    "The first {n} officers are expected to arrive before the end of the year.",
    "Supporters say the arrangement gives {a} a say in how {topic} is planned.",
    "It is the {nth} agreement of its kind that {a} has signed since {year}.",
    "Diplomats from {b} said the step had been discussed at a meeting in {year}.",
    "The budget for {topic} has grown by {n} per cent since {year}.",
    "Observers noted that {a} has kept its role limited to coordination and has no combat duties.",
    "Further announcements on {topic} are expected after a review by {b}.",
    "The talks covered {topic}, shared training sites and the exchange of liaison staff.",
    "Neither {a} nor {b} published the full text of the arrangement.",
)
_HEADINGS = ("What happens next", "A partner at the table", "Why it matters", "The money",
             "Coordination, not combat", "Background", "Reactions at home", "Lessons from the war")
_BULLETS = ("{n} officers from {a};", "training sites provided by {b};", "a liaison office in {city};",
            "funding through {a};", "equipment delivered by {b};", "a review every {n} months.")


@dataclass
class Entity:
    id: str
    name: str
    kind: str
    short_name: str | None = None
    native_name: str | None = None
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    headquarters: str | None = None

    @property
    def names(self) -> list[str]:
        return [n for n in (self.name, self.short_name, self.native_name, *self.aliases) if n]


class _Corpus:
    def __init__(self, rng: random.Random, entities: int):
        self.rng = rng
        self.used: set[str] = set()
        self.entities: list[Entity] = []
        self.cities: list[Entity] = []
        self._make_entities(entities)
        # Zipf weights over a shuffled order: a few entities are in most articles.
        ranked = self.entities[:]
        rng.shuffle(ranked)
        self.ranked = ranked
        self.weights = list(itertools.accumulate(1 / (i + 1) for i in range(len(ranked))))

    # -- entities ---------------------------------------------------------

    def _word(self, parts: int) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()

    def _unique(self, candidate: str) -> str | None:
        key = candidate.casefold()
        if key in self.used or len(candidate) < 3:
            return None
        self.used.add(key)
        return candidate

    def _name(self, make) -> str:
        for _ in range(100):
            name = self._unique(make())
            if name:
                return name
        raise RuntimeError("ran out of unique names; use fewer entities")

    def _make_entities(self, count: int) -> None:
        rng = self.rng
        kinds = ["country"] * 3 + ["city"] * 3 + ["command", "armed-force", "ministry", "organisation",
                                                   "person", "person", "government", "alliance", "fund"]
        for i in range(count):
            kind = kinds[i % len(kinds)] if i >= 10 else ("country", "city", "alliance", "command",
                                                            "armed-force", "ministry", "government",
                                                            "fund", "organisation", "person")[i]
            countries = [e for e in self.entities if e.kind == "country"]
            country = rng.choice(countries) if countries else None
            if kind == "country":
                name = self._name(lambda: self._word(rng.randint(2, 3)))
                e = Entity("", name, kind, aliases=[a for a in [self._unique(f"Republic of {name}")] if a])
            elif kind == "city":
                e = Entity("", self._name(lambda: self._word(rng.randint(2, 3)) + rng.choice(("", "burg", " Port", "stad"))), kind)
            elif kind == "person":
                e = Entity("", self._name(lambda: f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {self._word(1)}"), kind)
            elif kind in ("alliance", "command", "fund", "organisation"):
                noun = {"alliance": "Alliance", "command": "Command", "fund": "Trust Fund",
                        "organisation": "Agency"}[kind]
                name = self._name(lambda: f"{rng.choice(_ADJ)} {rng.choice(_FUNC)} {self._word(2)} {noun}")
                e = Entity("", name, kind, short_name=self._unique("".join(w[0] for w in name.split()).upper()))
            elif kind == "armed-force" and country:
                name = self._name(lambda: f"{country.name} {rng.choice(_FORCES)}")
                e = Entity("", name, kind, parent=None)
                alias = self._unique(name.replace(country.name, country.name + "n", 1))
                e.aliases = [alias] if alias else []
            elif kind == "ministry" and country:
                area = rng.choice(_AREAS)
                e = Entity("", self._name(lambda: f"{country.name} Ministry of {area} {self._word(1)}"), kind)
            else:
                e = Entity("", self._name(lambda: f"Government of {self._word(3)}"), "government")
            e.id = f"{_slug(e.name)[:40].strip('-')}-{i}"
            if kind in ("alliance", "command") and rng.random() < 0.7:
                extra = self._unique(f"the {rng.choice(_ADJ)} {noun} {i}")
                if extra:
                    e.aliases.append(extra)
            if rng.random() < 0.05:
                native = self._unique("".join(rng.sample(_KANJI, 4)))
                e.native_name = native
            earlier = [p for p in self.entities if p.kind in ("alliance", "command", "armed-force", "country", "government")]
            if earlier and kind not in ("country", "city") and rng.random() < 0.5:
                e.parent = rng.choice(earlier).id
            if self.cities and kind in ("command", "ministry", "alliance", "organisation") and rng.random() < 0.6:
                e.headquarters = rng.choice(self.cities).id
            self.entities.append(e)
            if e.kind == "city":
                self.cities.append(e)

    def pick(self) -> Entity:
        return self.rng.choices(self.ranked, cum_weights=self.weights)[0]

    def mention(self, entity: Entity) -> str:
        return self.rng.choice(entity.names)

    # -- article text -----------------------------------------------------

    def sentence(self, cast: list[Entity], date: str) -> str:
        rng = self.rng
        a, b = rng.choice(cast), rng.choice(cast)
        frame = rng.choice(_SENTENCES)
        return frame.format(
            a=self.mention(a), b=self.mention(b), date=date, topic=rng.choice(_TOPICS),
            n=rng.randint(2, 40), nth=rng.choice(("second", "third", "fourth", "first")),
            year=rng.randint(1995, 2025),
        )

    def paragraphs(self, cast: list[Entity], date: str, count: int) -> list[str]:
        return [" ".join(self.sentence(cast, date) for _ in range(self.rng.randint(3, 6))) for _ in range(count)]

    def bullets(self, cast: list[Entity]) -> list[str]:
        rng = self.rng
        city = rng.choice(self.cities).name if self.cities else "the capital"
        return [rng.choice(_BULLETS).format(a=self.mention(rng.choice(cast)), b=self.mention(rng.choice(cast)),
                                            n=rng.randint(2, 12), city=city) for _ in range(rng.randint(3, 5))]


def _slug(text: str) -> str:
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    return "-".join(p for p in out.split("-") if p)


def _date(rng: random.Random, start_year: int = 2016) -> tuple[int, int, int]:
    return rng.randint(start_year, 2026), rng.randint(1, 12), rng.randint(1, 28)


def _partial(rng: random.Random, y: int, m: int, d: int) -> str:
    roll = rng.random()
    return f"{y}" if roll < 0.05 else f"{y}-{m:02d}" if roll < 0.2 else f"{y}-{m:02d}-{d:02d}"


def _raw_seed(c: _Corpus, title: str, cast: list[Entity], when: tuple[int, int, int]) -> str:
    rng = c.rng
    y, m, d = when
    caption = f"{c.mention(cast[0])} staff at a briefing in {rng.choice(c.cities).name if c.cities else 'the capital'}"
    lines = [title + rng.choice(("", ".")), "", caption, caption, ""]
    lead = f"On {MONTHS[m - 1]} {d}, {y}, {c.mention(cast[0])} announced plans for {rng.choice(_TOPICS)} with {c.mention(cast[-1])}."
    lines += [rng.choice(_HEADINGS), "", f"According to {rng.choice(_PUBLISHERS)}: {lead} " + " ".join(c.sentence(cast, "Monday") for _ in range(3)), ""]
    body = c.paragraphs(cast, f"{d} {MONTHS[m - 1]}", rng.randint(3, 6))
    for i, para in enumerate(body):
        if i == 1:
            lines += ["The plan includes:", ""] + [f"  • {b}" for b in c.bullets(cast)] + [""]
        if i in (2, 4):
            lines += [rng.choice(_HEADINGS), ""]
        if rng.random() < 0.1:
            para = para.replace(" ", "&nbsp;", 1) + ' <script>track("x")</script>'
        lines += [para, ""]
    lines += ["", "Read also", "", "Advertising"]
    return "\n".join(lines) + "\n"


def _markdown_seed(c: _Corpus, title: str, cast: list[Entity], when: tuple[int, int, int], i: int) -> str:
    rng = c.rng
    y, m, d = when
    front = [
        "---",
        f"title: {_yaml_str(title)}",
        f"published: {y}-{m:02d}-{min(d + 1, 28):02d}",
        f"publisher: {rng.choice(_PUBLISHERS)}",
        f"url: https://example.org/news/{y}/{m:02d}/{_slug(title)[:50]}-{i}",
        f"author: {rng.choice(_FIRST)} {rng.choice(_LAST)}",
    ]
    if rng.random() < 0.3:
        front.append(f"attributed_to: {rng.choice(_PUBLISHERS)}")
    if rng.random() < 0.6:
        front.append(f"event_date: {_partial(rng, y, m, d)}")
    front.append("---")
    body = c.paragraphs(cast, f"{d} {MONTHS[m - 1]} {y}", rng.randint(4, 6))
    out = []
    for j, para in enumerate(body):
        if j == 0:
            name = c.mention(cast[0])
            para = para.replace(name, f"**{name}**", 1)
        if j == 1:
            out += ["Under the plan:", ""] + [f"- {b}" for b in c.bullets(cast)] + [""]
        if j in (2, 4):
            out += [f"## {rng.choice(_HEADINGS)}", ""]
        if j == 3:
            para += f" Read the [statement](https://example.org/statements/{i}) in full."
        out += [_wrap(para), ""]
    return "\n".join(front + out)


def _wrap(text: str, width: int = 78) -> str:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(lines + [line])


def _yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _entity_yaml(e: Entity, rng: random.Random, seed_ids: list[str]) -> str:
    lines = [f"id: {e.id}", f"name: {_yaml_str(e.name)}", f"kind: {e.kind}"]
    if e.short_name:
        lines.append(f"short_name: {_yaml_str(e.short_name)}")
    if e.native_name:
        lines += [f"native_name: {e.native_name}", "native_lang: ja"]
    if e.aliases:
        lines.append("aliases: [" + ", ".join(_yaml_str(a) for a in e.aliases) + "]")
    if e.parent:
        lines.append(f"parent: {e.parent}")
    if e.headquarters:
        lines.append(f"headquarters: {e.headquarters}")
    y, m, d = _date(rng, 1949)
    lines.append(f"founded: {_partial(rng, min(y, 2020), m, d)}")
    lines.append(f"website: https://example.org/{e.id}/")
    lines += ["summary: |", f"  {e.name} is one of the bodies this briefing follows.", f"  It works on {rng.choice(_TOPICS)}."]
    if seed_ids and rng.random() < 0.5:
        lines.append("facts:")
        for _ in range(rng.randint(1, 3)):
            lines += [f"  - text: Took part in {rng.choice(_TOPICS)} in {y}.",
                      f"    date: {_partial(rng, y, m, d)}",
                      f"    sources: [{rng.choice(seed_ids)}, https://example.org/{e.id}/facts]"]
    return "\n".join(lines) + "\n"


def _event_yaml(c: _Corpus, k: int, seeds: list[tuple[str, str, tuple[int, int, int], list[Entity]]]) -> str:
    rng = c.rng
    cast = sorted({e.id: e for s in seeds for e in s[3]}.values(), key=lambda e: e.id) if seeds else [c.pick() for _ in range(3)]
    when = seeds[0][2] if seeds else _date(rng, 1990)
    lines = [f"- id: event-{k:06d}"]
    if not seeds or rng.random() < 0.7:
        lines.append(f"  title: {_yaml_str(f'{c.mention(cast[0])} and the {rng.choice(_TOPICS)} decision ({k})')}")
    if not seeds or rng.random() < 0.8:
        lines.append(f"  date: {_partial(rng, *when)}")
    if seeds:
        lines.append("  seeds:")
        for sid, fmt, _when, _cast in seeds:
            if fmt == "text":
                lines += [f"    - id: {sid}", f"      publisher: {rng.choice(_PUBLISHERS)}",
                          f"      url: https://example.org/wire/{sid}"]
            else:
                lines.append(f"    - {sid}")
    if c.cities and rng.random() < 0.5:
        lines.append(f"  location: {rng.choice(c.cities).id}")
    lines.append("  entities:")
    for e in cast[:6]:
        lines += [f"    - id: {e.id}", f"      role: {rng.choice(('announced', 'hosts', 'funds', 'sends officers', 'took part'))}"] if rng.random() < 0.6 else [f"    - {e.id}"]
    lines += ["  summary: |", f"    {c.sentence(cast, 'that day')}", f"    {c.sentence(cast, 'later')}"]
    lines.append("  facts:")
    for _ in range(rng.randint(1, 3)):
        sources = [s[0] for s in seeds[:2]] or [f"https://example.org/records/{k}"]
        if rng.random() < 0.3:
            sources.append(f"https://example.org/records/{k}")
        lines += [f"    - text: {_yaml_str(c.sentence(cast, 'that week'))}",
                  f"      sources: [{', '.join(sources)}]"]
        if rng.random() < 0.3:
            lines.append(f"      date: {_partial(rng, *when)}")
    return "\n".join(lines) + "\n"


def make_corpus(out: Path, articles: int, entities: int = 500, seed: int = 1) -> Path:
    """Write a briefing into `out` (which must not hold one yet); return `out`."""
    rng = random.Random(seed)
    out = Path(out)
    (out / "seeds").mkdir(parents=True, exist_ok=True)
    (out / "content" / "entities").mkdir(parents=True, exist_ok=True)
    (out / "content" / "events").mkdir(parents=True, exist_ok=True)
    c = _Corpus(rng, entities)
    (out / "content" / "site.yaml").write_text(
        "title: Benchmark briefing\ndescription: A generated briefing for timing builds.\n"
        "language: en\nurl: https://example.org/bench/\nabout: |\n  Generated text; every name in it is made up.\n",
        "utf-8",
    )
    seeds = []
    for i in range(articles):
        cast = list({e.id: e for e in (c.pick() for _ in range(rng.randint(3, 7)))}.values())
        when = _date(rng)
        title = f"{c.mention(cast[0])} {rng.choice(('plans', 'backs', 'expands', 'reviews', 'funds'))} {rng.choice(_TOPICS)} with {c.mention(cast[-1])}"
        sid = f"{when[0]}-{when[1]:02d}-{when[2]:02d}-{_slug(title)[:40].strip('-')}-{i}"
        if i % 2:
            (out / "seeds" / f"{sid}.txt").write_text(_raw_seed(c, title, cast, when), "utf-8")
            seeds.append((sid, "text", when, cast))
        else:
            (out / "seeds" / f"{sid}.md").write_text(_markdown_seed(c, title, cast, when, i), "utf-8")
            seeds.append((sid, "markdown", when, cast))
    seed_ids = [s[0] for s in seeds]
    for e in c.entities:
        (out / "content" / "entities" / f"{e.id}.yaml").write_text(_entity_yaml(e, rng, seed_ids), "utf-8")

    # About a third of the seeds are told by curated events of one to four seeds;
    # a few events have no seed at all (background with a title and a date).
    order = seeds[:]
    rng.shuffle(order)
    told = order[: len(order) // 3]
    groups = []
    while told:
        size = rng.randint(1, 4)
        groups.append(told[:size])
        told = told[size:]
    groups += [[] for _ in range(max(1, articles // 50))]
    i = 0
    while i < len(groups):
        # Mostly one event per file, sometimes a list of several in one file.
        chunk = groups[i:i + (4 if rng.random() < 0.1 else 1)]
        text = "".join(_event_yaml(c, i + j, group) for j, group in enumerate(chunk))
        if len(chunk) == 1:
            text = "\n".join(line[2:] for line in text.splitlines()) + "\n"
        (out / "content" / "events" / f"event-{i:06d}.yaml").write_text(text, "utf-8")
        i += len(chunk)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the briefing into")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--entities", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    make_corpus(args.out, args.articles, args.entities, args.seed)
    print(f"wrote {args.articles} articles and {args.entities} entities into {args.out}")


if __name__ == "__main__":
    main()
