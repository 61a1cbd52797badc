"""List gold actors missed per dev article: python notes/actor_diag.py [filter]."""
import json, sys, importlib.util
from pathlib import Path
import communique
ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "tools" / "score.py")
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
sys.path.insert(0, str(ROOT / "notes"))
from score_dev import _fallback  # noqa
flt = sys.argv[1] if len(sys.argv) > 1 else ""
for g in sorted(DEV.glob("*.gold.json")):
    name = g.name[:-10]
    if flt not in name: continue
    gold = json.loads(g.read_text())
    text = (DEV / gold["article"]).read_text()
    art = communique.parse(text, published=gold.get("published"))
    pred = json.loads((getattr(communique, "to_json", None) or _fallback)(art))
    al = score.Aligner(gold, pred)
    got = {al.key(p["id"]) for p in pred["actors"]}
    miss = [a["key"] for a in gold["actors"] if a["key"] not in got]
    extra = [(p["id"], [m["text"] for m in p["mentions"]][:3]) for p in pred["actors"] if al.key(p["id"]) is None]
    dup = {}
    for p in pred["actors"]:
        k = al.key(p["id"])
        if k: dup.setdefault(k, []).append(p["id"])
    dups = {k: v for k, v in dup.items() if len(v) > 1}
    print(f"== {name}: missed={miss} extra={extra} dups={dups}")
