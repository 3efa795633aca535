"""The frozen held-out sets are well formed: the benchmark can score every article of them.

Twenty-three sets besides the tuned corpus: `unseen/` (written before the reader was generalised), `holdout/`
(written after, by someone who did not read the reader's code), `holdout2/`
(written blind while the reader was being changed against `holdout/`), `holdout3/`
(written blind while the reader was being changed against `holdout2/`), `holdout4/`
(written blind, likewise, after `holdout3/`), `holdout5/` (written blind after
`holdout4/`), `holdout6/` (written blind after `holdout5/`), `holdout8/` (written
blind after `holdout6/`: document shapes no earlier set has), `holdout7/` (written
blind beside it, delivered later: ordinary news-site pages) and `holdout9/` (written blind
after `holdout6/`, as a second set of ordinary news-site pages). `holdout10/`, `holdout11/` and
`holdout12/` were written blind later, each by a helper who saw none of the others, as sets of
ordinary news-site pages in shapes the earlier sets lack. `holdout13/` was written blind after
them, as ten more ordinary news pages from Europe and the Americas, and `holdout14/` beside it,
ten from Asia, Africa, the Middle East and Oceania. `holdout15/` was written blind after the
eleventh reader round: ten more ordinary pages from European and North American outlets the
earlier sets do not cover, and `holdout16/` beside it, ten from South, Southeast and East Asia,
Latin America, Africa and Oceania. `holdout17/` and `holdout18/` were written blind after the
learnt line model was added: ten more ordinary pages each, from European, Middle Eastern and
North American outlets, and from Asia-Pacific, African and Latin American outlets and
specialist sites the earlier sets do not cover. `holdout19/` and `holdout20/` were written
blind after the line model's refit: ten more ordinary pages each, from European and American
outlets, and from Asian, African, Middle Eastern and Oceanian outlets not covered before.
`holdout21/` and `holdout22/` (eight pages each, from the same two halves of the world) were
written blind after the model's second refit, and `holdout23/` (eight more from Europe and the
Americas) beside them. How the reader
does on them is measured by benchmarks/ingest_accuracy.py, not asserted here:
each set was written before it was scored, to be read as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).resolve().parent / "corpus"
UNSEEN = CORPUS / "unseen"
# Each held-out set in the order it was written, with the number of articles it was frozen with.
HELD_OUT = {"holdout": 12, "holdout2": 10, "holdout3": 13, "holdout4": 15, "holdout5": 14, "holdout6": 14, "holdout8": 14, "holdout7": 8, "holdout9": 12, "holdout10": 12, "holdout11": 10, "holdout12": 10, "holdout13": 10, "holdout14": 10, "holdout15": 10, "holdout16": 10, "holdout17": 10, "holdout18": 10, "holdout19": 10, "holdout20": 10, "holdout21": 8, "holdout22": 8, "holdout23": 8, "holdout24": 8, "holdout25": 8, "holdout26": 8, "holdout27": 8, "holdout28": 8, "holdout29": 8, "holdout30": 8, "holdout31": 8, "holdout32": 8, "holdout33": 8, "holdout34": 8, "holdout35": 8, "holdout36": 8, "holdout37": 8, "holdout38": 8, "holdout39": 8, "holdout40": 8, "holdout41": 8, "holdout42": 8, "holdout43": 8, "holdout44": 8, "holdout45": 8, "holdout46": 8, "holdout47": 8, "holdout48": 8, "holdout49": 8, "holdout50": 8, "holdout51": 8, "holdout52": 8, "holdout53": 8, "holdout54": 8, "holdout55": 8, "holdout57": 8, "holdout58": 8, "holdout61": 8, "holdout62": 8, "holdout63": 4, "holdout64": 4, "holdout65": 4, "holdout66": 4, "holdout67": 4, "holdout69": 2, "holdout70": 2, "holdout71": 2, "holdout72": 2, "holdout73": 2, "holdout74": 2, "holdout76": 1, "holdout77": 1, "holdout78": 2, "holdout79": 2, "holdout80": 2, "holdout81": 2, "holdout82": 2, "holdout83": 2, "holdout84": 2, "holdout85": 2, "holdout86": 2, "holdout87": 2, "holdout88": 2, "holdout89": 2, "holdout90": 2, "holdout91": 2, "holdout92": 2, "holdout93": 2, "holdout94": 2, "holdout95": 2, "holdout96": 2, "holdout97": 2, "holdout98": 2, "holdout99": 2, "holdout100": 2, "holdout101": 2, "holdout102": 2, "holdout103": 2, "holdout104": 2, "holdout105": 2, "holdout106": 2, "holdout107": 2, "holdout108": 2, "holdout109": 2, "holdout110": 2, "holdout111": 2, "holdout112": 2, "holdout113": 2, "holdout114": 2, "holdout115": 2, "holdout116": 2, "holdout117": 2, "holdout118": 2, "holdout119": 2, "holdout120": 2, "holdout121": 2, "holdout122": 2, "holdout123": 2, "holdout124": 2, "holdout125": 2, "holdout126": 2, "holdout127": 2, "holdout128": 2, "holdout129": 2, "holdout130": 2, "holdout131": 2, "holdout132": 2, "holdout133": 2, "holdout134": 2, "holdout135": 2, "holdout136": 2, "holdout137": 2, "holdout138": 2, "holdout139": 2, "holdout140": 2, "holdout141": 2, "holdout142": 2, "holdout143": 2, "holdout144": 2, "holdout145": 2, "holdout146": 2, "holdout147": 2, "holdout148": 2, "holdout149": 2, "holdout150": 2, "holdout151": 2, "holdout152": 2, "holdout153": 2, "holdout154": 2, "holdout155": 2, "holdout156": 2, "holdout157": 2, "holdout158": 2, "holdout159": 2, "holdout160": 2, "holdout161": 2, "holdout162": 2, "holdout163": 2, "holdout164": 2, "holdout165": 2, "holdout166": 2, "holdout167": 2, "holdout168": 2, "holdout169": 2, "holdout170": 2, "holdout171": 2, "holdout172": 2, "holdout173": 2, "holdout174": 2, "holdout175": 2, "holdout176": 2, "holdout177": 2, "holdout178": 2, "holdout179": 2, "holdout180": 2, "holdout181": 2, "holdout182": 2, "holdout183": 2, "holdout184": 2, "holdout185": 2, "holdout186": 2, "holdout187": 2, "holdout188": 2, "holdout189": 2, "holdout190": 2, "holdout191": 2, "holdout192": 2, "holdout193": 2, "holdout194": 2, "holdout195": 2, "holdout196": 2, "holdout197": 2, "holdout198": 2, "holdout199": 2, "holdout200": 2, "holdout201": 2, "holdout202": 2, "holdout203": 2, "holdout204": 2, "holdout205": 2, "holdout206": 2, "holdout207": 2, "holdout208": 2, "holdout209": 2, "holdout210": 2, "holdout211": 2, "holdout212": 2, "holdout213": 2, "holdout214": 2, "holdout215": 2, "holdout216": 2, "holdout217": 2, "holdout218": 2, "holdout219": 2, "holdout220": 2, "holdout221": 2, "holdout222": 2, "holdout223": 2, "holdout224": 2, "holdout225": 2, "holdout226": 2, "holdout227": 2, "holdout228": 2, "holdout229": 2, "holdout230": 2, "holdout231": 2, "holdout232": 2, "holdout233": 2, "holdout234": 2, "holdout235": 2, "holdout236": 2, "holdout237": 2, "holdout238": 2, "holdout239": 2, "holdout240": 2, "holdout241": 2, "holdout242": 2, "holdout243": 2, "holdout244": 2, "holdout245": 2, "holdout246": 2, "holdout247": 2, "holdout248": 2, "holdout249": 2, "holdout250": 2, "holdout251": 2, "holdout252": 2, "holdout253": 2, "holdout254": 2, "holdout255": 2, "holdout256": 2, "holdout257": 2, "holdout258": 2, "holdout259": 2, "holdout260": 2, "holdout261": 2, "holdout262": 2, "holdout263": 2, "holdout264": 2, "holdout265": 2, "holdout266": 2, "holdout267": 2, "holdout268": 2, "holdout269": 2, "holdout270": 2, "holdout271": 2, "holdout272": 2, "holdout273": 2, "holdout274": 2, "holdout275": 2, "holdout276": 2, "holdout277": 2, "holdout278": 2, "holdout279": 2, "holdout280": 2, "holdout281": 2, "holdout282": 2, "holdout283": 2, "holdout284": 2, "holdout285": 2, "holdout286": 2, "holdout287": 2, "holdout288": 2, "holdout289": 2, "holdout290": 2, "holdout291": 2, "holdout292": 2, "holdout293": 2, "holdout294": 2, "holdout295": 2, "holdout296": 2, "holdout297": 2, "holdout298": 2, "holdout299": 2, "holdout300": 2, "holdout301": 2, "holdout302": 2, "holdout303": 2, "holdout304": 2, "holdout305": 2, "holdout306": 2, "holdout307": 2, "holdout308": 2, "holdout309": 2, "holdout310": 2, "holdout311": 2, "holdout312": 2, "holdout313": 2, "holdout314": 2, "holdout315": 2, "holdout316": 2, "holdout317": 2, "holdout318": 2, "holdout319": 2, "holdout320": 2, "holdout321": 2, "holdout322": 2, "holdout323": 2, "holdout324": 2, "holdout325": 2, "holdout326": 2, "holdout327": 2, "holdout328": 2, "holdout329": 2, "holdout330": 2, "holdout331": 2, "holdout332": 2, "holdout333": 2, "holdout334": 2, "holdout335": 2, "holdout336": 2, "holdout337": 2, "holdout338": 2, "holdout339": 2, "holdout340": 2, "holdout341": 2, "holdout342": 2, "holdout343": 2, "holdout344": 2, "holdout345": 2, "holdout346": 2, "holdout347": 2, "holdout348": 2, "holdout349": 2, "holdout350": 2, "holdout351": 2, "holdout352": 2, "holdout353": 2, "holdout354": 2, "holdout355": 2, "holdout356": 2, "holdout357": 2, "holdout358": 2, "holdout359": 2, "holdout360": 2, "holdout361": 2, "holdout362": 2, "holdout363": 2, "holdout364": 2, "holdout365": 2, "holdout366": 2, "holdout367": 2, "holdout368": 2, "holdout369": 2, "holdout370": 2, "holdout371": 2, "holdout372": 2, "holdout373": 2, "holdout374": 2, "holdout375": 2, "holdout376": 2, "holdout377": 2, "holdout378": 2, "holdout379": 2, "holdout380": 2, "holdout381": 2, "holdout382": 2, "holdout383": 2, "holdout384": 2, "holdout385": 2, "holdout386": 2, "holdout387": 2, "holdout388": 2, "holdout389": 2, "holdout390": 2, "holdout391": 2, "holdout392": 2, "holdout393": 2, "holdout394": 2, "holdout395": 2, "holdout396": 2, "holdout397": 2, "holdout398": 2, "holdout399": 2, "holdout400": 2, "holdout401": 2, "holdout402": 2, "holdout403": 2, "holdout404": 2, "holdout405": 2, "holdout406": 2, "holdout407": 2, "holdout408": 2, "holdout409": 2, "holdout410": 2, "holdout411": 2, "holdout412": 2, "holdout413": 2, "holdout414": 2, "holdout415": 2, "holdout416": 2, "holdout417": 2, "holdout418": 2, "holdout419": 2, "holdout420": 2, "holdout421": 2, "holdout422": 2, "holdout423": 2, "holdout424": 2, "holdout425": 2, "holdout426": 2, "holdout427": 2, "holdout428": 2, "holdout429": 2, "holdout430": 2, "holdout431": 2, "holdout432": 2, "holdout433": 2, "holdout434": 2, "holdout435": 2, "holdout436": 2, "holdout437": 2, "holdout438": 2, "holdout439": 2, "holdout440": 2, "holdout441": 2, "holdout442": 2, "holdout443": 2, "holdout444": 2, "holdout445": 2, "holdout446": 2, "holdout447": 2, "holdout448": 2, "holdout449": 2, "holdout450": 2, "holdout451": 2, "holdout452": 2, "holdout453": 2, "holdout454": 2, "holdout455": 2, "holdout456": 2, "holdout457": 2, "holdout458": 2, "holdout459": 2, "holdout460": 2, "holdout461": 2, "holdout462": 2, "holdout463": 2, "holdout464": 2, "holdout465": 2, "holdout466": 2, "holdout467": 2, "holdout468": 2, "holdout469": 2, "holdout470": 2, "holdout471": 2, "holdout472": 2, "holdout473": 2, "holdout474": 2, "holdout475": 2, "holdout476": 2, "holdout477": 2, "holdout478": 2, "holdout479": 2, "holdout480": 2, "holdout481": 2, "holdout482": 2, "holdout483": 2, "holdout484": 2, "holdout485": 2, "holdout486": 2, "holdout487": 2, "holdout488": 2, "holdout489": 2, "holdout490": 2, "holdout491": 2, "holdout492": 2, "holdout493": 2, "holdout494": 2, "holdout495": 2, "holdout496": 2, "holdout497": 2, "holdout498": 2, "holdout499": 2, "holdout500": 2, "holdout501": 2, "holdout502": 2, "holdout503": 2, "holdout504": 2, "holdout505": 2, "holdout506": 2, "holdout507": 2, "holdout508": 2, "holdout509": 2, "holdout510": 2, "holdout511": 2, "holdout512": 2, "holdout513": 2, "holdout514": 2, "holdout515": 2, "holdout516": 2, "holdout517": 2, "holdout518": 2, "holdout519": 2, "holdout520": 2, "holdout521": 2, "holdout522": 2, "holdout523": 2, "holdout524": 2, "holdout525": 2, "holdout526": 2, "holdout527": 2, "holdout528": 2, "holdout529": 2, "holdout530": 2, "holdout531": 2, "holdout532": 2, "holdout533": 2, "holdout534": 2, "holdout535": 2, "holdout536": 2, "holdout537": 2, "holdout538": 2, "holdout539": 2, "holdout540": 2, "holdout541": 2, "holdout542": 2, "holdout543": 2, "holdout544": 2, "holdout545": 2, "holdout546": 2, "holdout547": 2, "holdout548": 2, "holdout549": 2, "holdout550": 2, "holdout551": 2, "holdout552": 2, "holdout553": 2, "holdout554": 2, "holdout555": 2, "holdout556": 2, "holdout557": 2, "holdout558": 2, "holdout559": 2, "holdout560": 2, "holdout561": 2, "holdout562": 2, "holdout563": 2, "holdout564": 2, "holdout565": 2, "holdout566": 2, "holdout567": 2, "holdout568": 2, "holdout569": 2, "holdout570": 2}
ENTITIES = CORPUS / "content" / "entities"
KEYS = {
    "title", "published", "updated", "event_date", "event_precision", "event_end", "event_end_precision",
    "dateline", "publisher", "attributed_to", "byline", "entities", "must_contain", "debris", "headings", "bullets",
}


def _articles(root: Path) -> list[Path]:
    return sorted(p for p in (root / "articles").glob("*") if p.suffix in (".txt", ".md"))


ARTICLES = [(root, p) for root in (UNSEEN, *(CORPUS / name for name in HELD_OUT)) for p in _articles(root)]


def test_the_unseen_set_has_at_least_fifteen_articles():
    assert len(_articles(UNSEEN)) >= 15


@pytest.mark.parametrize("name", list(HELD_OUT))
def test_each_held_out_set_has_its_articles_each_with_an_expectation(name):
    articles = _articles(CORPUS / name)
    assert len(articles) == HELD_OUT[name]
    assert sorted(p.stem for p in (CORPUS / name / "expected").glob("*.yaml")) == [p.stem for p in articles]


@pytest.mark.parametrize("name", list(HELD_OUT))
def test_each_held_out_set_shares_no_article_stem_with_the_sets_before_it(name):
    earlier = [UNSEEN, *(CORPUS / n for n in list(HELD_OUT)[:list(HELD_OUT).index(name)])]
    assert not {p.stem for root in earlier for p in _articles(root)} & {p.stem for p in _articles(CORPUS / name)}


@pytest.mark.parametrize("root,article", ARTICLES, ids=lambda v: v.stem if v.suffix else v.name)
def test_each_held_out_article_has_a_complete_expectation_quoting_its_own_text(root, article):
    want = yaml.safe_load((root / "expected" / f"{article.stem}.yaml").read_text("utf-8"))
    assert set(want) == KEYS
    text = article.read_text("utf-8-sig")
    flat = " ".join(text.split())
    for phrase in want["must_contain"] + want["debris"]:
        assert " ".join(phrase.split()) in flat, phrase
    known = {yaml.safe_load(p.read_text("utf-8"))["id"] for p in ENTITIES.glob("*.yaml")}
    assert set(want["entities"]) <= known
    assert want["entities"] == sorted(want["entities"])
    for key, precision in (("event_date", "event_precision"), ("event_end", "event_end_precision")):
        value = want[key]
        assert (value is None) == (want[precision] is None)
        if value is not None:
            assert {4: "year", 7: "month", 10: "day"}[len(str(value))] == want[precision]
