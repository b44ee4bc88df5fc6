# asctime/ctime formats, mktime's normalization, and struct_time construction.
import time
print(time.asctime(time.gmtime(0)), time.asctime((2020, 1, 5, 7, 8, 9, 6, 5, 0)), time.asctime((2024, 2, 29, 23, 59, 59, 3, 60, 0)))
print(time.ctime(0), time.ctime(1e9), time.ctime(-86400 * 365))
print(time.mktime(time.localtime(1e9)), time.mktime((2020, 14, 40, 25, 0, 0, 0, 1, 0)), time.mktime((1970, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.mktime((2000, 3, 0, 0, 0, 0, 0, 1, 0)), time.mktime((2021, 0, 1, 0, 0, -1, 0, 1, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0))
print(st, st.tm_zone, st.tm_mday, time.asctime(st), time.strftime("%c", st))
st2 = time.struct_time([2020, 1, 2, 3, 4, 5, 3, 2, 0, "XYZ", 3600])
print(st2.tm_zone, st2.tm_gmtoff, time.strftime("%Z %z", st2), st == st2)
print(time.localtime(0).tm_year, tuple(time.gmtime(0)) == tuple(time.localtime(0)) or time.timezone != 0, time.tzname, time.timezone)
for f in [lambda: time.struct_time((1, 2, 3)), lambda: time.asctime("x"), lambda: time.mktime((1, 2)), lambda: time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
