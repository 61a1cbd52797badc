import time, sys
from pathlib import Path
import communique
from communique._pipeline import Parser
from communique._normalize import normalize
from communique._segment import segment
from communique._mentions import recognize
from communique._resolve import resolve
from communique._types import Document
from communique._meetings import find_meetings
from communique._claims import find_claims
from communique._relations import find_relationships
texts=[p.read_text() for p in Path('../shared/corpus/dev').glob('*.txt')]
g=communique.Gazetteer.default()
communique.parse("warm up. Russia said.")
for k in [int(x) for x in sys.argv[1:]]:
    big="\n\n".join(texts)*k
    w=len(big.split())
    T={}
    def t(name, f):
        t0=time.process_time(); r=f(); T[name]=time.process_time()-t0; return r
    n=t("normalize", lambda: normalize(big)); s=t("segment", lambda: segment(n))
    ms=t("recognize", lambda: recognize(n,s,g)); actors,res,hid=t("resolve", lambda: resolve(n,s,ms,g,None))
    doc=Document(norm=n,sentences=s,mentions=res,actors={a.id:a for a in actors},published=None)
    t("meetings", lambda: find_meetings(doc)); t("claims", lambda: find_claims(doc)); t("relations", lambda: find_relationships(doc))
    print(w, "words", " ".join(f"{k}={w/v/1000:.0f}k" for k,v in T.items()), "total", round(w/sum(T.values())), "w/s")
