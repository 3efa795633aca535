"""Charts drawn at build time: the timeline of events and the org chart of entities, as inline SVG.

Pure functions from graph nodes to SVG text; no script is needed to see them.
Every mark is an `<a href>` named by its `<title>` (which is also its tooltip),
so a keyboard reaches it and a screen reader names it. Colours come from the page's stylesheet through
classes (see `.chart` in static/style.css), so dark mode and print follow it.
Every text from a briefing is escaped here: a name is untrusted input.

A timeline draws each event at the precision of its date: a day is a point, a
month or a year a span, an interval a bar from its start to its end. Years with
no event between those that have some are folded into a break, so a briefing
that starts in 1949 and follows 2024 closely shows both. Past `DETAIL_LIMIT`
events (or when they no longer fit in `LANES` rows) the chart counts events per
month or per year instead, each bar a link to that part of the timeline: its
size follows the number of bars, never the number of events.
"""

from __future__ import annotations

import calendar
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

from markupsafe import Markup, escape

from generator.dates import MONTHS, PartialDate, span_human

WIDTH = 640
# A phone gets a timeline drawn for its width, not the desktop one shrunk: the
# stylesheet shows one of the two (see `.chart-svg.narrow`).
NARROW = 360
NARROW_LABEL_CHARS = 24
MARGIN = 8
BREAK = 22  # the width of a fold between years with no event
GAP_YEARS = 2  # years this far apart share an axis run; farther apart, the gap is folded
MAX_RUNS = 12  # more runs than this: one continuous axis, whatever the gaps
DETAIL_LIMIT = 60
LANES = 8
LANE = 18
LABEL_CHARS = 44
MONTH_YEARS = 8  # counted per month when the years shown are at most this many
MAX_BARS = 160
BAR_HEIGHT = 64
ORG_ROW = 30
ORG_BOX = 22
ORG_INDENT = 22
ORG_DEPTH = 12  # deeper boxes are drawn at this depth's indent
ORG_LIMIT = 200  # boxes on one chart; the rest are named in the caption


@dataclass(frozen=True)
class Chart:
    """An SVG chart and the sentence that says what it shows (for its caption)."""

    svg: Markup
    caption: str
    narrow: Markup = Markup("")  # the same chart drawn for a phone, when it has one

    def __bool__(self) -> bool:
        return bool(self.svg)


NO_CHART = Chart(Markup(""), "")


def period_route(year: int, month: int | None = None, periods: dict | None = None) -> str:
    """The route of the part of the timeline that lists a year's or a month's events.

    `periods` maps (year, month or None) to the page that shows it when the
    timeline is cut into pages (generator/paging.py `period_routes`); without
    it, or for a period it does not name, the one-page timeline's anchor.
    """
    found = (periods or {}).get((year, month))
    return found or f"timeline/#y{year}" + (f"-{month:02d}" if month else "")


# -- time --------------------------------------------------------------------


def _start(d: PartialDate) -> float:
    """The earliest instant a date can mean, in years (months counted as twelfths)."""
    t = d.year + ((d.month or 1) - 1) / 12
    if d.day is not None:
        t += (d.day - 1) / calendar.monthrange(d.year, d.month)[1] / 12
    return t


def _finish(d: PartialDate) -> float:
    """The latest instant a date can mean."""
    if d.day is not None:
        return _start(d) + 1 / calendar.monthrange(d.year, d.month)[1] / 12
    if d.month is not None:
        return d.year + d.month / 12
    return d.year + 1.0


