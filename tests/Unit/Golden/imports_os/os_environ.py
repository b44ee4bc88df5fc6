# os.environ is a mapping of the environment; os.getenv reads it; changes are visible to both.
import os
os.environ["GILRUN_GOLDEN_VAR"] = "val"
print(os.getenv("GILRUN_GOLDEN_VAR"), os.environ.get("GILRUN_GOLDEN_NOPE"), os.getenv("GILRUN_GOLDEN_NOPE", "dflt"))
print("GILRUN_GOLDEN_VAR" in os.environ, os.environ["GILRUN_GOLDEN_VAR"])
print(os.path.expandvars("$GILRUN_GOLDEN_VAR/${GILRUN_GOLDEN_VAR}/$GILRUN_GOLDEN_NOPE/$"))
print(os.environ.setdefault("GILRUN_GOLDEN_VAR", "other"), os.environ.pop("GILRUN_GOLDEN_VAR"))
print(os.getenv("GILRUN_GOLDEN_VAR"), os.environ.pop("GILRUN_GOLDEN_VAR", "gone"))
try:
    os.environ["GILRUN_GOLDEN_NOPE"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["GILRUN_GOLDEN_VAR"] = 3
except TypeError as e:
    print(e)
os.environ.update({"GILRUN_GOLDEN_A": "1"}, GILRUN_GOLDEN_B="2")
print(sorted([k for k in os.environ if k.startswith("GILRUN_GOLDEN")]), type(os.environ.copy()).__name__)
del os.environ["GILRUN_GOLDEN_A"]
print("GILRUN_GOLDEN_A" in os.environ, len(os.environ) == len(list(os.environ)))
