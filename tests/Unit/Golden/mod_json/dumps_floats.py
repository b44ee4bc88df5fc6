# NaN and infinities, allow_nan
import json
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
for v in [float("nan"), float("inf"), [1, float("-inf")], {"k": float("nan")}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps([0.1 + 0.2, 1 / 3, 2.0 ** 60, 123456789.125, 5e-324]))
