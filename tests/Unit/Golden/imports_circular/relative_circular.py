# from . import x finds a partly initialised sibling through sys.modules.
import icq
print(icq.two.call_one(), icq.one.two is icq.two)
