// The calendar half of the time module: struct_time, gmtime/localtime/mktime, asctime/ctime and
// strftime with the C locale's names and glibc's directives (CPython calls the platform libc; gilrun
// reproduces what glibc prints). Dates use proleptic Gregorian day arithmetic on 64-bit integers, so
// every time_t CPython accepts converts, not only DateTime's years 1-9999.
namespace GilRuntime.Core.Modules;

using System.Text;
using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static partial class TimeModule
{
    private static readonly string[] s_dayAbbr = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] s_dayFull = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] s_monAbbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] s_monFull = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A broken-down time (struct tm plus the tm_zone/tm_gmtoff extensions).</summary>
    private struct Tm
    {
        public long Year;
        public int Mon, MDay, Hour, Min, Sec, WDay, YDay, IsDst;   // Mon 1-12, WDay Monday=0, YDay 1-366
        public string? Zone;
        public long? GmtOff;
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    private static long DaysFromCivil(long y, long m, long d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static (long Y, int M, int D) CivilFromDays(long z)
    {
        z += 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int)(doy - (153 * mp + 2) / 5 + 1);
        int m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (m <= 2 ? y + 1 : y, m, d);
    }

    private static bool IsLeap(long y) => y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);

    private static Tm FromEpoch(long secs, long offset)
    {
        long t = secs + offset;
        long days = Math.DivRem(t, 86400, out long rem);
        if (rem < 0) { rem += 86400; days--; }
        var (y, m, d) = CivilFromDays(days);
        if (y > int.MaxValue - 1900 || y < int.MinValue + 1900) throw PyErr.OverflowError("timestamp out of range for platform time_t");
        return new Tm
        {
            Year = y, Mon = m, MDay = d,
            Hour = (int)(rem / 3600), Min = (int)(rem % 3600 / 60), Sec = (int)(rem % 60),
            WDay = (int)(((days % 7) + 7 + 3) % 7),
            YDay = (int)(days - DaysFromCivil(y, 1, 1)) + 1,
        };
    }

    /// <summary>_PyTime_ObjectToTime_t with floor rounding; None means now.</summary>
    private static long SecondsArg(PyObject? o)
    {
        if (o is null or PyNone) return (long)Math.Floor(NowNs() / 1e9);
        if (o is PyFloat f)
        {
            double v = f.Value;
            if (double.IsNaN(v)) throw PyErr.ValueError("Invalid value NaN (not a number)");
            v = Math.Floor(v);
            if (!(v >= -9.2233720368547758e18 && v < 9.2233720368547758e18)) throw PyErr.OverflowError("timestamp out of range for platform time_t");
            return (long)v;
        }
        var i = Ops.Index(o);
        if (!i.IsSmall) throw PyErr.OverflowError("timestamp out of range for platform time_t");
        return i.Value;
    }

    private static long LocalOffset(long secs)
    {
        try
        {
            var dto = DateTimeOffset.FromUnixTimeSeconds(secs);
            return (long)TimeZoneInfo.Local.GetUtcOffset(dto).TotalSeconds;
        }
        catch (ArgumentOutOfRangeException)
        {
            return (long)TimeZoneInfo.Local.BaseUtcOffset.TotalSeconds;
        }
    }

    private static bool LocalIsUtc => TimeZoneInfo.Local.BaseUtcOffset == TimeSpan.Zero && !TimeZoneInfo.Local.SupportsDaylightSavingTime;

    private static (string Std, string Dst) TzNames()
    {
        if (LocalIsUtc) return ("UTC", "UTC");
        var tz = TimeZoneInfo.Local;
        return (tz.StandardName, tz.DaylightName);
    }

    private static Tm LocalTm(long secs)
    {
        long off = LocalOffset(secs);
        var tm = FromEpoch(secs, off);
        bool dst = false;
        try { dst = TimeZoneInfo.Local.IsDaylightSavingTime(DateTimeOffset.FromUnixTimeSeconds(secs)); }
        catch (ArgumentOutOfRangeException) { }
        tm.IsDst = dst ? 1 : 0;
        var (std, dstName) = TzNames();
        tm.Zone = dst ? dstName : std;
        tm.GmtOff = off;
        return tm;
    }

    // ---- struct_time ----------------------------------------------------------------------------------

    public static readonly PyType StructTimeType = MakeStructTimeType();

    private static PyType MakeStructTimeType()
    {
        var t = PyStructTime.MakeType();
        t.New = static (type, a, k) =>
        {
            ArgParser.NoKeywords("struct_time", k);
            if (a.Length != 1) throw PyErr.TypeError($"struct_time() takes at most 2 arguments ({a.Length} given)");
            var items = Ops.ToClrList(a[0]);
            if (items.Count < 9) throw PyErr.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Count}-sequence given)");
            if (items.Count > 11) throw PyErr.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Count}-sequence given)");
            return new PyStructTime(items.GetRange(0, 9).ToArray(),
                items.Count > 9 ? items[9] : Py.None, items.Count > 10 ? items[10] : Py.None);
        };
        return t;
    }

    private static PyStructTime ToStruct(in Tm tm) => new(
        [PyInt.From(tm.Year), PyInt.From(tm.Mon), PyInt.From(tm.MDay), PyInt.From(tm.Hour), PyInt.From(tm.Min),
         PyInt.From(tm.Sec), PyInt.From(tm.WDay), PyInt.From(tm.YDay), PyInt.From(tm.IsDst)],
        tm.Zone is null ? Py.None : PyStr.From(tm.Zone), tm.GmtOff is null ? Py.None : PyInt.From(tm.GmtOff.Value));

    private static int IntField(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Value > int.MaxValue || i.Value < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        return (int)i.Value;
    }

    /// <summary>gettmarg: a struct_time or 9-tuple as a Tm (fields not yet range-checked).</summary>
    private static Tm TmArg(PyObject o, string fname)
    {
        PyObject[] items;
        PyObject zone = Py.None, gmtoff = Py.None;
        if (o is PyStructTime st) { items = st.Tuple.Items; zone = st.Zone; gmtoff = st.GmtOff; }
        else if (o is PyTuple tup)
        {
            if (tup.Count != 9) throw PyErr.TypeError($"{fname}(): illegal time tuple argument");
            items = tup.Items;
        }
        else throw PyErr.TypeError("Tuple or struct_time argument required");
        var tm = new Tm
        {
            Year = IntField(items[0]), Mon = IntField(items[1]), MDay = IntField(items[2]), Hour = IntField(items[3]),
            Min = IntField(items[4]), Sec = IntField(items[5]), WDay = IntField(items[6]), YDay = IntField(items[7]),
            IsDst = IntField(items[8]),
        };
        if (zone is PyStr z) tm.Zone = z.Value;
        if (gmtoff is PyInt g) tm.GmtOff = g.IsSmall ? g.Value : 0;
        // gettmarg takes (wday + 1) % 7 into C's Sunday-based order (negative stays negative, and
        // checktm rejects it); store it back Monday-based.
        int cw = (tm.WDay + 1) % 7;
        tm.WDay = cw < 0 ? -1 : (cw + 6) % 7;
        return tm;
    }

    /// <summary>checktm as time.strftime/asctime apply it (0 for month, day and yday mean 1).</summary>
    private static void CheckTm(ref Tm tm)
    {
        if (tm.Mon == 0) tm.Mon = 1;
        else if (tm.Mon < 1 || tm.Mon > 12) throw PyErr.ValueError("month out of range");
        if (tm.MDay == 0) tm.MDay = 1;
        else if (tm.MDay < 0 || tm.MDay > 31) throw PyErr.ValueError("day of month out of range");
        if (tm.Hour < 0 || tm.Hour > 23) throw PyErr.ValueError("hour out of range");
        if (tm.Min < 0 || tm.Min > 59) throw PyErr.ValueError("minute out of range");
        if (tm.Sec < 0 || tm.Sec > 61) throw PyErr.ValueError("seconds out of range");
        if (tm.WDay < 0) throw PyErr.ValueError("day of week out of range");
        if (tm.YDay == 0) tm.YDay = 1;
        else if (tm.YDay < 0 || tm.YDay > 366) throw PyErr.ValueError("day of year out of range");
        if (tm.IsDst < -1) tm.IsDst = -1;
        else if (tm.IsDst > 1) tm.IsDst = 1;
    }

    private static string AscTime(in Tm tm) =>
        $"{s_dayAbbr[tm.WDay]} {s_monAbbr[tm.Mon - 1]} {tm.MDay,2} {tm.Hour:D2}:{tm.Min:D2}:{tm.Sec:D2} {tm.Year}";

    /// <summary>mktime: local broken-down time (fields normalized like C's mktime) to epoch seconds.</summary>
    private static long MkTime(in Tm tm)
    {
        long mon0 = tm.Mon - 1;
        long yAdj = FloorDiv(mon0, 12);
        long days = DaysFromCivil(tm.Year + yAdj, mon0 - yAdj * 12 + 1, 1) + tm.MDay - 1;
        long local = days * 86400 + (long)tm.Hour * 3600 + (long)tm.Min * 60 + tm.Sec;
        long off = LocalOffset(local);
        return local - LocalOffset(local - off);
    }

    private static void RegisterCalendar(PyModule m)
    {
        m.Add("struct_time", StructTimeType);
        var (std, dst) = TzNames();
        m.Add("tzname", new PyTuple([PyStr.From(std), PyStr.From(dst)]));
        m.AddFunction("gmtime", static (a, k) =>
        {
            ArgParser.Range("gmtime", a, k, 0, 1);
            var tm = FromEpoch(SecondsArg(a.Length > 0 ? a[0] : null), 0);
            tm.Zone = "GMT";
            tm.GmtOff = 0;
            return ToStruct(tm);
        });
        m.AddFunction("localtime", static (a, k) =>
        {
            ArgParser.Range("localtime", a, k, 0, 1);
            return ToStruct(LocalTm(SecondsArg(a.Length > 0 ? a[0] : null)));
        });
        m.AddFunction("mktime", static (a, k) =>
        {
            ArgParser.Exactly("mktime", a, k, 1);
            var tm = TmArg(a[0], "mktime");
            return new PyFloat(MkTime(tm));
        });
        m.AddFunction("asctime", static (a, k) =>
        {
            ArgParser.Range("asctime", a, k, 0, 1);
            var tm = a.Length > 0 ? TmArg(a[0], "asctime") : LocalTm(SecondsArg(null));
            CheckTm(ref tm);
            return PyStr.From(AscTime(tm));
        });
        m.AddFunction("ctime", static (a, k) =>
        {
            ArgParser.Range("ctime", a, k, 0, 1);
            return PyStr.From(AscTime(LocalTm(SecondsArg(a.Length > 0 ? a[0] : null))));
        });
        m.AddFunction("strftime", static (a, k) =>
        {
            ArgParser.NoKeywords("strftime", k);
            if (a.Length < 1) throw PyErr.TypeError($"strftime() takes at least 1 argument ({a.Length} given)");
            if (a.Length > 2) throw PyErr.TypeError($"strftime() takes at most 2 arguments ({a.Length} given)");
            if (a[0] is not PyStr fmt) throw PyErr.TypeError($"strftime() argument 1 must be str, not {a[0].Type.Name}");
            Tm tm;
            if (a.Length > 1) { tm = TmArg(a[1], "strftime"); CheckTm(ref tm); }
            else tm = LocalTm(SecondsArg(null));
            return PyStr.From(StrFTime(fmt.Value, tm));
        });
    }

    // ---- strftime ---------------------------------------------------------------------------------------

    private static int SundayWDay(in Tm tm) => (tm.WDay + 1) % 7;

    /// <summary>ISO 8601 week-based year and week number (glibc's %G/%V).</summary>
    private static (long Year, int Week) IsoWeek(in Tm tm)
    {
        // week = (ordinal - isoWeekday + 10) / 7, spilling into the neighbouring ISO years.
        int week = (tm.YDay - (tm.WDay + 1) + 10) / 7;
        if (week < 1) return (tm.Year - 1, IsoWeeksIn(tm.Year - 1));
        if (week > IsoWeeksIn(tm.Year)) return (tm.Year + 1, 1);
        return (tm.Year, week);
    }

    private static int IsoWeeksIn(long y)
    {
        static long P(long y) => ((y + FloorDiv(y, 4) - FloorDiv(y, 100) + FloorDiv(y, 400)) % 7 + 7) % 7;
        return P(y) == 4 || P(y - 1) == 3 ? 53 : 52;
    }

    private static string StrFTime(string fmt, in Tm tm)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < fmt.Length; i++)
        {
            char c = fmt[i];
            if (c != '%' || i + 1 >= fmt.Length) { sb.Append(c); continue; }
            int start = i;
            char flag = '\0';
            char d = fmt[++i];
            if ((d == '-' || d == '_' || d == '0') && i + 1 < fmt.Length) { flag = d; d = fmt[++i]; }
            if (!Directive(sb, d, flag, tm)) sb.Append(fmt, start, i - start + 1);
        }
        return sb.ToString();
    }

    private static void Num(StringBuilder sb, long v, int width, char pad, char flag)
    {
        if (flag == '-') { sb.Append(v); return; }
        if (flag == '_') pad = ' ';
        else if (flag == '0') pad = '0';
        var s = Math.Abs(v).ToString();
        if (v < 0) sb.Append('-');
        for (int k = s.Length + (v < 0 ? 1 : 0); k < width; k++) sb.Append(pad);
        sb.Append(s);
    }

    private static bool Directive(StringBuilder sb, char d, char flag, in Tm tm)
    {
        int hour12 = tm.Hour % 12 == 0 ? 12 : tm.Hour % 12;
        switch (d)
        {
            case 'a': sb.Append(s_dayAbbr[tm.WDay]); return true;
            case 'A': sb.Append(s_dayFull[tm.WDay]); return true;
            case 'b': case 'h': sb.Append(s_monAbbr[tm.Mon - 1]); return true;
            case 'B': sb.Append(s_monFull[tm.Mon - 1]); return true;
            case 'c': sb.Append(StrFTime("%a %b %e %H:%M:%S %Y", tm)); return true;
            case 'C': Num(sb, FloorDiv(tm.Year, 100), 2, '0', flag); return true;
            case 'd': Num(sb, tm.MDay, 2, '0', flag); return true;
            case 'D': sb.Append(StrFTime("%m/%d/%y", tm)); return true;
            case 'e': Num(sb, tm.MDay, 2, ' ', flag); return true;
            case 'F': sb.Append(StrFTime("%Y-%m-%d", tm)); return true;
            case 'G': Num(sb, IsoWeek(tm).Year, 1, '0', flag); return true;
            case 'g': Num(sb, ((IsoWeek(tm).Year % 100) + 100) % 100, 2, '0', flag); return true;
            case 'H': Num(sb, tm.Hour, 2, '0', flag); return true;
            case 'I': Num(sb, hour12, 2, '0', flag); return true;
            case 'j': Num(sb, tm.YDay, 3, '0', flag); return true;
            case 'k': Num(sb, tm.Hour, 2, ' ', flag); return true;
            case 'l': Num(sb, hour12, 2, ' ', flag); return true;
            case 'm': Num(sb, tm.Mon, 2, '0', flag); return true;
            case 'M': Num(sb, tm.Min, 2, '0', flag); return true;
            case 'n': sb.Append('\n'); return true;
            case 'p': sb.Append(tm.Hour < 12 ? "AM" : "PM"); return true;
            case 'P': sb.Append(tm.Hour < 12 ? "am" : "pm"); return true;
            case 'r': sb.Append(StrFTime("%I:%M:%S %p", tm)); return true;
            case 'R': sb.Append(StrFTime("%H:%M", tm)); return true;
            case 's': sb.Append(MkTime(tm)); return true;
            case 'S': Num(sb, tm.Sec, 2, '0', flag); return true;
            case 't': sb.Append('\t'); return true;
            case 'T': sb.Append(StrFTime("%H:%M:%S", tm)); return true;
            case 'u': sb.Append(tm.WDay + 1); return true;
            case 'U': Num(sb, (tm.YDay - 1 + 7 - SundayWDay(tm)) / 7, 2, '0', flag); return true;
            case 'V': Num(sb, IsoWeek(tm).Week, 2, '0', flag); return true;
            case 'w': sb.Append(SundayWDay(tm)); return true;
            case 'W': Num(sb, (tm.YDay - 1 + 7 - tm.WDay) / 7, 2, '0', flag); return true;
            case 'x': sb.Append(StrFTime("%m/%d/%y", tm)); return true;
            case 'X': sb.Append(StrFTime("%H:%M:%S", tm)); return true;
            case 'y': Num(sb, ((tm.Year % 100) + 100) % 100, 2, '0', flag); return true;
            case 'Y': Num(sb, tm.Year, 1, '0', flag); return true;
            case 'z':
            {
                long off = tm.GmtOff ?? 0;
                sb.Append(off < 0 ? '-' : '+');
                off = Math.Abs(off);
                sb.Append((off / 3600).ToString("D2")).Append((off % 3600 / 60).ToString("D2"));
                return true;
            }
            case 'Z': sb.Append(tm.Zone ?? TzNames().Std); return true;
            case '%': sb.Append('%'); return true;
        }
        return false;
    }

    private static long FloorDiv(long a, long b) => a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

