import sys
sys.il_loads = getattr(sys, "il_loads", 0) + 1
LOADS = sys.il_loads
