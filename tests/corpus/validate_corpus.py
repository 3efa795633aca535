#!/usr/bin/env python3
"""Sanity checks for the test corpus (not a test of briefing itself).

    python3 tests/corpus/validate_corpus.py

Checks that every expected/*.yaml parses and has exactly the documented keys,
that dates are partial dates, that listed entity ids exist in
content/entities/, that debris / must_contain / headings strings really occur in
the article, that the CRLF / BOM fixtures still have those bytes, and
cross-checks each expected entity list against a rough, independent matcher
(whole-word name/short_name/aliases/native_name; substring for CJK), run two
ways: counting names nested inside longer names, and longest-match only.
Exit status 1 on errors; matcher disagreements are errors too, because the
corpus is written so that both readings give the same answer.
"""
import html
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
KEYS = ['title', 'published', 'updated', 'event_date', 'event_precision', 'dateline', 'publisher',
        'attributed_to', 'byline', 'entities', 'must_contain', 'debris', 'headings', 'bullets']
KINDS = {'country', 'city', 'alliance', 'command', 'armed-force', 'ministry', 'government',
         'fund', 'organisation', 'person'}
SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
PARTIAL = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]')
CRLF_FILES = {'09-markdown-crlf.md', '20-portal-crlf.txt'}
BOM_FILES = {'10-markdown-utf8-bom.md'}

errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def partial_ok(v):
    import datetime
    if not isinstance(v, str) or not PARTIAL.match(v):
        return False
    parts = [int(p) for p in v.split('-')]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def load_entities():
    ents = {}
    for p in sorted((ROOT / 'content' / 'entities').glob('*.yaml')):
        data = yaml.safe_load(p.read_text(encoding='utf-8'))
        if not isinstance(data, dict):
            err(p.name, 'must hold one mapping')
            continue
        eid = data.get('id')
        if not eid or not SLUG.match(eid) or p.stem != eid:
            err(p.name, f'bad id {eid!r}')
        for k in ('name', 'kind'):
            if not data.get(k):
                err(p.name, f'missing {k}')
        if data.get('kind') not in KINDS:
            err(p.name, f'bad kind {data.get("kind")!r}')
        if data.get('native_name') and not data.get('native_lang'):
            err(p.name, 'native_name without native_lang')
        for k in ('founded',):
            if k in data and not partial_ok(str(data[k])):
                err(p.name, f'{k} not a partial date')
        for f in data.get('facts') or []:
            if not f.get('text') or not f.get('sources'):
                err(p.name, f'fact without text/sources: {f}')
            if 'date' in f and not partial_ok(str(f['date'])):
                err(p.name, f'fact date not partial: {f["date"]}')
        ents[eid] = data
    for eid, d in ents.items():
        for k in ('parent', 'headquarters'):
            if d.get(k) and d[k] not in ents:
                err(eid, f'{k} {d[k]!r} is not an entity id')
    return ents


def names_of(d):
    out = [d['name']]
    for k in ('short_name', 'native_name'):
        if d.get(k):
            out.append(d[k])
    out += d.get('aliases') or []
    return out


def find_spans(text, ents):
    spans = []
    for eid, d in ents.items():
        for n in set(names_of(d)):
            if CJK.search(n):
                pat = re.escape(n)
            else:
                pat = r'(?<![A-Za-z0-9])' + re.escape(n) + r'(?![A-Za-z0-9])'
            for m in re.finditer(pat, text):
                spans.append((m.start(), m.end(), eid))
    return spans


def match_all(text, ents):
    return sorted({e for _, _, e in find_spans(text, ents)})


