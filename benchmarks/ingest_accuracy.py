#!/usr/bin/env python3
"""Print how faithfully the corpus articles are read, field by field, and how long reading takes.

    PYTHONPATH=. python benchmarks/ingest_accuracy.py [--corpus DIR ...] [--verbose]

Every article in CORPUS/articles is loaded and linked as the seed of one
briefing with CORPUS/content/entities (the tuned corpus's entities when the
corpus has none), exactly as `build` reads it, and compared with
CORPUS/expected. Entities are scored by precision and recall over all articles
(an entity found but not expected is a false positive).

By default the corpora are scored apart: tests/corpus, on which the reader's
rules were written (target: every field at 100%; a rule change that lowers a
figure needs a reason), and tests/corpus/unseen, written before any rule was
changed for it and frozen since (issue 13's targets: titles and dates at least
95%, pages free of furniture at least 95%, entity precision 100%, recall at
least 95%). A third, tests/corpus/holdout, was written after the reader was
generalised, without reading its code, and scored only once frozen: the honest
figure for articles nobody tuned for. A fourth, tests/corpus/holdout2, was
written the same way while the reader was being changed against holdout/, so
it stays honest after holdout/ has been tuned on. A fifth, tests/corpus/holdout3,
was written blind in the same way while the reader was being changed against
holdout2/, and is reported apart for the same reason; holdout2/ was tuned on in
the third round. A sixth, tests/corpus/holdout4, was written blind while the
fourth round was tuned on holdout3/, and committed before anything scored it;
the fifth round tuned on it. A seventh, tests/corpus/holdout5, was written
blind while the fifth round ran, and the sixth round tuned on it. An eighth,
tests/corpus/holdout6, was written blind while the sixth round ran, and the
seventh round tuned on it. holdout7/ (ordinary news pages) and holdout8/
(document shapes no earlier set has) were written blind after the seventh
round; the eighth round tuned on holdout8/ while holdout7/ was being written.
holdout9/ (ordinary news pages again) was written blind beside holdout7/ and
scored once after the eighth round; the ninth round tuned on both.
holdout11/ (ordinary news pages) was written blind while the ninth round ran,
scored once after it, and the tenth round tuned on it. holdout12/ (ordinary
news pages) was written blind beside holdout11/ and scored once after the
tenth round, and so was holdout10/, written beside both; the eleventh round
tuned on holdout10/ and holdout12/ while holdout13/ and holdout14/ (ordinary
news pages, Europe and the Americas; Asia, Africa, the Middle East and
Oceania) were being written blind; both were scored once after it. The
learnt line model (generator/articles/lineroles.py) was fitted on the sixteen
sets up to holdout14; holdout15/ and holdout16/, written blind while it was
being made and scored once after it was frozen, were then added to its
training; holdout17/ and holdout18/, written blind after that, were scored
once and then added too (with a refit); holdout19/ and holdout20/, written
blind after the refit, likewise (a second refit); holdout21/ to holdout24/,
written blind after that, were scored once, then the rules were changed for
them and the model refitted on them with a fourth part, the publication stamp
(a third refit); holdout25/ and holdout26/, written blind during that round,
were scored once with the reader frozen, then two rules were written against
their failures; holdout27/ and holdout28/, written blind after that, were
scored once with the reader frozen again, then one rule was written against
their failures; holdout29/ and holdout30/, written blind after that, were
scored once with the reader frozen a third time; holdout31/ and holdout32/,
written blind after that, were scored once with the reader frozen (54d3145);
then the thirteenth round's rules were written against holdout24/ to holdout32/
and the model refitted on all sets up to holdout32/; holdout33/, written blind
meanwhile, was scored once with the reader frozen (6e2698f) and never tuned on;
holdout34/, written blind beside it and delivered after, was scored once with
the reader at the end of the round (its reading identical to 6e2698f's); the
fourteenth round tuned on both; holdout35/, written blind at its start, was
scored once with the reader frozen (d0abf34), then tuned on; holdout36/,
written blind beside it, was scored once with the reader frozen again
(88c44ae), then tuned on; holdout37/ and holdout38/, written blind after
that, were scored once with the reader frozen a third time (0f786bd);
holdout38 was then tuned on, holdout37 not in that round (the round's last
reader read it as 0f786bd did). The fifteenth round tuned on holdout37 too;
holdout39/ and holdout40/, written blind at its start, were scored once with
the reader frozen (44a225e), then tuned on; holdout41/ and holdout42/, written
blind after that, were scored once with the reader frozen a second time
(6a808b9), then tuned on; holdout43/ and holdout44/, written blind after
that, were scored once with the reader frozen a third time (f565951) and
the sixteenth round tuned on them; holdout45/ and holdout46/, written blind
while it ran, were scored once with the reader frozen at its end (2e1fca1),
then tuned on by the seventeenth; holdout47/ and holdout48/, written blind
while that ran, were scored once with the reader frozen at its end (851d5cb),
and holdout49/ and holdout50/, written blind after that, were scored once
with the reader of e453e17 (851d5cb's and one date fix that moved no set's
score); the eighteenth round tuned on those four; holdout51/ to holdout54/,
written blind while it ran, were scored once with the reader frozen at its
end (ac4a14b), then tuned on by the nineteenth; holdout55/ and holdout57/,
written blind while that ran, were scored once with the reader frozen at
its end (1ece8b9), and holdout58/, which arrived after the freeze, with the
same reader (fb43396), then tuned on by the twentieth; holdout61/ and
holdout62/, written blind while it ran, were scored once with the reader
frozen at its end (e7b9cc9), then tuned on by the twenty-first; holdout63/,
holdout64/, holdout65/, holdout66/, holdout67/, holdout69/ and holdout70/, written blind
while that ran, were scored once with the reader frozen at its end (46552e1):
the README's honest figure, then tuned on by the twenty-second; holdout72/, written blind while
that ran, was scored once with the reader frozen at dbe5547, then tuned on; holdout71/, holdout73/,
holdout74/, holdout76/ and holdout77/, written beside it and arriving last, were scored once with that reader,
then tuned on by the twenty-third round; holdout78/ to holdout82/, written blind while that ran, were scored once
with the reader frozen at b3f46f8, then tuned on; holdout83/ to holdout87/, written blind at its end, were
scored once with its last reader (13e0f37), then tuned on by the twenty-fourth round; holdout88/ to holdout92/,
written blind while that ran, were scored once with the reader frozen at 9d14285, then tuned on; holdout93/ to
holdout97/, written blind while it went on, were scored once with the reader frozen at cd23304, then tuned on;
holdout98/ to holdout102/, written blind at its end, were scored once with its last reader (be601c8), then tuned on
by the twenty-fifth round; holdout103/ to holdout107/, written blind while that ran, were scored once with the
reader frozen at f2f97e1, then tuned on; holdout108/ to holdout112/, written blind while it went on, were scored once
with the reader frozen at 7c0e4ee, then tuned on; holdout113/ to holdout117/, written blind after that, were scored
once with the reader frozen at 9b6b549, then tuned on; holdout118/ to holdout122/, written blind after that, were
scored once with the reader frozen at 077112c, then tuned on in part at the round's end and in full by the
twenty-sixth; holdout123/ to holdout127/, written blind while that ran, were scored once with the reader frozen at
4900a9d, then tuned on; holdout128/ to holdout132/, written blind while it went on, were scored once with the reader
frozen at c5f6ee8, then tuned on; holdout133/ to holdout137/, written blind after that, were scored once with the
reader frozen at 9e8a6f8, then tuned on; holdout138/ to holdout142/, written blind after that, were scored once with
the reader frozen at 228ef08, then tuned on; holdout143/ to holdout147/, written blind at its end, were scored once
with its last reader (98e745a), then tuned on in the twenty-seventh round; holdout148/ to holdout152/, written
blind while that round began, were scored once with the reader frozen at 7943bc1 (after it tuned on holdout143-147), then tuned on; holdout153/
to holdout157/, written blind while that went on, were scored once with the reader frozen at cf0a444, then tuned on;
holdout158/ to holdout162/, written blind after that, were scored once with the reader frozen at 3a035cd, then
tuned on; holdout163/ to holdout167/, written blind at the round's end, were scored once with its last reader
(4027301), then tuned on in part (48 mismatches to 37) and by the twenty-eighth round (to 3); holdout168/ to holdout172/,
written blind while that round began, were scored once with the reader frozen at 4ae6e90, then tuned on; holdout173/
to holdout177/, written blind while it went on, were scored once with the reader frozen at 222c28d, then tuned on;
holdout178/ to holdout182/, written blind after that, were scored once with the reader frozen at ca29fc6, then tuned on;
holdout183/ to holdout187/, written blind after that, were scored once with the reader frozen at c28dbc9, then tuned on;
holdout188/ to holdout192/, written blind after that, were scored once with the reader frozen at 79c5b2b, then tuned on;
holdout193/ to holdout197/, written blind at the round's end, were scored once with its last reader (d6996d2), then
tuned on in part (36 mismatches to 24) and in full by the twenty-ninth round; holdout198/ to holdout202/, written blind
while that round began, were scored once with the reader frozen at 96dfbd8, then tuned on; holdout203/ to holdout207/,
written blind while it went on, were scored once with the reader frozen at 114836d, then tuned on; holdout208/ to
holdout212/, written blind after that, were scored once with the reader frozen at e4d8fb9, then tuned on; holdout213/
to holdout217/, written blind after that, were scored once with the reader frozen at 850ee37, then tuned on;
holdout218/ to holdout222/, written blind after that, were scored once with the reader frozen at cd9d7be, then tuned on;
holdout223/ to holdout227/, written blind after that, were scored once with the reader frozen at 52aac3c, then tuned on;
holdout228/ to holdout232/, written blind at the round's end, were scored once with its last reader (a8d7cd3), then
tuned on. holdout233/ to holdout237/, written blind as the thirtieth round began, were scored once with the reader
frozen at 93cbcbf, then tuned on; holdout238/ to holdout242/, written blind after that, were scored once with the
reader frozen at b79791c, then tuned on; holdout243/ to holdout247/, written blind after that, were scored once
with the reader frozen at 5e04022, then tuned on; holdout248/ to holdout252/, written blind after that, were scored
once with the reader frozen at f844955, then tuned on; holdout253/ to holdout257/, written blind after that, were
scored once with the reader frozen at 704c3e3, then tuned on in part; holdout258/ to holdout262/,
written blind at the round's end, were scored once with its last reader (65eb8ed), then tuned on in part.
holdout263/ to holdout267/, written blind as the thirty-first round began, were scored once with the reader frozen
at 18f152a, then tuned on; holdout268/ to holdout272/, written blind after that, were scored once with the reader
frozen at 55e2d4e, then tuned on; holdout273/ to holdout277/, written blind after that, were scored once with the
reader frozen at 5d1b1d2, then tuned on. holdout278/ to holdout282/, written blind as the thirty-second round began,
were scored once with the reader frozen at 012ff6d, then tuned on; holdout283/ to holdout287/, written blind after that,
were scored once with the reader frozen at 4e4986b, then tuned on; holdout288/ to holdout292/, written blind after
that, were scored once with the reader frozen at 076d663, then tuned on; holdout293/ to holdout297/, written blind
after that, were scored once with the reader frozen at 9f6f8dd, then tuned on; holdout298/ to holdout302/, written
blind at the round's end, were scored once with its last reader (1450993), then tuned on in part; holdout303/ to
holdout307/, written blind after that, were scored once with the reader frozen at a4cc96d, then tuned on. holdout308/ to
holdout312/, written blind as the thirty-third round began, were scored once with the reader frozen at 8c84587, then
tuned on; holdout313/ to holdout322/, written blind after that, were scored once with the reader frozen at ca73926, then
tuned on; holdout323/ to holdout332/, written blind after that, were scored once with the reader frozen at 9fc08af,
then tuned on in part. holdout333/ to holdout337/, written blind as the thirty-fourth round began, were scored once
with the reader frozen at cdfc2e9, then tuned on in part; holdout338/ to holdout342/, written blind after that, were
scored once with the reader frozen at b0b9e41, then tuned on; holdout343/ to holdout347/, written blind after that,
were scored once with the reader frozen at 22b2b1e, then tuned on; holdout348/ to holdout352/, written blind after
that, were scored once with the reader frozen at bd979c9, then tuned on; holdout353/ to holdout357/, written blind
after that, were scored once with the reader frozen at a41c522, then tuned on in part; holdout358/ to holdout362/,
written blind at the round's end, were scored once with its last reader (ce991bb), then tuned on. holdout363/ to
holdout367/, written blind as the thirty-fifth round began, were scored once with the reader frozen at 3513614, then
tuned on; holdout368/ to holdout372/, written blind after that, were scored once with the reader frozen at d35507d, then
tuned on; holdout373/ to holdout377/, written blind after those, were scored once with the reader frozen at 5a50d49, then
tuned on; holdout378/ to holdout382/, written blind after those, were scored once with the reader frozen at 62328a3, then
tuned on; holdout383/ to holdout387/, written blind at the round's end, were scored once with its last reader (98d173b),
then tuned on. holdout388/ to holdout392/, written blind as the thirty-sixth round began, were scored once with the
reader frozen at a92f582,
then tuned on. holdout393/ to holdout397/, written blind in the thirty-sixth round, were scored once with the
reader frozen at 0f645f3,
then tuned on. holdout398/ to holdout402/, written blind in the thirty-sixth round, were scored once with the
reader frozen at 195801f,
then tuned on. holdout403/ to holdout407/, written blind in the thirty-sixth round, were scored once with the
reader frozen at a852b6e,
then tuned on. holdout408/ to holdout412/, written blind at the thirty-sixth round's end, were scored once with the
reader frozen at c40b1d5 (the round's last),
then tuned on. holdout413/ to holdout417/, written blind as the thirty-seventh round began, were scored once with the
reader frozen at 0b4495f,
then tuned on. holdout418/ to holdout422/, written blind in the thirty-seventh round, were scored once with the
reader frozen at 2a1405a,
then tuned on. holdout423/ to holdout427/, written blind in the thirty-seventh round, were scored once with the
reader frozen at 3433256,
then tuned on. holdout428/ to holdout432/, written blind in the thirty-seventh round, were scored once with the
reader frozen at 0ee6926,
then tuned on. holdout433/ to holdout437/, written blind at the thirty-seventh round's end, were scored once with the
reader frozen at b585307 (the round's last),
then tuned on. holdout438/ to holdout442/, written blind as the thirty-eighth round began, were scored once with the
reader frozen at 2928879,
then tuned on. holdout443/ to holdout447/, written blind in the thirty-eighth round, were scored once with the
reader frozen at d82ded7,
then tuned on. holdout448/ to holdout452/, written blind in the thirty-eighth round, were scored once with the
reader frozen at 42c6c5c,
then tuned on. holdout453/ to holdout457/, written blind at the thirty-eighth round's end, were scored once with the
reader frozen at da0b7f4 (the round's last),
then tuned on. holdout458/ to holdout462/, written blind as the thirty-ninth round began, were scored once with the
reader frozen at ce7e7db,
then tuned on. holdout463/ to holdout467/, written blind in the thirty-ninth round, were scored once with the
reader frozen at 681d682,
then tuned on. holdout468/ to holdout472/, written blind in the thirty-ninth round, were scored once with the
reader frozen at b830bf7,
then tuned on. holdout473/ to holdout482/, written blind in the fortieth round, were scored once with the
reader frozen at a8186ff,
then tuned on. holdout483/ to holdout487/, written blind in the fortieth round, were scored once with the
reader frozen at 6100d03,
then tuned on. holdout488/ to holdout492/, written blind in the fortieth round, were scored once with the
reader frozen at 3ffeb34, then tuned on. holdout493/ to holdout497/, written blind in the forty-first round, were scored
once with the same reader frozen again at a161e74, then tuned on.
holdout498/ to holdout502/, written blind in the forty-first round, were scored once with the reader frozen at
e1b05bb, then tuned on.
holdout503/ to holdout507/, written blind in the forty-first round, were scored once with the reader frozen at
40acf2e, then tuned on.
holdout508/ to holdout512/, written blind in the forty-second round, were scored once with the reader frozen at
b2dda0e, then tuned on.
holdout513/ to holdout517/, written blind in the forty-second round, were scored once with the reader frozen at
fa605d0, then tuned on.
holdout518/ to holdout522/, written blind in the forty-second round, were scored once with the reader frozen at
85a66b7, then tuned on.
holdout523/ to holdout527/, written blind in the forty-second round, were scored once with the reader frozen at
dbe7932, then tuned on.
holdout528/ to holdout532/, written blind in the forty-second round, were scored once with the reader frozen at
0df9566, then tuned on.
holdout533/ to holdout537/, written blind in the forty-third round, were scored once with the reader frozen at
90ae839, then tuned on.
holdout538/ to holdout542/, written blind in the forty-third round, were scored once with the reader frozen at
4e09f36, then tuned on.
holdout543/ to holdout547/, written blind in the forty-third round, were scored once with the reader frozen at
33ee027, then tuned on.
holdout548/ to holdout552/, written blind in the forty-third round, were scored once with the reader frozen at
a8e3e14, then tuned on.
holdout553/ to holdout557/, written blind in the forty-third round, were scored once with the reader frozen at
cd86008, then tuned on.
holdout558/ to holdout562/, written blind in the forty-third round, were scored once with the reader frozen at
a0fbdc2, then tuned on.
holdout563/ to holdout567/, written blind in the forty-fourth round, were scored once with the reader frozen at
ec4c850, then tuned on.
holdout568/ to holdout570/, written blind in the forty-fourth round, were scored once with the reader frozen at
ec4c850, not yet tuned on.
HELD_OUT below says which sets have been tuned on. --rules-only scores the rules without the model.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.articles import lineroles, parse_text_article  # noqa: E402
from generator.diagnostics import BuildFailed  # noqa: E402
from generator.link import link_site  # noqa: E402
from generator.load import load_content  # noqa: E402
from generator.mentions import MentionFinder  # noqa: E402

FIELDS = (
    "title", "published", "updated", "event_date", "event_end", "dateline", "publisher", "attributed_to", "byline",
    "headings", "bullets", "debris-free", "must_contain",
)
TUNED = REPO / "tests" / "corpus"
# Every set kept apart, in the order it was written, with how far the rules were fitted to it.
HELD_OUT = {
    "unseen": "unseen: written before the rules, then used to tune them",
    "holdout": "holdout: written after the first round, then used to tune the second",
    "holdout2": "holdout2: written blind, then used to tune the third round",
    "holdout3": "holdout3: written blind, then used to tune the fourth round",
    "holdout4": "holdout4: written blind, then used to tune the fifth round",
    "holdout5": "holdout5: written blind, then used to tune the sixth round",
    "holdout6": "holdout6: written blind, then used to tune the seventh round",
    "holdout7": "holdout7: written blind, scored once, then used to tune the ninth round",
    "holdout8": "holdout8: written blind, scored once, then used to tune the eighth round",
    "holdout9": "holdout9: written blind, scored once, then used to tune the ninth round",
    "holdout10": "holdout10: written blind, scored once after the tenth round, then used to tune the eleventh",
    "holdout11": "holdout11: written blind, scored once after the ninth round, then used to tune the tenth",
    "holdout12": "holdout12: written blind, scored once after the tenth round, then used to tune the eleventh",
    "holdout13": "holdout13: written blind, scored once after the eleventh round; no rule fitted to it, the line model is",
    "holdout14": "holdout14: written blind, scored once after the eleventh round; no rule fitted to it, the line model is",
    "holdout15": "holdout15: written blind while the line model was made, scored once after it, then the model fitted on it",
    "holdout16": "holdout16: written blind while the line model was made, scored once after it, then the model fitted on it",
    "holdout17": "holdout17: written blind after the line model, scored once, then the model refitted on it",
    "holdout18": "holdout18: written blind after the line model, scored once, then the model refitted on it",
    "holdout19": "holdout19: written blind after the model's refit, scored once, then the model refitted on it",
    "holdout20": "holdout20: written blind after the model's refit, scored once, then the model refitted on it",
    "holdout21": "holdout21: written blind after the model's second refit, scored once, then the rules and a third refit tuned on it",
    "holdout22": "holdout22: written blind after the model's second refit, scored once, then the rules and a third refit tuned on it",
    "holdout23": "holdout23: written blind after the model's second refit, scored once, then the rules and a third refit tuned on it",
    "holdout24": "holdout24: written blind after the model's second refit, scored once, then the rules and a third refit tuned on it",
    "holdout25": "holdout25: written blind during the third refit's round, scored once with the reader frozen, then two rules were written against it",
    "holdout26": "holdout26: written blind during the third refit's round, scored once with the reader frozen, then two rules were written against it",
    "holdout27": "holdout27: written blind after holdout25/26 were scored, scored once with the reader frozen, then one rule was written against it",
    "holdout28": "holdout28: written blind after holdout25/26 were scored, scored once with the reader frozen, then one rule was written against it",
    "holdout29": "holdout29: written blind after holdout27/28 were scored, scored once with the reader frozen, then tuned on",
    "holdout30": "holdout30: written blind after holdout27/28 were scored, scored once with the reader frozen, then tuned on",
    "holdout31": "holdout31: written blind after holdout29/30 were scored, scored once with the reader frozen (54d3145), then tuned on",
    "holdout32": "holdout32: written blind after holdout29/30 were scored, scored once with the reader frozen (54d3145), then tuned on",
    "holdout33": "holdout33: written blind after holdout31/32 were written, scored once with the reader frozen (6e2698f), then tuned on in the fourteenth round",
    "holdout34": "holdout34: written blind beside holdout33, scored once with the thirteenth round's last reader (as 6e2698f reads it), then tuned on in the fourteenth round",
    "holdout35": "holdout35: written blind at the fourteenth round's start, scored once with the reader frozen (d0abf34), then tuned on",
    "holdout36": "holdout36: written blind beside holdout35, scored once with the reader frozen a second time (88c44ae), then tuned on",
    "holdout37": "holdout37: written blind after holdout35/36 were scored, scored once with the reader frozen a third time (0f786bd), tuned on from the fifteenth round",
    "holdout38": "holdout38: written blind beside holdout37, scored once with the reader frozen a third time (0f786bd), then tuned on",
    "holdout39": "holdout39: written blind at the fifteenth round's start, scored once with the reader frozen (44a225e), then tuned on",
    "holdout40": "holdout40: written blind beside holdout39, scored once with the reader frozen (44a225e), then tuned on",
    "holdout41": "holdout41: written blind after holdout39/40 were scored, scored once with the reader frozen a second time (6a808b9), then tuned on",
    "holdout42": "holdout42: written blind beside holdout41, scored once with the reader frozen a second time (6a808b9), then tuned on",
    "holdout43": "holdout43: written blind after holdout41/42 were scored, scored once with the reader frozen a third time (f565951), then tuned on",
    "holdout44": "holdout44: written blind beside holdout43, scored once with the third freeze's reading (f565951), then tuned on",
    "holdout45": "holdout45: written blind while the sixteenth round ran, scored once with the reader frozen at its end (2e1fca1), then tuned on",
    "holdout46": "holdout46: written blind beside holdout45, scored once with the reader frozen at 2e1fca1, then tuned on",
    "holdout47": "holdout47: written blind while the seventeenth round ran, scored once with the reader frozen at its end (851d5cb), then tuned on",
    "holdout48": "holdout48: written blind beside holdout47, scored once with the reader frozen at 851d5cb, then tuned on",
    "holdout49": "holdout49: written blind after holdout47/48 were scored, scored once with the reader of e453e17, then tuned on",
    "holdout50": "holdout50: written blind beside holdout49, scored once with the reader of e453e17, then tuned on",
    "holdout51": "holdout51: written blind while the eighteenth round ran, scored once with the reader frozen at its end (ac4a14b), then tuned on",
    "holdout52": "holdout52: written blind beside holdout51, scored once with the reader frozen at ac4a14b, then tuned on",
    "holdout53": "holdout53: written blind beside holdout51, scored once with the reader frozen at ac4a14b, then tuned on",
    "holdout54": "holdout54: written blind beside holdout51, scored once with the reader frozen at ac4a14b, then tuned on",
    "holdout55": "holdout55: written blind while the nineteenth round ran, scored once with the reader frozen at its end (1ece8b9), then tuned on",
    "holdout57": "holdout57: written blind beside holdout55, scored once with the reader frozen at 1ece8b9, then tuned on",
    "holdout58": "holdout58: written blind beside holdout55, arrived after the freeze, scored once with its reader (fb43396), then tuned on",
    "holdout61": "holdout61: written blind while the twentieth round ran, scored once with the reader frozen at its end (e7b9cc9), then tuned on",
    "holdout62": "holdout62: written blind beside holdout61, scored once with the reader frozen at e7b9cc9, then tuned on",
    "holdout63": "holdout63: written blind while the twenty-first round ran, scored once with the reader frozen at its end (46552e1), the honest figure, then tuned on by the twenty-second round",
    "holdout64": "holdout64: written blind beside holdout63, scored once with the reader frozen at 46552e1, the honest figure, then tuned on by the twenty-second round",
    "holdout65": "holdout65: written blind beside holdout63, scored once with the reader frozen at 46552e1, the honest figure, then tuned on by the twenty-second round",
    "holdout66": "holdout66: written blind beside holdout63, scored once with the reader frozen at 46552e1, the honest figure, then tuned on by the twenty-second round",
    "holdout67": "holdout67: written blind beside holdout63, scored once with the reader frozen at 46552e1, the honest figure, then tuned on by the twenty-second round",
    "holdout69": "holdout69: written blind beside holdout63, scored once with the reader frozen at 46552e1, the honest figure, then tuned on by the twenty-second round",
    "holdout70": "holdout70: written blind beside holdout63, scored once with the reader frozen at 46552e1, the honest figure, then tuned on by the twenty-second round",
    "holdout71": "holdout71: written blind beside holdout72, scored once with the reader frozen at dbe5547, then tuned on by the twenty-third round",
    "holdout72": "holdout72: written blind while the twenty-second round ran, scored once with the reader frozen at dbe5547, then tuned on",
    "holdout73": "holdout73: written blind beside holdout72, scored once with the reader frozen at dbe5547, then tuned on by the twenty-third round",
    "holdout74": "holdout74: written blind beside holdout72, scored once with the reader frozen at dbe5547, then tuned on by the twenty-third round",
    "holdout76": "holdout76: written blind beside holdout72, scored once with the reader frozen at dbe5547, then tuned on by the twenty-third round",
    "holdout77": "holdout77: written blind beside holdout72, scored once with the reader frozen at dbe5547, then tuned on by the twenty-third round",
    "holdout78": "holdout78: written blind while the twenty-third round ran, scored once with the reader frozen at b3f46f8, then tuned on",
    "holdout79": "holdout79: written blind while the twenty-third round ran, scored once with the reader frozen at b3f46f8, then tuned on",
    "holdout80": "holdout80: written blind while the twenty-third round ran, scored once with the reader frozen at b3f46f8, then tuned on",
    "holdout81": "holdout81: written blind while the twenty-third round ran, scored once with the reader frozen at b3f46f8, then tuned on",
    "holdout82": "holdout82: written blind while the twenty-third round ran, scored once with the reader frozen at b3f46f8, then tuned on",
    "holdout83": "holdout83: written blind at the twenty-third round's end, scored once with its last reader (13e0f37), then tuned on by the twenty-fourth round",
    "holdout84": "holdout84: written blind at the twenty-third round's end, scored once with its last reader (13e0f37), then tuned on by the twenty-fourth round",
    "holdout85": "holdout85: written blind at the twenty-third round's end, scored once with its last reader (13e0f37), then tuned on by the twenty-fourth round",
    "holdout86": "holdout86: written blind at the twenty-third round's end, scored once with its last reader (13e0f37), then tuned on by the twenty-fourth round",
    "holdout87": "holdout87: written blind at the twenty-third round's end, scored once with its last reader (13e0f37), then tuned on by the twenty-fourth round",
    "holdout88": "holdout88: written blind while the twenty-fourth round ran, scored once with the reader frozen at 9d14285, then tuned on",
    "holdout89": "holdout89: written blind while the twenty-fourth round ran, scored once with the reader frozen at 9d14285, then tuned on",
    "holdout90": "holdout90: written blind while the twenty-fourth round ran, scored once with the reader frozen at 9d14285, then tuned on",
    "holdout91": "holdout91: written blind while the twenty-fourth round ran, scored once with the reader frozen at 9d14285, then tuned on",
    "holdout92": "holdout92: written blind while the twenty-fourth round ran, scored once with the reader frozen at 9d14285, then tuned on",
    "holdout93": "holdout93: written blind while the twenty-fourth round ran, scored once with the reader frozen at cd23304, then tuned on",
    "holdout94": "holdout94: written blind while the twenty-fourth round ran, scored once with the reader frozen at cd23304, then tuned on",
    "holdout95": "holdout95: written blind while the twenty-fourth round ran, scored once with the reader frozen at cd23304, then tuned on",
    "holdout96": "holdout96: written blind while the twenty-fourth round ran, scored once with the reader frozen at cd23304, then tuned on",
    "holdout97": "holdout97: written blind while the twenty-fourth round ran, scored once with the reader frozen at cd23304, then tuned on",
    "holdout98": "holdout98: written blind at the twenty-fourth round's end, scored once with its last reader (be601c8), then tuned on by the twenty-fifth",
    "holdout99": "holdout99: written blind at the twenty-fourth round's end, scored once with its last reader (be601c8), then tuned on by the twenty-fifth",
    "holdout100": "holdout100: written blind at the twenty-fourth round's end, scored once with its last reader (be601c8), then tuned on by the twenty-fifth",
    "holdout101": "holdout101: written blind at the twenty-fourth round's end, scored once with its last reader (be601c8), then tuned on by the twenty-fifth",
    "holdout102": "holdout102: written blind at the twenty-fourth round's end, scored once with its last reader (be601c8), then tuned on by the twenty-fifth",
    "holdout103": "holdout103: written blind in the twenty-fifth round, scored once with the reader frozen at f2f97e1, then tuned on",
    "holdout104": "holdout104: written blind in the twenty-fifth round, scored once with the reader frozen at f2f97e1, then tuned on",
    "holdout105": "holdout105: written blind in the twenty-fifth round, scored once with the reader frozen at f2f97e1, then tuned on",
    "holdout106": "holdout106: written blind in the twenty-fifth round, scored once with the reader frozen at f2f97e1, then tuned on",
    "holdout107": "holdout107: written blind in the twenty-fifth round, scored once with the reader frozen at f2f97e1, then tuned on",
    "holdout108": "holdout108: written blind in the twenty-fifth round, scored once with the reader frozen at 7c0e4ee, then tuned on",
    "holdout109": "holdout109: written blind in the twenty-fifth round, scored once with the reader frozen at 7c0e4ee, then tuned on",
    "holdout110": "holdout110: written blind in the twenty-fifth round, scored once with the reader frozen at 7c0e4ee, then tuned on",
    "holdout111": "holdout111: written blind in the twenty-fifth round, scored once with the reader frozen at 7c0e4ee, then tuned on",
    "holdout112": "holdout112: written blind in the twenty-fifth round, scored once with the reader frozen at 7c0e4ee, then tuned on",
    "holdout113": "holdout113: written blind in the twenty-fifth round, scored once with the reader frozen at 9b6b549, then tuned on",
    "holdout114": "holdout114: written blind in the twenty-fifth round, scored once with the reader frozen at 9b6b549, then tuned on",
    "holdout115": "holdout115: written blind in the twenty-fifth round, scored once with the reader frozen at 9b6b549, then tuned on",
    "holdout116": "holdout116: written blind in the twenty-fifth round, scored once with the reader frozen at 9b6b549, then tuned on",
    "holdout117": "holdout117: written blind in the twenty-fifth round, scored once with the reader frozen at 9b6b549, then tuned on",
    "holdout118": "holdout118: written blind in the twenty-fifth round, scored once with the reader frozen at 077112c, then tuned on",
    "holdout119": "holdout119: written blind in the twenty-fifth round, scored once with the reader frozen at 077112c, then tuned on",
    "holdout120": "holdout120: written blind in the twenty-fifth round, scored once with the reader frozen at 077112c, then tuned on",
    "holdout121": "holdout121: written blind in the twenty-fifth round, scored once with the reader frozen at 077112c, then tuned on",
    "holdout122": "holdout122: written blind in the twenty-fifth round, scored once with the reader frozen at 077112c, then tuned on",
    "holdout123": "holdout123: written blind in the twenty-sixth round, scored once with the reader frozen at 4900a9d, then tuned on",
    "holdout124": "holdout124: written blind in the twenty-sixth round, scored once with the reader frozen at 4900a9d, then tuned on",
    "holdout125": "holdout125: written blind in the twenty-sixth round, scored once with the reader frozen at 4900a9d, then tuned on",
    "holdout126": "holdout126: written blind in the twenty-sixth round, scored once with the reader frozen at 4900a9d, then tuned on",
    "holdout127": "holdout127: written blind in the twenty-sixth round, scored once with the reader frozen at 4900a9d, then tuned on",
    "holdout128": "holdout128: written blind in the twenty-sixth round, scored once with the reader frozen at c5f6ee8, then tuned on",
    "holdout129": "holdout129: written blind in the twenty-sixth round, scored once with the reader frozen at c5f6ee8, then tuned on",
    "holdout130": "holdout130: written blind in the twenty-sixth round, scored once with the reader frozen at c5f6ee8, then tuned on",
    "holdout131": "holdout131: written blind in the twenty-sixth round, scored once with the reader frozen at c5f6ee8, then tuned on",
    "holdout132": "holdout132: written blind in the twenty-sixth round, scored once with the reader frozen at c5f6ee8, then tuned on",
    "holdout133": "holdout133: written blind in the twenty-sixth round, scored once with the reader frozen at 9e8a6f8, then tuned on",
    "holdout134": "holdout134: written blind in the twenty-sixth round, scored once with the reader frozen at 9e8a6f8, then tuned on",
    "holdout135": "holdout135: written blind in the twenty-sixth round, scored once with the reader frozen at 9e8a6f8, then tuned on",
    "holdout136": "holdout136: written blind in the twenty-sixth round, scored once with the reader frozen at 9e8a6f8, then tuned on",
    "holdout137": "holdout137: written blind in the twenty-sixth round, scored once with the reader frozen at 9e8a6f8, then tuned on",
    "holdout138": "holdout138: written blind in the twenty-sixth round, scored once with the reader frozen at 228ef08, then tuned on",
    "holdout139": "holdout139: written blind in the twenty-sixth round, scored once with the reader frozen at 228ef08, then tuned on",
    "holdout140": "holdout140: written blind in the twenty-sixth round, scored once with the reader frozen at 228ef08, then tuned on",
    "holdout141": "holdout141: written blind in the twenty-sixth round, scored once with the reader frozen at 228ef08, then tuned on",
    "holdout142": "holdout142: written blind in the twenty-sixth round, scored once with the reader frozen at 228ef08, then tuned on",
    "holdout143": "holdout143: written blind in the twenty-sixth round, scored once with its last reader, 98e745a, then tuned on",
    "holdout144": "holdout144: written blind in the twenty-sixth round, scored once with its last reader, 98e745a, then tuned on",
    "holdout145": "holdout145: written blind in the twenty-sixth round, scored once with its last reader, 98e745a, then tuned on",
    "holdout146": "holdout146: written blind in the twenty-sixth round, scored once with its last reader, 98e745a, then tuned on",
    "holdout147": "holdout147: written blind in the twenty-sixth round, scored once with its last reader, 98e745a, then tuned on",
    "holdout148": "holdout148: written blind in the twenty-seventh round, scored once with the reader frozen at 7943bc1, then tuned on",
    "holdout149": "holdout149: written blind in the twenty-seventh round, scored once with the reader frozen at 7943bc1, then tuned on",
    "holdout150": "holdout150: written blind in the twenty-seventh round, scored once with the reader frozen at 7943bc1, then tuned on",
    "holdout151": "holdout151: written blind in the twenty-seventh round, scored once with the reader frozen at 7943bc1, then tuned on",
    "holdout152": "holdout152: written blind in the twenty-seventh round, scored once with the reader frozen at 7943bc1, then tuned on",
    "holdout153": "holdout153: written blind in the twenty-seventh round, scored once with the reader frozen at cf0a444, then tuned on",
    "holdout154": "holdout154: written blind in the twenty-seventh round, scored once with the reader frozen at cf0a444, then tuned on",
    "holdout155": "holdout155: written blind in the twenty-seventh round, scored once with the reader frozen at cf0a444, then tuned on",
    "holdout156": "holdout156: written blind in the twenty-seventh round, scored once with the reader frozen at cf0a444, then tuned on",
    "holdout157": "holdout157: written blind in the twenty-seventh round, scored once with the reader frozen at cf0a444, then tuned on",
    "holdout158": "holdout158: written blind in the twenty-seventh round, scored once with the reader frozen at 3a035cd, then tuned on",
    "holdout159": "holdout159: written blind in the twenty-seventh round, scored once with the reader frozen at 3a035cd, then tuned on",
    "holdout160": "holdout160: written blind in the twenty-seventh round, scored once with the reader frozen at 3a035cd, then tuned on",
    "holdout161": "holdout161: written blind in the twenty-seventh round, scored once with the reader frozen at 3a035cd, then tuned on",
    "holdout162": "holdout162: written blind in the twenty-seventh round, scored once with the reader frozen at 3a035cd, then tuned on",
    "holdout163": "holdout163: written blind in the twenty-seventh round, scored once with its last reader, 4027301, then tuned on in part, and by the twenty-eighth",
    "holdout164": "holdout164: written blind in the twenty-seventh round, scored once with its last reader, 4027301, then tuned on in part, and by the twenty-eighth",
    "holdout165": "holdout165: written blind in the twenty-seventh round, scored once with its last reader, 4027301, then tuned on in part, and by the twenty-eighth",
    "holdout166": "holdout166: written blind in the twenty-seventh round, scored once with its last reader, 4027301, then tuned on in part, and by the twenty-eighth",
    "holdout167": "holdout167: written blind in the twenty-seventh round, scored once with its last reader, 4027301, then tuned on in part, and by the twenty-eighth",
    "holdout168": "holdout168: written blind in the twenty-eighth round, scored once with the reader frozen at 4ae6e90, then tuned on",
    "holdout169": "holdout169: written blind in the twenty-eighth round, scored once with the reader frozen at 4ae6e90, then tuned on",
    "holdout170": "holdout170: written blind in the twenty-eighth round, scored once with the reader frozen at 4ae6e90, then tuned on",
    "holdout171": "holdout171: written blind in the twenty-eighth round, scored once with the reader frozen at 4ae6e90, then tuned on",
    "holdout172": "holdout172: written blind in the twenty-eighth round, scored once with the reader frozen at 4ae6e90, then tuned on",
    "holdout173": "holdout173: written blind in the twenty-eighth round, scored once with the reader frozen at 222c28d, then tuned on",
    "holdout174": "holdout174: written blind in the twenty-eighth round, scored once with the reader frozen at 222c28d, then tuned on",
    "holdout175": "holdout175: written blind in the twenty-eighth round, scored once with the reader frozen at 222c28d, then tuned on",
    "holdout176": "holdout176: written blind in the twenty-eighth round, scored once with the reader frozen at 222c28d, then tuned on",
    "holdout177": "holdout177: written blind in the twenty-eighth round, scored once with the reader frozen at 222c28d, then tuned on",
    "holdout178": "holdout178: written blind in the twenty-eighth round, scored once with the reader frozen at ca29fc6, then tuned on",
    "holdout179": "holdout179: written blind in the twenty-eighth round, scored once with the reader frozen at ca29fc6, then tuned on",
    "holdout180": "holdout180: written blind in the twenty-eighth round, scored once with the reader frozen at ca29fc6, then tuned on",
    "holdout181": "holdout181: written blind in the twenty-eighth round, scored once with the reader frozen at ca29fc6, then tuned on",
    "holdout182": "holdout182: written blind in the twenty-eighth round, scored once with the reader frozen at ca29fc6, then tuned on",
    "holdout183": "holdout183: written blind in the twenty-eighth round, scored once with the reader frozen at c28dbc9, then tuned on",
    "holdout184": "holdout184: written blind in the twenty-eighth round, scored once with the reader frozen at c28dbc9, then tuned on",
    "holdout185": "holdout185: written blind in the twenty-eighth round, scored once with the reader frozen at c28dbc9, then tuned on",
    "holdout186": "holdout186: written blind in the twenty-eighth round, scored once with the reader frozen at c28dbc9, then tuned on",
    "holdout187": "holdout187: written blind in the twenty-eighth round, scored once with the reader frozen at c28dbc9, then tuned on",
    "holdout188": "holdout188: written blind in the twenty-eighth round, scored once with the reader frozen at 79c5b2b, then tuned on",
    "holdout189": "holdout189: written blind in the twenty-eighth round, scored once with the reader frozen at 79c5b2b, then tuned on",
    "holdout190": "holdout190: written blind in the twenty-eighth round, scored once with the reader frozen at 79c5b2b, then tuned on",
    "holdout191": "holdout191: written blind in the twenty-eighth round, scored once with the reader frozen at 79c5b2b, then tuned on",
    "holdout192": "holdout192: written blind in the twenty-eighth round, scored once with the reader frozen at 79c5b2b, then tuned on",
    "holdout193": "holdout193: written blind in the twenty-eighth round, scored once with its last reader, d6996d2, then tuned on in part, and in full in the twenty-ninth round",
    "holdout194": "holdout194: written blind in the twenty-eighth round, scored once with its last reader, d6996d2, then tuned on in part, and in full in the twenty-ninth round",
    "holdout195": "holdout195: written blind in the twenty-eighth round, scored once with its last reader, d6996d2, then tuned on in part, and in full in the twenty-ninth round",
    "holdout196": "holdout196: written blind in the twenty-eighth round, scored once with its last reader, d6996d2, then tuned on in part, and in full in the twenty-ninth round",
    "holdout197": "holdout197: written blind in the twenty-eighth round, scored once with its last reader, d6996d2, then tuned on in part, and in full in the twenty-ninth round",
    "holdout198": "holdout198: written blind in the twenty-ninth round, scored once with the reader frozen at 96dfbd8, then tuned on",
    "holdout199": "holdout199: written blind in the twenty-ninth round, scored once with the reader frozen at 96dfbd8, then tuned on",
    "holdout200": "holdout200: written blind in the twenty-ninth round, scored once with the reader frozen at 96dfbd8, then tuned on",
    "holdout201": "holdout201: written blind in the twenty-ninth round, scored once with the reader frozen at 96dfbd8, then tuned on",
    "holdout202": "holdout202: written blind in the twenty-ninth round, scored once with the reader frozen at 96dfbd8, then tuned on",
    "holdout203": "holdout203: written blind in the twenty-ninth round, scored once with the reader frozen at 114836d, then tuned on",
    "holdout204": "holdout204: written blind in the twenty-ninth round, scored once with the reader frozen at 114836d, then tuned on",
    "holdout205": "holdout205: written blind in the twenty-ninth round, scored once with the reader frozen at 114836d, then tuned on",
    "holdout206": "holdout206: written blind in the twenty-ninth round, scored once with the reader frozen at 114836d, then tuned on",
    "holdout207": "holdout207: written blind in the twenty-ninth round, scored once with the reader frozen at 114836d, then tuned on",
    "holdout208": "holdout208: written blind in the twenty-ninth round, scored once with the reader frozen at e4d8fb9, then tuned on",
    "holdout209": "holdout209: written blind in the twenty-ninth round, scored once with the reader frozen at e4d8fb9, then tuned on",
    "holdout210": "holdout210: written blind in the twenty-ninth round, scored once with the reader frozen at e4d8fb9, then tuned on",
    "holdout211": "holdout211: written blind in the twenty-ninth round, scored once with the reader frozen at e4d8fb9, then tuned on",
    "holdout212": "holdout212: written blind in the twenty-ninth round, scored once with the reader frozen at e4d8fb9, then tuned on",
    "holdout213": "holdout213: written blind in the twenty-ninth round, scored once with the reader frozen at 850ee37, then tuned on",
    "holdout214": "holdout214: written blind in the twenty-ninth round, scored once with the reader frozen at 850ee37, then tuned on",
    "holdout215": "holdout215: written blind in the twenty-ninth round, scored once with the reader frozen at 850ee37, then tuned on",
    "holdout216": "holdout216: written blind in the twenty-ninth round, scored once with the reader frozen at 850ee37, then tuned on",
    "holdout217": "holdout217: written blind in the twenty-ninth round, scored once with the reader frozen at 850ee37, then tuned on",
    "holdout218": "holdout218: written blind in the twenty-ninth round, scored once with the reader frozen at cd9d7be, then tuned on",
    "holdout219": "holdout219: written blind in the twenty-ninth round, scored once with the reader frozen at cd9d7be, then tuned on",
    "holdout220": "holdout220: written blind in the twenty-ninth round, scored once with the reader frozen at cd9d7be, then tuned on",
    "holdout221": "holdout221: written blind in the twenty-ninth round, scored once with the reader frozen at cd9d7be, then tuned on",
    "holdout222": "holdout222: written blind in the twenty-ninth round, scored once with the reader frozen at cd9d7be, then tuned on",
    "holdout223": "holdout223: written blind in the twenty-ninth round, scored once with the reader frozen at 52aac3c, then tuned on",
    "holdout224": "holdout224: written blind in the twenty-ninth round, scored once with the reader frozen at 52aac3c, then tuned on",
    "holdout225": "holdout225: written blind in the twenty-ninth round, scored once with the reader frozen at 52aac3c, then tuned on",
    "holdout226": "holdout226: written blind in the twenty-ninth round, scored once with the reader frozen at 52aac3c, then tuned on",
    "holdout227": "holdout227: written blind in the twenty-ninth round, scored once with the reader frozen at 52aac3c, then tuned on",
    "holdout228": "holdout228: written blind at the twenty-ninth round's end, scored once with its last reader, a8d7cd3, then tuned on",
    "holdout229": "holdout229: written blind at the twenty-ninth round's end, scored once with its last reader, a8d7cd3, then tuned on",
    "holdout230": "holdout230: written blind at the twenty-ninth round's end, scored once with its last reader, a8d7cd3, then tuned on",
    "holdout231": "holdout231: written blind at the twenty-ninth round's end, scored once with its last reader, a8d7cd3, then tuned on",
    "holdout232": "holdout232: written blind at the twenty-ninth round's end, scored once with its last reader, a8d7cd3, then tuned on",
    "holdout233": "holdout233: written blind as the thirtieth round began, scored once with the reader frozen at 93cbcbf, then tuned on",
    "holdout234": "holdout234: written blind as the thirtieth round began, scored once with the reader frozen at 93cbcbf, then tuned on",
    "holdout235": "holdout235: written blind as the thirtieth round began, scored once with the reader frozen at 93cbcbf, then tuned on",
    "holdout236": "holdout236: written blind as the thirtieth round began, scored once with the reader frozen at 93cbcbf, then tuned on",
    "holdout237": "holdout237: written blind as the thirtieth round began, scored once with the reader frozen at 93cbcbf, then tuned on",
    "holdout238": "holdout238: written blind in the thirtieth round, scored once with the reader frozen at b79791c, then tuned on",
    "holdout239": "holdout239: written blind in the thirtieth round, scored once with the reader frozen at b79791c, then tuned on",
    "holdout240": "holdout240: written blind in the thirtieth round, scored once with the reader frozen at b79791c, then tuned on",
    "holdout241": "holdout241: written blind in the thirtieth round, scored once with the reader frozen at b79791c, then tuned on",
    "holdout242": "holdout242: written blind in the thirtieth round, scored once with the reader frozen at b79791c, then tuned on",
    "holdout243": "holdout243: written blind in the thirtieth round, scored once with the reader frozen at 5e04022, then tuned on",
    "holdout244": "holdout244: written blind in the thirtieth round, scored once with the reader frozen at 5e04022, then tuned on",
    "holdout245": "holdout245: written blind in the thirtieth round, scored once with the reader frozen at 5e04022, then tuned on",
    "holdout246": "holdout246: written blind in the thirtieth round, scored once with the reader frozen at 5e04022, then tuned on",
    "holdout247": "holdout247: written blind in the thirtieth round, scored once with the reader frozen at 5e04022, then tuned on",
    "holdout248": "holdout248: written blind in the thirtieth round, scored once with the reader frozen at f844955, then tuned on",
    "holdout249": "holdout249: written blind in the thirtieth round, scored once with the reader frozen at f844955, then tuned on",
    "holdout250": "holdout250: written blind in the thirtieth round, scored once with the reader frozen at f844955, then tuned on",
    "holdout251": "holdout251: written blind in the thirtieth round, scored once with the reader frozen at f844955, then tuned on",
    "holdout252": "holdout252: written blind in the thirtieth round, scored once with the reader frozen at f844955, then tuned on",
    "holdout253": "holdout253: written blind in the thirtieth round, scored once with the reader frozen at 704c3e3, then tuned on in part",
    "holdout254": "holdout254: written blind in the thirtieth round, scored once with the reader frozen at 704c3e3, then tuned on in part",
    "holdout255": "holdout255: written blind in the thirtieth round, scored once with the reader frozen at 704c3e3, then tuned on in part",
    "holdout256": "holdout256: written blind in the thirtieth round, scored once with the reader frozen at 704c3e3, then tuned on in part",
    "holdout257": "holdout257: written blind in the thirtieth round, scored once with the reader frozen at 704c3e3, then tuned on in part",
    "holdout258": "holdout258: written blind at the thirtieth round's end, scored once with its last reader, 65eb8ed, then tuned on in part",
    "holdout259": "holdout259: written blind at the thirtieth round's end, scored once with its last reader, 65eb8ed, then tuned on in part",
    "holdout260": "holdout260: written blind at the thirtieth round's end, scored once with its last reader, 65eb8ed, then tuned on in part",
    "holdout261": "holdout261: written blind at the thirtieth round's end, scored once with its last reader, 65eb8ed, then tuned on in part",
    "holdout262": "holdout262: written blind at the thirtieth round's end, scored once with its last reader, 65eb8ed, then tuned on in part",
    "holdout263": "holdout263: written blind as the thirty-first round began, scored once with the reader frozen at 18f152a, then tuned on",
    "holdout264": "holdout264: written blind as the thirty-first round began, scored once with the reader frozen at 18f152a, then tuned on",
    "holdout265": "holdout265: written blind as the thirty-first round began, scored once with the reader frozen at 18f152a, then tuned on",
    "holdout266": "holdout266: written blind as the thirty-first round began, scored once with the reader frozen at 18f152a, then tuned on",
    "holdout267": "holdout267: written blind as the thirty-first round began, scored once with the reader frozen at 18f152a, then tuned on",
    "holdout268": "holdout268: written blind in the thirty-first round, scored once with the reader frozen at 55e2d4e, then tuned on",
    "holdout269": "holdout269: written blind in the thirty-first round, scored once with the reader frozen at 55e2d4e, then tuned on",
    "holdout270": "holdout270: written blind in the thirty-first round, scored once with the reader frozen at 55e2d4e, then tuned on",
    "holdout271": "holdout271: written blind in the thirty-first round, scored once with the reader frozen at 55e2d4e, then tuned on",
    "holdout272": "holdout272: written blind in the thirty-first round, scored once with the reader frozen at 55e2d4e, then tuned on",
    "holdout273": "holdout273: written blind in the thirty-first round, scored once with the reader frozen at 5d1b1d2, then tuned on",
    "holdout274": "holdout274: written blind in the thirty-first round, scored once with the reader frozen at 5d1b1d2, then tuned on",
    "holdout275": "holdout275: written blind in the thirty-first round, scored once with the reader frozen at 5d1b1d2, then tuned on",
    "holdout276": "holdout276: written blind in the thirty-first round, scored once with the reader frozen at 5d1b1d2, then tuned on",
    "holdout277": "holdout277: written blind in the thirty-first round, scored once with the reader frozen at 5d1b1d2, then tuned on",
    "holdout278": "holdout278: written blind in the thirty-second round, scored once with the reader frozen at 012ff6d, then tuned on",
    "holdout279": "holdout279: written blind in the thirty-second round, scored once with the reader frozen at 012ff6d, then tuned on",
    "holdout280": "holdout280: written blind in the thirty-second round, scored once with the reader frozen at 012ff6d, then tuned on",
    "holdout281": "holdout281: written blind in the thirty-second round, scored once with the reader frozen at 012ff6d, then tuned on",
    "holdout282": "holdout282: written blind in the thirty-second round, scored once with the reader frozen at 012ff6d, then tuned on",
    "holdout283": "holdout283: written blind in the thirty-second round, scored once with the reader frozen at 4e4986b, then tuned on",
    "holdout284": "holdout284: written blind in the thirty-second round, scored once with the reader frozen at 4e4986b, then tuned on",
    "holdout285": "holdout285: written blind in the thirty-second round, scored once with the reader frozen at 4e4986b, then tuned on",
    "holdout286": "holdout286: written blind in the thirty-second round, scored once with the reader frozen at 4e4986b, then tuned on",
    "holdout287": "holdout287: written blind in the thirty-second round, scored once with the reader frozen at 4e4986b, then tuned on",
    "holdout288": "holdout288: written blind in the thirty-second round, scored once with the reader frozen at 076d663, then tuned on",
    "holdout289": "holdout289: written blind in the thirty-second round, scored once with the reader frozen at 076d663, then tuned on",
    "holdout290": "holdout290: written blind in the thirty-second round, scored once with the reader frozen at 076d663, then tuned on",
    "holdout291": "holdout291: written blind in the thirty-second round, scored once with the reader frozen at 076d663, then tuned on",
    "holdout292": "holdout292: written blind in the thirty-second round, scored once with the reader frozen at 076d663, then tuned on",
    "holdout293": "holdout293: written blind in the thirty-second round, scored once with the reader frozen at 9f6f8dd, then tuned on",
    "holdout294": "holdout294: written blind in the thirty-second round, scored once with the reader frozen at 9f6f8dd, then tuned on",
    "holdout295": "holdout295: written blind in the thirty-second round, scored once with the reader frozen at 9f6f8dd, then tuned on",
    "holdout296": "holdout296: written blind in the thirty-second round, scored once with the reader frozen at 9f6f8dd, then tuned on",
    "holdout297": "holdout297: written blind in the thirty-second round, scored once with the reader frozen at 9f6f8dd, then tuned on",
    "holdout298": "holdout298: written blind at the thirty-second round's end, scored once with its last reader (1450993), then tuned on in part",
    "holdout299": "holdout299: written blind at the thirty-second round's end, scored once with its last reader (1450993), then tuned on in part",
    "holdout300": "holdout300: written blind at the thirty-second round's end, scored once with its last reader (1450993), then tuned on in part",
    "holdout301": "holdout301: written blind at the thirty-second round's end, scored once with its last reader (1450993), then tuned on in part",
    "holdout302": "holdout302: written blind at the thirty-second round's end, scored once with its last reader (1450993), then tuned on in part",
    "holdout303": "holdout303: written blind at the thirty-second round's end, scored once with the reader frozen at a4cc96d, then tuned on",
    "holdout304": "holdout304: written blind at the thirty-second round's end, scored once with the reader frozen at a4cc96d, then tuned on",
    "holdout305": "holdout305: written blind at the thirty-second round's end, scored once with the reader frozen at a4cc96d, then tuned on",
    "holdout306": "holdout306: written blind at the thirty-second round's end, scored once with the reader frozen at a4cc96d, then tuned on",
    "holdout307": "holdout307: written blind at the thirty-second round's end, scored once with the reader frozen at a4cc96d, then tuned on",
    "holdout308": "holdout308: written blind as the thirty-third round began, scored once with the reader frozen at 8c84587, then tuned on",
    "holdout309": "holdout309: written blind as the thirty-third round began, scored once with the reader frozen at 8c84587, then tuned on",
    "holdout310": "holdout310: written blind as the thirty-third round began, scored once with the reader frozen at 8c84587, then tuned on",
    "holdout311": "holdout311: written blind as the thirty-third round began, scored once with the reader frozen at 8c84587, then tuned on",
    "holdout312": "holdout312: written blind as the thirty-third round began, scored once with the reader frozen at 8c84587, then tuned on",
    "holdout313": "holdout313: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout314": "holdout314: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout315": "holdout315: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout316": "holdout316: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout317": "holdout317: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout318": "holdout318: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout319": "holdout319: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout320": "holdout320: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout321": "holdout321: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout322": "holdout322: written blind in the thirty-third round, scored once with the reader frozen at ca73926, then tuned on",
    "holdout323": "holdout323: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout324": "holdout324: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout325": "holdout325: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout326": "holdout326: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout327": "holdout327: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout328": "holdout328: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout329": "holdout329: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout330": "holdout330: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout331": "holdout331: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout332": "holdout332: written blind at the thirty-third round's end, scored once with the reader frozen at 9fc08af, then tuned on in part",
    "holdout333": "holdout333: written blind as the thirty-fourth round began, scored once with the reader frozen at cdfc2e9; then tuned on in part",
    "holdout334": "holdout334: written blind as the thirty-fourth round began, scored once with the reader frozen at cdfc2e9; then tuned on in part",
    "holdout335": "holdout335: written blind as the thirty-fourth round began, scored once with the reader frozen at cdfc2e9; then tuned on in part",
    "holdout336": "holdout336: written blind as the thirty-fourth round began, scored once with the reader frozen at cdfc2e9; then tuned on in part",
    "holdout337": "holdout337: written blind as the thirty-fourth round began, scored once with the reader frozen at cdfc2e9; then tuned on in part",
    "holdout338": "holdout338: written blind in the thirty-fourth round, scored once with the reader frozen at b0b9e41, then tuned on",
    "holdout339": "holdout339: written blind in the thirty-fourth round, scored once with the reader frozen at b0b9e41, then tuned on",
    "holdout340": "holdout340: written blind in the thirty-fourth round, scored once with the reader frozen at b0b9e41, then tuned on",
    "holdout341": "holdout341: written blind in the thirty-fourth round, scored once with the reader frozen at b0b9e41, then tuned on",
    "holdout342": "holdout342: written blind in the thirty-fourth round, scored once with the reader frozen at b0b9e41, then tuned on",
    "holdout343": "holdout343: written blind in the thirty-fourth round, scored once with the reader frozen at 22b2b1e, then tuned on",
    "holdout344": "holdout344: written blind in the thirty-fourth round, scored once with the reader frozen at 22b2b1e, then tuned on",
    "holdout345": "holdout345: written blind in the thirty-fourth round, scored once with the reader frozen at 22b2b1e, then tuned on",
    "holdout346": "holdout346: written blind in the thirty-fourth round, scored once with the reader frozen at 22b2b1e, then tuned on",
    "holdout347": "holdout347: written blind in the thirty-fourth round, scored once with the reader frozen at 22b2b1e, then tuned on",
    "holdout348": "holdout348: written blind in the thirty-fourth round, scored once with the reader frozen at bd979c9, then tuned on",
    "holdout349": "holdout349: written blind in the thirty-fourth round, scored once with the reader frozen at bd979c9, then tuned on",
    "holdout350": "holdout350: written blind in the thirty-fourth round, scored once with the reader frozen at bd979c9, then tuned on",
    "holdout351": "holdout351: written blind in the thirty-fourth round, scored once with the reader frozen at bd979c9, then tuned on",
    "holdout352": "holdout352: written blind in the thirty-fourth round, scored once with the reader frozen at bd979c9, then tuned on",
    "holdout353": "holdout353: written blind in the thirty-fourth round, scored once with the reader frozen at a41c522, then tuned on in part",
    "holdout354": "holdout354: written blind in the thirty-fourth round, scored once with the reader frozen at a41c522, then tuned on in part",
    "holdout355": "holdout355: written blind in the thirty-fourth round, scored once with the reader frozen at a41c522, then tuned on in part",
    "holdout356": "holdout356: written blind in the thirty-fourth round, scored once with the reader frozen at a41c522, then tuned on in part",
    "holdout357": "holdout357: written blind in the thirty-fourth round, scored once with the reader frozen at a41c522, then tuned on in part",
    "holdout358": "holdout358: written blind at the thirty-fourth round's end, scored once with its last reader (ce991bb), then tuned on",
    "holdout359": "holdout359: written blind at the thirty-fourth round's end, scored once with its last reader (ce991bb), then tuned on",
    "holdout360": "holdout360: written blind at the thirty-fourth round's end, scored once with its last reader (ce991bb), then tuned on",
    "holdout361": "holdout361: written blind at the thirty-fourth round's end, scored once with its last reader (ce991bb), then tuned on",
    "holdout362": "holdout362: written blind at the thirty-fourth round's end, scored once with its last reader (ce991bb), then tuned on",
    "holdout363": "holdout363: written blind as the thirty-fifth round began, scored once with the reader frozen at 3513614, then tuned on",
    "holdout364": "holdout364: written blind as the thirty-fifth round began, scored once with the reader frozen at 3513614, then tuned on",
    "holdout365": "holdout365: written blind as the thirty-fifth round began, scored once with the reader frozen at 3513614, then tuned on",
    "holdout366": "holdout366: written blind as the thirty-fifth round began, scored once with the reader frozen at 3513614, then tuned on",
    "holdout367": "holdout367: written blind as the thirty-fifth round began, scored once with the reader frozen at 3513614, then tuned on",
    "holdout368": "holdout368: written blind in the thirty-fifth round, scored once with the reader frozen at d35507d, then tuned on",
    "holdout369": "holdout369: written blind in the thirty-fifth round, scored once with the reader frozen at d35507d, then tuned on",
    "holdout370": "holdout370: written blind in the thirty-fifth round, scored once with the reader frozen at d35507d, then tuned on",
    "holdout371": "holdout371: written blind in the thirty-fifth round, scored once with the reader frozen at d35507d, then tuned on",
    "holdout372": "holdout372: written blind in the thirty-fifth round, scored once with the reader frozen at d35507d, then tuned on",
    "holdout373": "holdout373: written blind in the thirty-fifth round, scored once with the reader frozen at 5a50d49, then tuned on",
    "holdout374": "holdout374: written blind in the thirty-fifth round, scored once with the reader frozen at 5a50d49, then tuned on",
    "holdout375": "holdout375: written blind in the thirty-fifth round, scored once with the reader frozen at 5a50d49, then tuned on",
    "holdout376": "holdout376: written blind in the thirty-fifth round, scored once with the reader frozen at 5a50d49, then tuned on",
    "holdout377": "holdout377: written blind in the thirty-fifth round, scored once with the reader frozen at 5a50d49, then tuned on",
    "holdout378": "holdout378: written blind in the thirty-fifth round, scored once with the reader frozen at 62328a3, then tuned on",
    "holdout379": "holdout379: written blind in the thirty-fifth round, scored once with the reader frozen at 62328a3, then tuned on",
    "holdout380": "holdout380: written blind in the thirty-fifth round, scored once with the reader frozen at 62328a3, then tuned on",
    "holdout381": "holdout381: written blind in the thirty-fifth round, scored once with the reader frozen at 62328a3, then tuned on",
    "holdout382": "holdout382: written blind in the thirty-fifth round, scored once with the reader frozen at 62328a3, then tuned on",
    "holdout383": "holdout383: written blind at the thirty-fifth round's end, scored once with its last reader (98d173b); then tuned on",
    "holdout384": "holdout384: written blind at the thirty-fifth round's end, scored once with its last reader (98d173b); then tuned on",
    "holdout385": "holdout385: written blind at the thirty-fifth round's end, scored once with its last reader (98d173b); then tuned on",
    "holdout386": "holdout386: written blind at the thirty-fifth round's end, scored once with its last reader (98d173b); then tuned on",
    "holdout387": "holdout387: written blind at the thirty-fifth round's end, scored once with its last reader (98d173b); then tuned on",
    "holdout388": "holdout388: written blind as the thirty-sixth round began, scored once with the reader frozen at a92f582; then tuned on",
    "holdout389": "holdout389: written blind as the thirty-sixth round began, scored once with the reader frozen at a92f582; then tuned on",
    "holdout390": "holdout390: written blind as the thirty-sixth round began, scored once with the reader frozen at a92f582; then tuned on",
    "holdout391": "holdout391: written blind as the thirty-sixth round began, scored once with the reader frozen at a92f582; then tuned on",
    "holdout392": "holdout392: written blind as the thirty-sixth round began, scored once with the reader frozen at a92f582; then tuned on",
    "holdout393": "holdout393: written blind in the thirty-sixth round, scored once with the reader frozen at 0f645f3; then tuned on",
    "holdout394": "holdout394: written blind in the thirty-sixth round, scored once with the reader frozen at 0f645f3; then tuned on",
    "holdout395": "holdout395: written blind in the thirty-sixth round, scored once with the reader frozen at 0f645f3; then tuned on",
    "holdout396": "holdout396: written blind in the thirty-sixth round, scored once with the reader frozen at 0f645f3; then tuned on",
    "holdout397": "holdout397: written blind in the thirty-sixth round, scored once with the reader frozen at 0f645f3; then tuned on",
    "holdout398": "holdout398: written blind in the thirty-sixth round, scored once with the reader frozen at 195801f; then tuned on",
    "holdout399": "holdout399: written blind in the thirty-sixth round, scored once with the reader frozen at 195801f; then tuned on",
    "holdout400": "holdout400: written blind in the thirty-sixth round, scored once with the reader frozen at 195801f; then tuned on",
    "holdout401": "holdout401: written blind in the thirty-sixth round, scored once with the reader frozen at 195801f; then tuned on",
    "holdout402": "holdout402: written blind in the thirty-sixth round, scored once with the reader frozen at 195801f; then tuned on",
    "holdout403": "holdout403: written blind in the thirty-sixth round, scored once with the reader frozen at a852b6e; then tuned on",
    "holdout404": "holdout404: written blind in the thirty-sixth round, scored once with the reader frozen at a852b6e; then tuned on",
    "holdout405": "holdout405: written blind in the thirty-sixth round, scored once with the reader frozen at a852b6e; then tuned on",
    "holdout406": "holdout406: written blind in the thirty-sixth round, scored once with the reader frozen at a852b6e; then tuned on",
    "holdout407": "holdout407: written blind in the thirty-sixth round, scored once with the reader frozen at a852b6e; then tuned on",
    "holdout408": "holdout408: written blind at the thirty-sixth round's end, scored once with the reader frozen at c40b1d5; then tuned on",
    "holdout409": "holdout409: written blind at the thirty-sixth round's end, scored once with the reader frozen at c40b1d5; then tuned on",
    "holdout410": "holdout410: written blind at the thirty-sixth round's end, scored once with the reader frozen at c40b1d5; then tuned on",
    "holdout411": "holdout411: written blind at the thirty-sixth round's end, scored once with the reader frozen at c40b1d5; then tuned on",
    "holdout412": "holdout412: written blind at the thirty-sixth round's end, scored once with the reader frozen at c40b1d5; then tuned on",
    "holdout413": "holdout413: written blind as the thirty-seventh round began, scored once with the reader frozen at 0b4495f; then tuned on",
    "holdout414": "holdout414: written blind as the thirty-seventh round began, scored once with the reader frozen at 0b4495f; then tuned on",
    "holdout415": "holdout415: written blind as the thirty-seventh round began, scored once with the reader frozen at 0b4495f; then tuned on",
    "holdout416": "holdout416: written blind as the thirty-seventh round began, scored once with the reader frozen at 0b4495f; then tuned on",
    "holdout417": "holdout417: written blind as the thirty-seventh round began, scored once with the reader frozen at 0b4495f; then tuned on",
    "holdout418": "holdout418: written blind in the thirty-seventh round, scored once with the reader frozen at 2a1405a; then tuned on",
    "holdout419": "holdout419: written blind in the thirty-seventh round, scored once with the reader frozen at 2a1405a; then tuned on",
    "holdout420": "holdout420: written blind in the thirty-seventh round, scored once with the reader frozen at 2a1405a; then tuned on",
    "holdout421": "holdout421: written blind in the thirty-seventh round, scored once with the reader frozen at 2a1405a; then tuned on",
    "holdout422": "holdout422: written blind in the thirty-seventh round, scored once with the reader frozen at 2a1405a; then tuned on",
    "holdout423": "holdout423: written blind in the thirty-seventh round, scored once with the reader frozen at 3433256; then tuned on",
    "holdout424": "holdout424: written blind in the thirty-seventh round, scored once with the reader frozen at 3433256; then tuned on",
    "holdout425": "holdout425: written blind in the thirty-seventh round, scored once with the reader frozen at 3433256; then tuned on",
    "holdout426": "holdout426: written blind in the thirty-seventh round, scored once with the reader frozen at 3433256; then tuned on",
    "holdout427": "holdout427: written blind in the thirty-seventh round, scored once with the reader frozen at 3433256; then tuned on",
    "holdout428": "holdout428: written blind in the thirty-seventh round, scored once with the reader frozen at 0ee6926; then tuned on",
    "holdout429": "holdout429: written blind in the thirty-seventh round, scored once with the reader frozen at 0ee6926; then tuned on",
    "holdout430": "holdout430: written blind in the thirty-seventh round, scored once with the reader frozen at 0ee6926; then tuned on",
    "holdout431": "holdout431: written blind in the thirty-seventh round, scored once with the reader frozen at 0ee6926; then tuned on",
    "holdout432": "holdout432: written blind in the thirty-seventh round, scored once with the reader frozen at 0ee6926; then tuned on",
    "holdout433": "holdout433: written blind at the thirty-seventh round's end, scored once with the reader frozen at b585307; then tuned on",
    "holdout434": "holdout434: written blind at the thirty-seventh round's end, scored once with the reader frozen at b585307; then tuned on",
    "holdout435": "holdout435: written blind at the thirty-seventh round's end, scored once with the reader frozen at b585307; then tuned on",
    "holdout436": "holdout436: written blind at the thirty-seventh round's end, scored once with the reader frozen at b585307; then tuned on",
    "holdout437": "holdout437: written blind at the thirty-seventh round's end, scored once with the reader frozen at b585307; then tuned on",
    "holdout438": "holdout438: written blind as the thirty-eighth round began, scored once with the reader frozen at 2928879; then tuned on",
    "holdout439": "holdout439: written blind as the thirty-eighth round began, scored once with the reader frozen at 2928879; then tuned on",
    "holdout440": "holdout440: written blind as the thirty-eighth round began, scored once with the reader frozen at 2928879; then tuned on",
    "holdout441": "holdout441: written blind as the thirty-eighth round began, scored once with the reader frozen at 2928879; then tuned on",
    "holdout442": "holdout442: written blind as the thirty-eighth round began, scored once with the reader frozen at 2928879; then tuned on",
    "holdout443": "holdout443: written blind in the thirty-eighth round, scored once with the reader frozen at d82ded7; then tuned on",
    "holdout444": "holdout444: written blind in the thirty-eighth round, scored once with the reader frozen at d82ded7; then tuned on",
    "holdout445": "holdout445: written blind in the thirty-eighth round, scored once with the reader frozen at d82ded7; then tuned on",
    "holdout446": "holdout446: written blind in the thirty-eighth round, scored once with the reader frozen at d82ded7; then tuned on",
    "holdout447": "holdout447: written blind in the thirty-eighth round, scored once with the reader frozen at d82ded7; then tuned on",
    "holdout448": "holdout448: written blind in the thirty-eighth round, scored once with the reader frozen at 42c6c5c; then tuned on",
    "holdout449": "holdout449: written blind in the thirty-eighth round, scored once with the reader frozen at 42c6c5c; then tuned on",
    "holdout450": "holdout450: written blind in the thirty-eighth round, scored once with the reader frozen at 42c6c5c; then tuned on",
    "holdout451": "holdout451: written blind in the thirty-eighth round, scored once with the reader frozen at 42c6c5c; then tuned on",
    "holdout452": "holdout452: written blind in the thirty-eighth round, scored once with the reader frozen at 42c6c5c; then tuned on",
    "holdout453": "holdout453: written blind at the thirty-eighth round's end, scored once with the reader frozen at da0b7f4; then tuned on",
    "holdout454": "holdout454: written blind at the thirty-eighth round's end, scored once with the reader frozen at da0b7f4; then tuned on",
    "holdout455": "holdout455: written blind at the thirty-eighth round's end, scored once with the reader frozen at da0b7f4; then tuned on",
    "holdout456": "holdout456: written blind at the thirty-eighth round's end, scored once with the reader frozen at da0b7f4; then tuned on",
    "holdout457": "holdout457: written blind at the thirty-eighth round's end, scored once with the reader frozen at da0b7f4; then tuned on",
    "holdout458": "holdout458: written blind as the thirty-ninth round began, scored once with the reader frozen at ce7e7db; then tuned on",
    "holdout459": "holdout459: written blind as the thirty-ninth round began, scored once with the reader frozen at ce7e7db; then tuned on",
    "holdout460": "holdout460: written blind as the thirty-ninth round began, scored once with the reader frozen at ce7e7db; then tuned on",
    "holdout461": "holdout461: written blind as the thirty-ninth round began, scored once with the reader frozen at ce7e7db; then tuned on",
    "holdout462": "holdout462: written blind as the thirty-ninth round began, scored once with the reader frozen at ce7e7db; then tuned on",
    "holdout463": "holdout463: written blind in the thirty-ninth round, scored once with the reader frozen at 681d682; then tuned on",
    "holdout464": "holdout464: written blind in the thirty-ninth round, scored once with the reader frozen at 681d682; then tuned on",
    "holdout465": "holdout465: written blind in the thirty-ninth round, scored once with the reader frozen at 681d682; then tuned on",
    "holdout466": "holdout466: written blind in the thirty-ninth round, scored once with the reader frozen at 681d682; then tuned on",
    "holdout467": "holdout467: written blind in the thirty-ninth round, scored once with the reader frozen at 681d682; then tuned on",
    "holdout468": "holdout468: written blind in the thirty-ninth round, scored once with the reader frozen at b830bf7; then tuned on",
    "holdout469": "holdout469: written blind in the thirty-ninth round, scored once with the reader frozen at b830bf7; then tuned on",
    "holdout470": "holdout470: written blind in the thirty-ninth round, scored once with the reader frozen at b830bf7; then tuned on",
    "holdout471": "holdout471: written blind in the thirty-ninth round, scored once with the reader frozen at b830bf7; then tuned on",
    "holdout472": "holdout472: written blind in the thirty-ninth round, scored once with the reader frozen at b830bf7; then tuned on",
    "holdout473": "holdout473: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout474": "holdout474: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout475": "holdout475: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout476": "holdout476: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout477": "holdout477: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout478": "holdout478: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout479": "holdout479: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout480": "holdout480: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout481": "holdout481: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout482": "holdout482: written blind in the fortieth round, scored once with the reader frozen at a8186ff; then tuned on",
    "holdout483": "holdout483: written blind in the fortieth round, scored once with the reader frozen at 6100d03; then tuned on",
    "holdout484": "holdout484: written blind in the fortieth round, scored once with the reader frozen at 6100d03; then tuned on",
    "holdout485": "holdout485: written blind in the fortieth round, scored once with the reader frozen at 6100d03; then tuned on",
    "holdout486": "holdout486: written blind in the fortieth round, scored once with the reader frozen at 6100d03; then tuned on",
    "holdout487": "holdout487: written blind in the fortieth round, scored once with the reader frozen at 6100d03; then tuned on",
    "holdout488": "holdout488: written blind in the fortieth round, scored once with the reader frozen at 3ffeb34; then tuned on",
    "holdout489": "holdout489: written blind in the fortieth round, scored once with the reader frozen at 3ffeb34; then tuned on",
    "holdout490": "holdout490: written blind in the fortieth round, scored once with the reader frozen at 3ffeb34; then tuned on",
    "holdout491": "holdout491: written blind in the fortieth round, scored once with the reader frozen at 3ffeb34; then tuned on",
    "holdout492": "holdout492: written blind in the fortieth round, scored once with the reader frozen at 3ffeb34; then tuned on",
    "holdout493": "holdout493: written blind in the forty-first round, scored once with the reader frozen at a161e74; then tuned on",
    "holdout494": "holdout494: written blind in the forty-first round, scored once with the reader frozen at a161e74; then tuned on",
    "holdout495": "holdout495: written blind in the forty-first round, scored once with the reader frozen at a161e74; then tuned on",
    "holdout496": "holdout496: written blind in the forty-first round, scored once with the reader frozen at a161e74; then tuned on",
    "holdout497": "holdout497: written blind in the forty-first round, scored once with the reader frozen at a161e74; then tuned on",
    "holdout498": "holdout498: written blind in the forty-first round, scored once with the reader frozen at e1b05bb; then tuned on",
    "holdout499": "holdout499: written blind in the forty-first round, scored once with the reader frozen at e1b05bb; then tuned on",
    "holdout500": "holdout500: written blind in the forty-first round, scored once with the reader frozen at e1b05bb; then tuned on",
    "holdout501": "holdout501: written blind in the forty-first round, scored once with the reader frozen at e1b05bb; then tuned on",
    "holdout502": "holdout502: written blind in the forty-first round, scored once with the reader frozen at e1b05bb; then tuned on",
    "holdout503": "holdout503: written blind in the forty-first round, scored once with the reader frozen at 40acf2e; then tuned on",
    "holdout504": "holdout504: written blind in the forty-first round, scored once with the reader frozen at 40acf2e; then tuned on",
    "holdout505": "holdout505: written blind in the forty-first round, scored once with the reader frozen at 40acf2e; then tuned on",
    "holdout506": "holdout506: written blind in the forty-first round, scored once with the reader frozen at 40acf2e; then tuned on",
    "holdout507": "holdout507: written blind in the forty-first round, scored once with the reader frozen at 40acf2e; then tuned on",
    "holdout508": "holdout508: written blind in the forty-second round, scored once with the reader frozen at b2dda0e; then tuned on",
    "holdout509": "holdout509: written blind in the forty-second round, scored once with the reader frozen at b2dda0e; then tuned on",
    "holdout510": "holdout510: written blind in the forty-second round, scored once with the reader frozen at b2dda0e; then tuned on",
    "holdout511": "holdout511: written blind in the forty-second round, scored once with the reader frozen at b2dda0e; then tuned on",
    "holdout512": "holdout512: written blind in the forty-second round, scored once with the reader frozen at b2dda0e; then tuned on",
    "holdout513": "holdout513: written blind in the forty-second round, scored once with the reader frozen at fa605d0; then tuned on",
    "holdout514": "holdout514: written blind in the forty-second round, scored once with the reader frozen at fa605d0; then tuned on",
    "holdout515": "holdout515: written blind in the forty-second round, scored once with the reader frozen at fa605d0; then tuned on",
    "holdout516": "holdout516: written blind in the forty-second round, scored once with the reader frozen at fa605d0; then tuned on",
    "holdout517": "holdout517: written blind in the forty-second round, scored once with the reader frozen at fa605d0; then tuned on",
    "holdout518": "holdout518: written blind in the forty-second round, scored once with the reader frozen at 85a66b7; then tuned on",
    "holdout519": "holdout519: written blind in the forty-second round, scored once with the reader frozen at 85a66b7; then tuned on",
    "holdout520": "holdout520: written blind in the forty-second round, scored once with the reader frozen at 85a66b7; then tuned on",
    "holdout521": "holdout521: written blind in the forty-second round, scored once with the reader frozen at 85a66b7; then tuned on",
    "holdout522": "holdout522: written blind in the forty-second round, scored once with the reader frozen at 85a66b7; then tuned on",
    "holdout523": "holdout523: written blind in the forty-second round, scored once with the reader frozen at dbe7932; then tuned on",
    "holdout524": "holdout524: written blind in the forty-second round, scored once with the reader frozen at dbe7932; then tuned on",
    "holdout525": "holdout525: written blind in the forty-second round, scored once with the reader frozen at dbe7932; then tuned on",
    "holdout526": "holdout526: written blind in the forty-second round, scored once with the reader frozen at dbe7932; then tuned on",
    "holdout527": "holdout527: written blind in the forty-second round, scored once with the reader frozen at dbe7932; then tuned on",
    "holdout528": "holdout528: written blind in the forty-second round, scored once with the reader frozen at 0df9566; then tuned on",
    "holdout529": "holdout529: written blind in the forty-second round, scored once with the reader frozen at 0df9566; then tuned on",
    "holdout530": "holdout530: written blind in the forty-second round, scored once with the reader frozen at 0df9566; then tuned on",
    "holdout531": "holdout531: written blind in the forty-second round, scored once with the reader frozen at 0df9566; then tuned on",
    "holdout532": "holdout532: written blind in the forty-second round, scored once with the reader frozen at 0df9566; then tuned on",
    "holdout533": "holdout533: written blind in the forty-third round, scored once with the reader frozen at 90ae839; then tuned on",
    "holdout534": "holdout534: written blind in the forty-third round, scored once with the reader frozen at 90ae839; then tuned on",
    "holdout535": "holdout535: written blind in the forty-third round, scored once with the reader frozen at 90ae839; then tuned on",
    "holdout536": "holdout536: written blind in the forty-third round, scored once with the reader frozen at 90ae839; then tuned on",
    "holdout537": "holdout537: written blind in the forty-third round, scored once with the reader frozen at 90ae839; then tuned on",
    "holdout538": "holdout538: written blind in the forty-third round, scored once with the reader frozen at 4e09f36; then tuned on",
    "holdout539": "holdout539: written blind in the forty-third round, scored once with the reader frozen at 4e09f36; then tuned on",
    "holdout540": "holdout540: written blind in the forty-third round, scored once with the reader frozen at 4e09f36; then tuned on",
    "holdout541": "holdout541: written blind in the forty-third round, scored once with the reader frozen at 4e09f36; then tuned on",
    "holdout542": "holdout542: written blind in the forty-third round, scored once with the reader frozen at 4e09f36; then tuned on",
    "holdout543": "holdout543: written blind in the forty-third round, scored once with the reader frozen at 33ee027; then tuned on",
    "holdout544": "holdout544: written blind in the forty-third round, scored once with the reader frozen at 33ee027; then tuned on",
    "holdout545": "holdout545: written blind in the forty-third round, scored once with the reader frozen at 33ee027; then tuned on",
    "holdout546": "holdout546: written blind in the forty-third round, scored once with the reader frozen at 33ee027; then tuned on",
    "holdout547": "holdout547: written blind in the forty-third round, scored once with the reader frozen at 33ee027; then tuned on",
    "holdout548": "holdout548: written blind in the forty-third round, scored once with the reader frozen at a8e3e14; then tuned on",
    "holdout549": "holdout549: written blind in the forty-third round, scored once with the reader frozen at a8e3e14; then tuned on",
    "holdout550": "holdout550: written blind in the forty-third round, scored once with the reader frozen at a8e3e14; then tuned on",
    "holdout551": "holdout551: written blind in the forty-third round, scored once with the reader frozen at a8e3e14; then tuned on",
    "holdout552": "holdout552: written blind in the forty-third round, scored once with the reader frozen at a8e3e14; then tuned on",
    "holdout553": "holdout553: written blind in the forty-third round, scored once with the reader frozen at cd86008; then tuned on",
    "holdout554": "holdout554: written blind in the forty-third round, scored once with the reader frozen at cd86008; then tuned on",
    "holdout555": "holdout555: written blind in the forty-third round, scored once with the reader frozen at cd86008; then tuned on",
    "holdout556": "holdout556: written blind in the forty-third round, scored once with the reader frozen at cd86008; then tuned on",
    "holdout557": "holdout557: written blind in the forty-third round, scored once with the reader frozen at cd86008; then tuned on",
    "holdout558": "holdout558: written blind in the forty-third round, scored once with the reader frozen at a0fbdc2; then tuned on",
    "holdout559": "holdout559: written blind in the forty-third round, scored once with the reader frozen at a0fbdc2; then tuned on",
    "holdout560": "holdout560: written blind in the forty-third round, scored once with the reader frozen at a0fbdc2; then tuned on",
    "holdout561": "holdout561: written blind in the forty-third round, scored once with the reader frozen at a0fbdc2; then tuned on",
    "holdout562": "holdout562: written blind in the forty-third round, scored once with the reader frozen at a0fbdc2; then tuned on",
    "holdout563": "holdout563: written blind in the forty-fourth round, scored once with the reader frozen at ec4c850; then tuned on",
    "holdout564": "holdout564: written blind in the forty-fourth round, scored once with the reader frozen at ec4c850; then tuned on",
    "holdout565": "holdout565: written blind in the forty-fourth round, scored once with the reader frozen at ec4c850; then tuned on",
    "holdout566": "holdout566: written blind in the forty-fourth round, scored once with the reader frozen at ec4c850; then tuned on",
    "holdout567": "holdout567: written blind in the forty-fourth round, scored once with the reader frozen at ec4c850; then tuned on",
    "holdout568": "holdout568: written blind in the forty-fourth round, scored once with the reader frozen at ec4c850; not yet tuned on",
    "holdout569": "holdout569: written blind in the forty-fourth round, scored once with the reader frozen at ec4c850; not yet tuned on",
    "holdout570": "holdout570: written blind in the forty-fourth round, scored once with the reader frozen at ec4c850; not yet tuned on",
}
KINDS = {(TUNED / name).resolve(): f" ({note})" for name, note in HELD_OUT.items()}


def _iso(date) -> str | None:
    return date.iso() if date else None


def _plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


def _observed(seed, mentioned) -> dict:
    body = seed.body_html
    # As link dates an article's own event: what the story says, else its stamps.
    date = seed.event_date or seed.published or seed.updated
    end = getattr(seed, "event_end", None)  # a happening over several days has no end of its own yet
    return {
        "title": seed.title,
        "published": _iso(seed.published),
        "updated": _iso(seed.updated),
        "event_date": (_iso(date), date.precision if date else None),
        "event_end": (_iso(end), end.precision if end else None),
        "dateline": seed.dateline,
        "publisher": seed.publisher,
        "attributed_to": seed.attributed_to,
        "byline": seed.author,
        "headings": [_plain(h) for h in re.findall(r"<h[1-6][^>]*>(.*?)</h[1-6]>", body, re.S)],
        "bullets": body.count("<li"),
        "text": _plain(body),
        "entities": set(mentioned),
    }


def _read_all(corpus: Path, articles: list[Path]):
    """The corpus's articles as one briefing reads them: {stem: (seed, event)}, the load+link time, and what failed."""
    entities = corpus / "content" / "entities"
    if not entities.is_dir():
        entities = TUNED / "content" / "entities"
    found, failed, seconds = {}, {}, 0.0
    # All at once, as a build reads them; one at a time when one of them fails the build.
    for batch in ([articles] + [[a] for a in articles]):
        if all(a.stem in found or a.stem in failed for a in batch):
            continue
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch)
            shutil.copytree(entities, root / "content" / "entities")
            (root / "seeds").mkdir()
            for article in batch:
                shutil.copyfile(article, root / "seeds" / article.name)
            started = time.perf_counter()
            try:
                link_site(content := load_content(root))
            except BuildFailed as exc:
                if len(batch) == 1:
                    failed[batch[0].stem] = "; ".join(d.message for d in exc.diagnostics)
                continue
            seconds += time.perf_counter() - started
        finder = MentionFinder((name, e.id) for e in content.entities for name in e.names)
        for seed in content.seeds:
            # Scored as the article's own reading: several articles of one story may
            # make one event (see link.py), whose date and entities are the story's.
            found[seed.path.stem] = (seed, finder.split(seed.body_html)[1])
    return found, seconds, failed


