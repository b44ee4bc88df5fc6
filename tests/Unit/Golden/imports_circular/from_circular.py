# from-import of a name not yet defined in a partly initialised module: CPython 3.11's message.
print("start")
import ic_c
