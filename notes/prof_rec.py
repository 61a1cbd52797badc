import time, cProfile, pstats
from pathlib import Path
from communique._normalize import normalize
from communique._segment import segment
from communique._mentions import recognize
from communique import Gazetteer
texts=[p.read_text() for p in Path('../shared/corpus/dev').glob('*.txt')]
big="\n\n".join(texts)*8
g=Gazetteer.default()
n=normalize(big); s=segment(n); recognize(n,s,g)
best=9
for _ in range(3):
    t=time.perf_counter(); recognize(n,s,g); best=min(best, time.perf_counter()-t)
print("best", round(best,3))
cProfile.run("recognize(n,s,g)", "/tmp/p2")
pstats.Stats("/tmp/p2").sort_stats("tottime").print_stats(12)