def match_longest(text, ents):
    taken, found = [], set()
    for s, e, eid in sorted(find_spans(text, ents), key=lambda t: (-(t[1] - t[0]), t[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        found.add(eid)
    return sorted(found)


def rough_body(raw, suffix, exp):
    text = raw.lstrip('\ufeff').replace('\r\n', '\n')
    if suffix == '.md':
        m = re.match(r'^---\n.*?\n---\n', text, re.S)
        text = text[m.end():] if m else text
    text = re.sub(r'<(script|style)\b.*?</\1>', '', text, flags=re.S | re.I)
    text = re.sub(r'<[^>]+>', '\n', text)
    text = html.unescape(text)
    lines = [l.strip() for l in text.split('\n')]
    out, prev = [], None
    for i, l in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if not l or l in (prev, nxt):            # blank or repeated caption
            prev = l
            continue
        prev = l
        if l.rstrip('.') == exp['title'] or l.startswith(('By ', 'Posted by')):
            continue
        if any(d in l for d in exp['debris']):
            continue
        out.append(l)
    return '\n'.join(out)


def word_count(text):
    cjk = len(CJK.findall(text))
    return len(re.findall(r'[A-Za-z0-9]+', CJK.sub(' ', text))) + cjk // 2


def main():
    ents = load_entities()
    arts = {p.stem: p for p in (ROOT / 'articles').iterdir() if p.suffix in ('.txt', '.md')}
    exps = {p.stem: p for p in (ROOT / 'expected').glob('*.yaml')}
    for s in sorted(set(arts) ^ set(exps)):
        err(s, 'article without expected file or vice versa')
    for stem in sorted(set(arts) & set(exps)):
        if not re.match(r'^\d\d-[a-z0-9]+(-[a-z0-9]+)*$', stem):
            err(stem, 'file name is not NN-short-name')
        ap = arts[stem]
        data = ap.read_bytes()
        raw = data.decode('utf-8')
        # special bytes
        if ap.name in BOM_FILES:
            if not data.startswith(b'\xef\xbb\xbf'):
                err(stem, 'expected a UTF-8 BOM')
        elif data.startswith(b'\xef\xbb\xbf'):
            err(stem, 'unexpected BOM')
        nl, crlf = data.count(b'\n'), data.count(b'\r\n')
        if ap.name in CRLF_FILES:
            if nl == 0 or crlf != nl:
                err(stem, 'expected CRLF line endings throughout')
        elif crlf:
            err(stem, 'unexpected CRLF')
        try:
            exp = yaml.safe_load(exps[stem].read_text(encoding='utf-8'))
        except yaml.YAMLError as e:
            err(stem, f'expected YAML does not parse: {e}')
            continue
        if not isinstance(exp, dict) or list(exp) != KEYS:
            err(stem, f'keys must be exactly {KEYS}')
            continue
        for k in ('published', 'updated', 'event_date'):
            if exp[k] is not None and not partial_ok(exp[k]):
                err(stem, f'{k} {exp[k]!r} is not a partial date string')
        prec = {4: 'year', 7: 'month', 10: 'day'}.get(len(exp['event_date'] or ''))
        if exp['event_precision'] != prec:
            err(stem, 'event_precision does not match event_date')
        for k in ('title', 'dateline', 'publisher', 'attributed_to', 'byline'):
            if exp[k] is not None and (not isinstance(exp[k], str) or not exp[k].strip()):
                err(stem, f'{k} must be a non-empty string or null')
        if not exp['title'] or exp['title'].endswith('.'):
            err(stem, 'title missing or ends with a full stop')
        if exp['entities'] != sorted(set(exp['entities'])):
            err(stem, 'entities must be sorted and unique')
        for e in exp['entities']:
            if e not in ents:
                err(stem, f'unknown entity id {e!r}')
        if not isinstance(exp['bullets'], int) or exp['bullets'] < 0:
            err(stem, 'bullets must be an int >= 0')
        if not 1 <= len(exp['must_contain']) <= 3:
            err(stem, 'must_contain needs 1-3 phrases')
        text = raw.replace('\r\n', '\n')
        decoded = html.unescape(text)
        for k in ('must_contain', 'headings'):
            for s in exp[k]:
                if s not in decoded:
                    err(stem, f'{k} string not in article: {s!r}')
        for s in exp['debris']:
            if s not in text:
                err(stem, f'debris string not in article: {s!r}')
        body = rough_body(raw, ap.suffix, exp)
        for s in exp['debris']:
            for m in exp['must_contain']:
                if s in m:
                    err(stem, f'debris {s!r} inside must_contain {m!r}')
        n = word_count(body)
        if not 80 <= n <= 350:
            err(stem, f'body is {n} words (want 80-350)')
        a, b = match_all(body, ents), match_longest(body, ents)
        if a != exp['entities'] or b != exp['entities']:
            err(stem, f'entity cross-check differs:\n   expected {exp["entities"]}\n   all-names {a}\n   longest   {b}')
    for e in errors:
        print('ERROR', e)
    print(f'{len(arts)} articles, {len(exps)} expected files, {len(ents)} entities, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
