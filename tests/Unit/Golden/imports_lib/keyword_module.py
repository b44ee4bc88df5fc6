# keyword ships with the interpreter's library and is found through sys.path.
import keyword
import sys

print(keyword.__name__)
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
for word in ["if", "match", "print", "None", "_", "async"]:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
print("keyword" in sys.modules, sys.modules["keyword"] is keyword)
from keyword import iskeyword as isk, kwlist
print(isk("while"), kwlist is keyword.kwlist)
print(keyword.__file__.endswith("keyword.py"))