_QUOTES = str.maketrans("‘’“”", "''\"\"")


def _straight(text: str) -> str:
    return text.translate(_QUOTES)


def score(corpus: Path, verbose: bool) -> None:
    """Print one corpus's accuracy per field, its entity precision and recall, and its reading speed."""
    articles = sorted(p for p in (corpus / "articles").iterdir() if p.suffix in (".txt", ".md"))
    read, load_link, failed = _read_all(corpus, articles)

    right = dict.fromkeys(FIELDS, 0)
    true_pos = false_pos = false_neg = 0
    misses: list[str] = []
    for article in articles:
        want = yaml.safe_load((corpus / "expected" / f"{article.stem}.yaml").read_text("utf-8"))
        expected_entities = set(want["entities"])
        if article.stem in failed:
            misses.append(f"{article.name}: the build refused it: {failed[article.stem]}")
            false_neg += len(expected_entities)
            continue
        seed, mentioned = read[article.stem]
        got = _observed(seed, mentioned)
        expected = {
            **{k: want[k] for k in ("title", "published", "updated", "dateline", "publisher", "attributed_to", "byline", "headings", "bullets")},
            "event_date": (want["event_date"], want["event_precision"]),
            "event_end": (want.get("event_end"), want.get("event_end_precision")),
        }
        for field, value in expected.items():
            if got[field] == value:
                right[field] += 1
            else:
                misses.append(f"{article.name}: {field}: got {got[field]!r}, want {value!r}")
        leaked = [d for d in want["debris"] if d in got["text"] or d in seed.title]
        right["debris-free"] += not leaked
        misses += [f"{article.name}: debris reached the page: {d!r}" for d in leaked]
        # (Compared with straight quotes: the page sets "it's" as "it’s", the same words.)
        missing = [m for m in want["must_contain"] if _straight(re.sub(r"\s+", " ", m)) not in _straight(got["text"])]
        right["must_contain"] += not missing
        misses += [f"{article.name}: story text lost: {m!r}" for m in missing]
        true_pos += len(got["entities"] & expected_entities)
        false_pos += len(got["entities"] - expected_entities)
        false_neg += len(expected_entities - got["entities"])
        for eid in sorted(got["entities"] - expected_entities):
            misses.append(f"{article.name}: entity found but not in the story: {eid}")
        for eid in sorted(expected_entities - got["entities"]):
            misses.append(f"{article.name}: entity missed: {eid}")

    raw = [a.read_bytes().decode("utf-8-sig") for a in articles if a.suffix == ".txt"]
    rounds = 20
    started = time.perf_counter()
    for _ in range(rounds):
        for text in raw:
            parse_text_article(text)
    per_article = (time.perf_counter() - started) / (rounds * max(len(raw), 1)) * 1000

    total = len(articles)
    name = corpus.relative_to(REPO) if corpus.is_relative_to(REPO) else corpus
    kind = KINDS.get(corpus.resolve(), "")
    print(f"ingestion accuracy over {total} articles in {name}{kind}")
    print(f"{'field':<16}{'right':>7}{'of':>5}{'accuracy':>11}")
    for field in FIELDS:
        label = {"event_date": "event date+prec", "event_end": "event end+prec"}.get(field, field)
        print(f"{label:<16}{right[field]:>7}{total:>5}{right[field] / total:>10.1%}")
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    print(f"{'entities':<16} precision {precision:.1%} ({true_pos}/{true_pos + false_pos}), recall {recall:.1%} ({true_pos}/{true_pos + false_neg})")
    print(f"reading speed: {per_article:.2f} ms per raw article (parse only); load+link of the corpus {load_link * 1000:.0f} ms")
    if misses:
        print(f"{len(misses)} mismatch(es)" + ("" if verbose else " (--verbose lists them)"))
        if verbose:
            for line in misses:
                print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=None,
                        help="corpus folders (default: tests/corpus, then tests/corpus/unseen and "
                             "tests/corpus/holdout and tests/corpus/holdout2 to holdout570 when they hold articles)")
    parser.add_argument("--verbose", action="store_true", help="list every mismatch")
    parser.add_argument("--rules-only", action="store_true", help="read without the learnt line model (the rules alone)")
    args = parser.parse_args()
    if args.rules_only:
        lineroles.OVERRIDE.append({})
    corpora = args.corpus or [TUNED] + [c for c in (TUNED / name for name in HELD_OUT) if any((c / "articles").glob("*.*"))]
    for i, corpus in enumerate(corpora):
        if i:
            print()
        score(corpus, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
