import icp.second
FIRST = 1