/// <summary>time.struct_time: a 9-item tuple with named fields plus tm_zone and tm_gmtoff attributes.</summary>
public sealed class PyStructTime : PyObject
{
    private static readonly string[] s_fields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

    internal static PyType MakeType()
    {
        var t = PyType.Builtin("struct_time", typeof(PyStructTime), PyTuple.TypeObject);
        t.Module = "time";
        t.Dict.SetItem(PyStr.Intern("n_sequence_fields"), PyInt.From(9));
        t.Dict.SetItem(PyStr.Intern("n_fields"), PyInt.From(11));
        t.Dict.SetItem(PyStr.Intern("n_unnamed_fields"), PyInt.From(0));
        return t;
    }

    public PyTuple Tuple { get; }
    public PyObject Zone { get; }
    public PyObject GmtOff { get; }

    public PyStructTime(PyObject[] items, PyObject zone, PyObject gmtoff) { Tuple = new PyTuple(items); Zone = zone; GmtOff = gmtoff; }

    public override PyType Type => TimeModule.StructTimeType;

    public override string Repr()
    {
        var sb = new StringBuilder("time.struct_time(");
        for (int i = 0; i < s_fields.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(s_fields[i]).Append('=').Append(Ops.Repr(Tuple[i]));
        }
        return sb.Append(')').ToString();
    }

    public override PyObject? LookupAttr(PyStr name)
    {
        int i = Array.IndexOf(s_fields, name.Value);
        if (i >= 0) return Tuple[i];
        if (name.Value == "tm_zone") return Zone;
        if (name.Value == "tm_gmtoff") return GmtOff;
        return base.LookupAttr(name);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op) =>
        Tuple.RichCompare(other is PyStructTime s ? s.Tuple : other, op);
    public override long Hash() => Tuple.Hash();
    public override bool IsTrue() => true;
    public override PyObject GetItem(PyObject key) => Tuple.GetItem(key);
    public override PyObject Iter() => Tuple.Iter();
    public override long Length() => Tuple.Count;
    public override bool HasLength => true;
    public override bool Contains(PyObject item) => Tuple.Contains(item);
}
