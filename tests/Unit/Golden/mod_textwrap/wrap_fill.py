# textwrap.wrap and fill: widths, indents, hyphens, long words
import textwrap
text = ("The quick brown fox jumps over the lazy dog. A well-known pangram -- used for testing "
        "type-setting and keyboards; it contains every letter. Supercalifragilisticexpialidocious words "
        "and hyphenated-compound-words-that-go-on-and-on appear here too!  Double  spaces.\tTabs\there.")
for w in [10, 15, 20, 33, 50, 70]:
    print(w, textwrap.wrap(text, w))
print(textwrap.fill(text, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 30, break_on_hyphens=False))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h-i-j-k", 5), textwrap.wrap("aaaaaaaaaa-bbbbbbbbbb", 12))
print(textwrap.wrap("x--y long--dash", 6))
