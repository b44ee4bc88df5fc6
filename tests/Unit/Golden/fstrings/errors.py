# f-string runtime errors: bad format specs, unknown conversions at runtime via format()
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{3.5:d}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{42:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{42:,s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print("NameError:", e)
try:
    print(f"{1/0}")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(f"{[1][5]}")
except IndexError as e:
    print("IndexError:", e)
try:
    print(f"{'x':=5}")
except ValueError as e:
    print("ValueError:", e)
