# textwrap.shorten collapses whitespace and truncates with a placeholder
import textwrap
print(repr(textwrap.shorten("Hello  world!", width=12)))
print(repr(textwrap.shorten("Hello world!", width=11)))
print(repr(textwrap.shorten("Hello world", 5)))
print(repr(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder="...")))
print(repr(textwrap.shorten("  spaced \n\t out   text  ", 40)))
print(repr(textwrap.shorten("one two three four", 14, placeholder=" ~")))
