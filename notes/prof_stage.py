import cProfile, pstats, sys
sys.path.insert(0, "benchmarks")
from make_corpus import make_articles
import communique
arts = make_articles(30000, seed=0)
communique.parse("warm up. Russia said.")
cProfile.run("for a in arts: communique.parse(a)", "/tmp/prof2")
p = pstats.Stats("/tmp/prof2"); p.sort_stats(sys.argv[1] if len(sys.argv) > 1 else "tottime").print_stats(int(sys.argv[2]) if len(sys.argv) > 2 else 45)
