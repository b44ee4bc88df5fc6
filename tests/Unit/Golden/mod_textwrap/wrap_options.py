# max_lines/placeholder, whitespace handling, sentence endings, errors
import textwrap
text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt."
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.wrap(text, 25, max_lines=2, placeholder="..."))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("a\nb\tc", 10, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("col1\tcol2\tc3", 40, tabsize=4))
print(textwrap.fill("Hello there.  How are you? Fine.", 80, fix_sentence_endings=True))
for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("x", 5, max_lines=1, placeholder="toolongplace"),
            lambda: textwrap.wrap("x", bogus=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