class _Axis:
    """Years mapped to x, with long empty stretches folded into breaks."""

    def __init__(self, years: list[int], left: float = MARGIN, right: float = WIDTH - MARGIN):
        runs: list[list[int]] = []
        for year in sorted(set(years)):
            if runs and year - runs[-1][1] <= GAP_YEARS:
                runs[-1][1] = year
            else:
                runs.append([year, year])
        if len(runs) > MAX_RUNS:
            runs = [[runs[0][0], runs[-1][1]]]
        self.runs = [(a, b) for a, b in runs]
        span = sum(b + 1 - a for a, b in self.runs)
        self.unit = (right - left - BREAK * (len(self.runs) - 1)) / span
        # (time, x) knots; between them x follows time linearly.
        self.knots: list[tuple[float, float]] = []
        x = left
        for a, b in self.runs:
            if self.knots:
                x += BREAK
            self.knots.append((float(a), x))
            x += (b + 1 - a) * self.unit
            self.knots.append((float(b + 1), x))

    def x(self, t: float) -> float:
        knots = self.knots
        if t <= knots[0][0]:
            return knots[0][1]
        for (t0, x0), (t1, x1) in zip(knots, knots[1:]):
            if t <= t1:
                return x0 if t1 == t0 else x0 + (x1 - x0) * (t - t0) / (t1 - t0)
        return knots[-1][1]

    def ticks(self) -> list[int]:
        """Years to label: the first of each run, then every step years so labels do not touch."""
        step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000) if s * self.unit >= 34), 5000)
        out: list[int] = []
        for a, b in self.runs:
            out.append(a)
            out += [y for y in range(a + 1, b + 1) if y % step == 0 and (y - a) * self.unit >= 34]
        return out

    def draw(self, y: float) -> list[str]:
        parts = ['<g class="axis" aria-hidden="true">']
        for (_, x0), (_, x1) in zip(self.knots[::2], self.knots[1::2]):
            parts.append(f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}"/>')
        for (_, x) in self.knots[1:-1:2]:
            # A fold: two short slants where empty years are left out.
            parts.append(f'<path class="fold" d="M{x + 6:.1f} {y + 5:.1f}l4 -10M{x + 12:.1f} {y + 5:.1f}l4 -10"/>')
        for year in self.ticks():
            x = self.x(float(year))
            parts.append(f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{y + 4:.1f}"/>')
            parts.append(f'<text x="{x + 2:.1f}" y="{y + 16:.1f}">{year}</text>')
        parts.append("</g>")
        return parts


# -- the timeline --------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    event: object
    start: PartialDate
    end: PartialDate | None


def _text_width(text: str) -> float:
    if text.isascii():  # no wide character: asking each one's width is most of a chart's time
        return 7.0 * len(text)
    return sum(12.0 if unicodedata.east_asian_width(c) in ("W", "F") else 7.0 for c in text)


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _when(item: _Item) -> str:
    return span_human(item.start, item.end)


def timeline_chart(events, url, *, noun: str = "event", periods: dict | None = None) -> Chart:
    """The chart of these event nodes (undated ones are left out and counted), each mark linking through `url`."""
    items = [_Item(e, e.date, e.end) for e in events if e.date is not None]
    undated = sum(1 for e in events if e.date is None)
    if not items:
        return NO_CHART
    items.sort(key=lambda i: (i.start.sort_key, i.event.route))
    years = [i.start.year for i in items] + [i.end.year for i in items if i.end is not None]
    wide, narrow = _Axis(years), _Axis(years, right=NARROW - MARGIN)
    first, last = min(years), max(years)
    how = ""
    # Both drawings show the events one by one, or both count them: a caption says which.
    svg = small = None
    if len(items) <= DETAIL_LIMIT:
        svg = _detail(items, wide, url, WIDTH, LABEL_CHARS)
        small = _detail(items, narrow, url, NARROW, NARROW_LABEL_CHARS) if svg else None
    if svg is None or small is None:
        svg, how = _aggregate(items, wide, url, WIDTH, periods)
        small, _ = _aggregate(items, narrow, url, NARROW, periods)
    count = f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"
    caption = f"{count}, {first}" + (f"–{last}" if last != first else "") + how
    if undated:
        caption += f"; {undated} undated {noun}{'' if undated == 1 else 's'} not shown"
    return Chart(svg, caption + ".", small)


def _detail(items: list[_Item], axis: _Axis, url, width: int, chars: int) -> Markup | None:
    """One mark per event with a short label, in lanes that do not overlap; None when they do not fit."""
    lanes: list[float] = []  # each lane's right edge so far
    placed = []
    for item in items:
        x0 = axis.x(_start(item.start))
        x1 = axis.x(_finish(item.end or item.start))
        point = item.start.precision == "day" and (item.end is None or item.end == item.start)
        label = _short(item.event.title, chars)
        wide = _text_width(label)
        mark_right = x0 + 5 if point else max(x1, x0 + 3)
        if mark_right + 4 + wide <= width - MARGIN:
            left, right, anchor, tx = x0 - 5, mark_right + 4 + wide, "start", mark_right + 4
        else:
            left, right, anchor, tx = x0 - 9 - wide, mark_right, "end", x0 - 8
        lane = next((i for i, edge in enumerate(lanes) if edge + 6 <= left), None)
        if lane is None:
            if len(lanes) == LANES:
                return None
            lanes.append(right)
            lane = len(lanes) - 1
        lanes[lane] = right
        placed.append((item, lane, x0, x1, point, label, anchor, tx))
    height = len(lanes) * LANE + 34
    axis_y = len(lanes) * LANE + 8
    parts = [_svg_open(height, "timeline " + ("wide" if width == WIDTH else "narrow"), width)]
    parts += axis.draw(axis_y)
    for item, lane, x0, x1, point, label, anchor, tx in placed:
        y = lane * LANE + LANE / 2 + 2
        name = f"{item.event.title}, {_when(item)}"
        parts.append(f'<a href="{escape(url(item.event.route))}"><title>{escape(name)}</title>')
        if point:
            parts.append(f'<circle class="mark" cx="{x0:.1f}" cy="{y:.1f}" r="5"/>')
        else:
            parts.append(f'<rect class="mark span" x="{x0:.1f}" y="{y - 4:.1f}" width="{max(x1 - x0, 3):.1f}" height="8" rx="2"/>')
        parts.append(f'<text x="{tx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{escape(label)}</text></a>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _aggregate(items: list[_Item], axis: _Axis, url, width: int, periods: dict | None = None) -> tuple[Markup, str]:
    """Bars counting events per month (or year, or run of years), each a link to that part of the timeline."""
    shown_years = sum(b + 1 - a for a, b in axis.runs)
    by_month = shown_years <= MONTH_YEARS
    step = 1 if by_month else max(1, -(-shown_years // MAX_BARS))
    bars: Counter = Counter()
    coarse: Counter = Counter()  # in a chart by month, events known only to the year
    for item in items:
        d = item.start
        if by_month and d.month is None:
            coarse[d.year] += 1
        elif by_month:
            bars[(d.year, d.month)] += 1
        else:
            bars[(d.year - (d.year - axis.runs[0][0]) % step if step > 1 else d.year, None)] += 1
    # In a chart by runs of years, a bar links to the first year of it that has events.
    first_year: dict[int, int] = {}
    if step > 1:
        starts = defaultdict(list)
        for item in items:
            starts[item.start.year - (item.start.year - axis.runs[0][0]) % step].append(item.start.year)
        first_year = {k: min(v) for k, v in starts.items()}
    top = max(bars.values(), default=1)
    strip = 14 if coarse else 0
    height = BAR_HEIGHT + strip + 34
    axis_y = BAR_HEIGHT + strip + 8
    parts = [_svg_open(height, "timeline aggregate " + ("wide" if width == WIDTH else "narrow"), width)]
    parts += axis.draw(axis_y)
    for (year, month), n in sorted(bars.items()):
        if by_month:
            x0, x1 = axis.x(year + (month - 1) / 12), axis.x(year + month / 12)
            label, route = f"{MONTHS[month - 1]} {year}", period_route(year, month, periods)
        else:
            x0, x1 = axis.x(float(year)), axis.x(float(year + step))
            label = str(year) if step == 1 else f"{year}–{year + step - 1}"
            route = period_route(first_year.get(year, year), None, periods)
        w = max(x1 - x0 - (1 if x1 - x0 > 3 else 0), 1.5)
        h = max(2.0, BAR_HEIGHT * n / top)
        name = f"{label}: {n} event{'' if n == 1 else 's'}"
        parts.append(
            f'<a href="{escape(url(route))}"><title>{escape(name)}</title>'
            f'<rect class="mark bar" x="{x0:.1f}" y="{BAR_HEIGHT - h:.1f}" width="{w:.1f}" height="{h:.1f}"/></a>'
        )
    for year, n in sorted(coarse.items()):
        x0, x1 = axis.x(float(year)), axis.x(float(year + 1))
        name = f"{year}, month not known: {n} event{'' if n == 1 else 's'}"
        parts.append(
            f'<a href="{escape(url(period_route(year, None, periods)))}"><title>{escape(name)}</title>'
            f'<rect class="mark span" x="{x0:.1f}" y="{BAR_HEIGHT + 4:.1f}" width="{max(x1 - x0 - 1, 1.5):.1f}" height="6" rx="2"/></a>'
        )
    parts.append("</svg>")
    unit = "month" if by_month else ("year" if step == 1 else f"{step} years")
    return Markup("".join(parts)), f", counted by {unit}"


def _svg_open(height: float, kind: str, width: float = WIDTH) -> str:
    return (
        f'<svg class="chart-svg {kind}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" role="group">'
    )


# -- the org chart ---------------------------------------------------------------


def org_children(entities: dict) -> dict[str, list[str]]:
    """Each entity's children among these entity nodes (by `entity.parent`), for `org_chart`."""
    children: dict[str, list[str]] = defaultdict(list)
    for node in entities.values():
        parent = node.entity.parent
        if parent and parent in entities and parent != node.id:
            children[parent].append(node.id)
    return dict(children)


def org_chart(entities: dict, url, focus: str | None = None, children: dict[str, list[str]] | None = None) -> Chart:
    """The hierarchy of these entity nodes (by `entity.parent`) as boxes, each a link through `url`.

    Without `focus`: every tree of more than one entity. With it: that entity's
    branch, its ancestors, itself and its children; nothing when it has neither.
    `children` is `org_children(entities)`, for a caller drawing many charts of the same entities.
    """
    def order(ids):
        return sorted(ids, key=lambda i: (entities[i].label.casefold(), i))

    if children is None:
        children = org_children(entities)
    mine = children.get(focus, [])
    rows: list[tuple[int, str]] = []
    if focus is None:
        roots = [i for i in entities if i in children and not _has_parent(entities[i], entities)]
        for root in order(roots):
            _walk(root, children, order, rows)
        total = len(rows)
    else:
        chain, seen, current = [], {focus}, entities[focus].entity.parent
        while current and current in entities and current not in seen:
            chain.append(current)
            seen.add(current)
            current = entities[current].entity.parent
        chain.reverse()
        if not chain and not mine:
            return NO_CHART
        rows = [(d, i) for d, i in enumerate(chain)] + [(len(chain), focus)]
        rows += [(len(chain) + 1, c) for c in order(mine)]
        total = len(rows)
    if not rows:
        return NO_CHART
    shown = rows[:ORG_LIMIT]
    height = len(shown) * ORG_ROW + 4
    boxes = []
    for r, (depth, eid) in enumerate(shown):
        x = MARGIN + min(depth, ORG_DEPTH) * ORG_INDENT
        label = _short(entities[eid].label, 40)
        boxes.append((x, label, min(WIDTH - MARGIN - x, _text_width(label) + 16)))
    # As wide as its widest box: a phone shows the chart whole, at the size of the text around it.
    parts = [_svg_open(height, "org", max(x + w for x, _, w in boxes) + MARGIN)]
    # Connectors first, so boxes are drawn over them: from a parent's box down and across to each child.
    parent_row: dict[int, int] = {}
    stack: list[int] = []
    for r, (depth, _) in enumerate(shown):
        del stack[depth:]
        if depth and len(stack) == depth:
            parent_row[r] = stack[-1]
        stack.append(r)
    lines = []
    for r, p in sorted(parent_row.items()):
        px = MARGIN + min(shown[p][0], ORG_DEPTH) * ORG_INDENT + 10
        cx = MARGIN + min(shown[r][0], ORG_DEPTH) * ORG_INDENT
        lines.append(f"M{px} {p * ORG_ROW + 2 + ORG_BOX}V{r * ORG_ROW + 2 + ORG_BOX / 2:.0f}H{cx}")
    if lines:
        parts.append(f'<path class="link" aria-hidden="true" d="{"".join(lines)}"/>')
    for r, ((depth, eid), (x, label, w)) in enumerate(zip(shown, boxes)):
        node = entities[eid]
        y = r * ORG_ROW + 2
        here = eid == focus
        kind = node.entity.kind.replace("-", " ")
        name = f"{node.label} ({kind})" + (", this page" if here else "")
        current = ' aria-current="page"' if here else ""
        parts.append(
            f'<a href="{escape(url(node.route))}"{current}><title>{escape(name)}</title>'
            f'<rect class="box{" current" if here else ""}" x="{x}" y="{y}" width="{w:.1f}" height="{ORG_BOX}" rx="3"/>'
            f'<text x="{x + 8}" y="{y + 15}">{escape(label)}</text></a>'
        )
    parts.append("</svg>")
    if focus is None:
        trees = len([1 for d, _ in rows if d == 0])
        caption = f"{total} entities in {trees} hierarch{'y' if trees == 1 else 'ies'}"
    else:
        caption = f"Where {entities[focus].label} sits: " + " › ".join(entities[i].label for i in chain + [focus])
        if mine:
            caption += f", with {len(mine)} part{'' if len(mine) == 1 else 's'}"
    if total > len(shown):
        caption += f"; the first {len(shown)} are drawn, and each entity's own page shows where it sits"
    return Chart(Markup("".join(parts)), caption + ".")


def _has_parent(node, entities: dict) -> bool:
    parent = node.entity.parent
    return bool(parent and parent in entities and parent != node.id)


def _walk(root: str, children, order, rows: list) -> None:
    """Append (depth, id) for a tree in reading order; iterative, since a parent chain may be thousands deep."""
    stack = [(0, root)]
    while stack:
        depth, eid = stack.pop()
        rows.append((depth, eid))
        stack += [(depth + 1, c) for c in reversed(order(children.get(eid, ())))]
