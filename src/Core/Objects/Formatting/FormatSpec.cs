// The format-spec mini-language (CPython's Python/formatter_unicode.c parse_internal_render_format_spec):
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
namespace GilRuntime.Core.Objects;

public readonly struct FormatSpec
{
    /// <summary>The fill text (one code point; "" when not given).</summary>
    public string Fill { get; init; }
    /// <summary>'<', '>', '^', '=' or '\0' when not given.</summary>
    public char Align { get; init; }
    /// <summary>'+', '-', ' ' or '\0' when not given.</summary>
    public char Sign { get; init; }
    public bool NoNegativeZero { get; init; }
    public bool Alternate { get; init; }
    /// <summary>The '0' flag before the width.</summary>
    public bool ZeroPad { get; init; }
    /// <summary>-1 when not given.</summary>
    public int Width { get; init; }
    /// <summary>',', '_' or '\0'.</summary>
    public char Grouping { get; init; }
    /// <summary>-1 when not given.</summary>
    public int Precision { get; init; }
    /// <summary>The presentation type, '\0' when not given.</summary>
    public char Type { get; init; }

    public bool FillGiven => Fill.Length != 0;

    public static FormatSpec Parse(string spec) => Parse(spec, "object");

    /// <summary>Parses <paramref name="spec"/>; <paramref name="typeName"/> words the errors.</summary>
    public static FormatSpec Parse(string spec, string typeName)
    {
        int pos = 0, end = spec.Length;
        string fill = "";
        char align = '\0', sign = '\0', grouping = '\0', type = '\0';
        bool noNeg0 = false, alt = false, zero = false;
        int width = -1, precision = -1;

        int firstLen = end > 0 && char.IsHighSurrogate(spec[0]) && end > 1 ? 2 : 1;
        if (end - pos > firstLen && IsAlign(spec[firstLen]))
        {
            fill = spec.Substring(0, firstLen); align = spec[firstLen]; pos = firstLen + 1;
        }
        else if (end - pos >= 1 && IsAlign(spec[0]))
        {
            align = spec[0]; pos = 1;
        }
        if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) sign = spec[pos++];
        if (pos < end && spec[pos] == 'z') { noNeg0 = true; pos++; }
        if (pos < end && spec[pos] == '#') { alt = true; pos++; }
        if (pos < end && spec[pos] == '0' && fill.Length == 0) { zero = true; pos++; }
        int consumed = ReadNumber(spec, ref pos);
        if (consumed >= 0) width = consumed;
        if (pos < end && spec[pos] == ',') { grouping = ','; pos++; }
        if (pos < end && spec[pos] == '_')
        {
            if (grouping != '\0') throw PyErr.ValueError("Cannot specify both ',' and '_'.");
            grouping = '_'; pos++;
        }
        if (pos < end && spec[pos] == ',')
        {
            if (grouping == '_') throw PyErr.ValueError("Cannot specify both ',' and '_'.");
            throw PyErr.ValueError("Cannot specify ',' with ','.");
        }
        if (pos < end && spec[pos] == '.')
        {
            pos++;
            precision = ReadNumber(spec, ref pos);
            if (precision < 0) throw PyErr.ValueError("Format specifier missing precision");
        }
        if (end - pos > 1)
            throw PyErr.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        if (end - pos == 1) type = spec[pos];

        if (grouping != '\0')
        {
            switch (type)
            {
                case '\0':
                    if (typeName == "str") goto default;
                    break;
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') break;
                    goto default;
                default:
                    throw PyErr.ValueError($"Cannot specify '{grouping}' with '{(type == '\0' && typeName == "str" ? 's' : type)}'.");
            }
        }
        return new FormatSpec
        {
            Fill = fill, Align = align, Sign = sign, NoNegativeZero = noNeg0, Alternate = alt, ZeroPad = zero,
            Width = width, Grouping = grouping, Precision = precision, Type = type,
        };
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '^' or '=';

    /// <summary>Reads decimal digits; -1 when there are none.</summary>
    private static int ReadNumber(string s, ref int pos)
    {
        int start = pos;
        long v = 0;
        while (pos < s.Length && s[pos] >= '0' && s[pos] <= '9')
        {
            v = v * 10 + (s[pos] - '0');
            if (v > int.MaxValue) throw PyErr.ValueError("Too many decimal digits in format string");
            pos++;
        }
        return pos == start ? -1 : (int)v;
    }
}
