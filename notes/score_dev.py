"""Parse the dev corpus and score it: python notes/score_dev.py [NAME_FILTER]."""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import communique

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
def _fallback(art):
    import attrs, enum, datetime
    def conv(inst, field, v):
        if isinstance(v, enum.Enum):
            return v.value
        if isinstance(v, datetime.date):
            return v.isoformat()
        return v
    d = attrs.asdict(art, value_serializer=conv)
    d["schema"] = "communique/1"
    return json.dumps(d)


def main():
    out = Path(tempfile.mkdtemp(prefix=f"pred-{os.getpid()}-"))
    flt = sys.argv[1] if len(sys.argv) > 1 else ""
    gold_dir = DEV
    if flt:
        gold_dir = Path(tempfile.mkdtemp(prefix="gold-"))
    for g in sorted(DEV.glob("*.gold.json")):
        name = g.name[: -len(".gold.json")]
        if flt and flt not in name:
            continue
        meta = json.loads(g.read_text(encoding="utf-8"))
        text = (DEV / meta.get("article", name + ".txt")).read_text(encoding="utf-8")
        if flt:
            (gold_dir / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
            (gold_dir / (name + ".txt")).write_text(text, encoding="utf-8")
        art = communique.parse(text, published=meta.get("published"))
        ser = getattr(communique, "to_json", None) or _fallback
        (out / (name + ".json")).write_text(ser(art), encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT.parent / "shared" / "tools" / "score.py"), str(gold_dir), str(out)], check=False)
    print("predictions in", out)


if __name__ == '__main__':
    main()
