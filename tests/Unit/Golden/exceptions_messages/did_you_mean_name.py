# 3.11 suggests close names for NameError from locals, globals and builtins
def compute(values):
    total = 0
    for value in values:
        totl = total + value
    return totl

print(compute([1, 2]))

def local_typo():
    number_of_items = 3
    return number_of_itmes * 2

try:
    local_typo()
except NameError as e:
    print("NameError", e)

global_setting = 5
def uses_global():
    return global_settings
try:
    uses_global()
except NameError as e:
    print(e)
prnt("hello")
