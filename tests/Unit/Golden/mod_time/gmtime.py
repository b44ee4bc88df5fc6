# gmtime breaks a timestamp into a struct_time (floor rounding; negative and far timestamps too).
import time
for secs in [0, 1, 59.9, -1, -1.5, 86399, 951782400, 1e9, 2**31, 4102444800, 253402300800, -62135596800, 1234567890.75]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_zone, t.tm_gmtoff)
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(len(t), t[0], t[-1], t[1:3], list(t)[:3], isinstance(t, tuple), t == tuple(t), type(t).__name__, time.struct_time)
for bad in ["a", 1e20, float("nan")]:
    try:
        time.gmtime(bad)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
