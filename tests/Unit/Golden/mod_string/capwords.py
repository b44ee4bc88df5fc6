# string.capwords splits, capitalizes each word and joins with sep (default: runs of whitespace -> one space).
import string
print(string.capwords("hello world"), string.capwords("  the  QUICK\tbrown\nfox  "), repr(string.capwords("")))
print(string.capwords("a-b-c", "-"), string.capwords("x--y", "-"), string.capwords("one two", sep=None), string.capwords("éa ÿb"))
for f in [lambda: string.capwords(), lambda: string.capwords(1), lambda: string.capwords("a", "b", "c")]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
