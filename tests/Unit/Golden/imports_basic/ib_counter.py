# Counts how many times its body runs (stored on the sys module, which outlives it).
import sys
sys.ib_runs = getattr(sys, "ib_runs", 0) + 1
value = sys.ib_runs
