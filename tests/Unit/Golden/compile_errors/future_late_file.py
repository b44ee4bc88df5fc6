"""A from __future__ import after other statements: the whole file is rejected."""
import sys
from __future__ import annotations
print("never printed")
