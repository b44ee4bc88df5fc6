# A submodule still being imported is not yet an attribute of its package.
import icp.first
print(icp.first.FIRST, icp.second.SECOND)
