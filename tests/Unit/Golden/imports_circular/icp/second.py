import icp
try:
    icp.first
except AttributeError as e:
    print("AttributeError:", e)
from icp import first
print("from icp import first ->", first.__name__)
SECOND = 2
