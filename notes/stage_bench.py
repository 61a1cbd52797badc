import time, sys
sys.path.insert(0, "benchmarks")
from make_corpus import make_articles
import communique
from communique._normalize import normalize
from communique._segment import segment
from communique._mentions import recognize
from communique._resolve import resolve
from communique._types import Document
from communique._meetings import find_meetings
from communique._claims import find_claims
from communique._relations import find_relationships
arts = make_articles(int(sys.argv[1]) if len(sys.argv) > 1 else 100000, seed=0)
g = communique.Gazetteer.default()
communique.parse("warm up. Russia said.")
w = sum(len(a.split()) for a in arts)
T = {}
def t(name, f):
    t0 = time.process_time(); r = f(); T[name] = T.get(name, 0) + time.process_time() - t0; return r
t0 = time.process_time()
for a in arts:
    communique.parse(a)
full = time.process_time() - t0
for a in arts:
    n = t("normalize", lambda: normalize(a)); s = t("segment", lambda: segment(n))
    ms = t("recognize", lambda: recognize(n, s, g)); actors, res, hid = t("resolve", lambda: resolve(n, s, ms, g, None))
    doc = Document(norm=n, sentences=s, mentions=res, actors={x.id: x for x in actors}, published=None)
    t("meetings", lambda: find_meetings(doc)); t("claims", lambda: find_claims(doc)); t("relations", lambda: find_relationships(doc))
print(w, "words full", round(w / full), "w/s", round(full / w * 1e6, 1), "us/w")
print(" ".join(f"{k}={v / w * 1e6:.1f}us" for k, v in T.items()), "sum", round(sum(T.values()) / w * 1e6, 1))
