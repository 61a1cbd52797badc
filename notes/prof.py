import time, communique, cProfile, pstats, sys
from pathlib import Path
texts=[p.read_text() for p in Path('../shared/corpus/dev').glob('*.txt')]
big="\n\n".join(texts)*8
w=len(big.split())
communique.parse("warm up")
t=time.perf_counter(); a=communique.parse(big); dt=time.perf_counter()-t
print(w, "words", round(dt,2), "s", round(w/dt), "w/s")
cProfile.run("communique.parse(big)", "/tmp/prof")
p=pstats.Stats("/tmp/prof"); p.sort_stats(sys.argv[1] if len(sys.argv)>1 else "tottime").print_stats(18)
