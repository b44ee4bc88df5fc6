from string import Template
import string

t = Template("$who likes $what, costs $$${price}")
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.substitute({"who": "ann", "what": "tea"}, price=2.5))
print(t.safe_substitute(who="bob"), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
bad = Template("cost: $ 5 and $ok")
try:
    bad.substitute(ok=1)
except ValueError as e:
    print("ValueError:", e)
print(bad.safe_substitute(ok=1), bad.is_valid(), t.is_valid(), t.get_identifiers())
multi = Template("line1\n  $x and\n $")
try:
    multi.substitute(x=1)
except ValueError as e:
    print("ValueError:", e)
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %{age}y, 100%%").substitute(name="Al", age=30))
class Dotted(Template):
    idpattern = r"[a-z]+\.[a-z]+"
print(Dotted("$user.name!").substitute({"user.name": "root"}))
print(Template("${a}${b}$c").substitute(a=1, b=2, c=3), Template("$A_1").substitute(A_1="caps"))
print(Template.delimiter, Template.idpattern, Template.flags == __import__("re").IGNORECASE)
