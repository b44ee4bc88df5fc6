# math trigonometry and hyperbolic functions, degrees/radians
import math
print(math.sin(0), math.cos(0), math.tan(0), math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(round(math.sin(math.pi), 12), math.cos(math.pi / 3), math.tan(math.pi / 4))
for bad in [lambda: math.asin(2), lambda: math.acos(-1.5), lambda: math.acosh(0.5), lambda: math.atanh(1),
            lambda: math.sin(math.inf), lambda: math.cosh(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(math.sin(-0.0), math.atan(math.inf), math.tanh(-math.inf))
