"""Common string constants, capwords, Template ($-substitution) and Formatter (the str.format
machinery as overridable methods)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace", "Formatter",
           "Template"]

import re as _re

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using capitalize, and join
    the capitalized words using join. If sep is absent or None, runs of whitespace characters are
    replaced by a single space and leading and trailing whitespace are removed."""
    return (sep or " ").join([word.capitalize() for word in s.split(sep)])


# --- Template -----------------------------------------------------------------------------------

_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    # [_a-z][_a-z0-9]* with ASCII-only matching under IGNORECASE.
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        _compile_template_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        i = mo.start("invalid")
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """Substitute $name / ${name}; a missing name raises KeyError."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                return str(mapping[named])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute, but missing names and invalid placeholders stay as they are."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)

        def convert(mo):
            named = mo.group("named") or mo.group("braced")
            if named is not None:
                try:
                    return str(mapping[named])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        """False when the template has an invalid placeholder (substitute would raise)."""
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        """The placeholder names in order of first appearance."""
        ids = []
        for mo in self.pattern.finditer(self.template):
            named = mo.group("named") or mo.group("braced")
            if named is not None and named not in ids:
                ids.append(named)
            elif (named is None and mo.group("invalid") is None
                  and mo.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return ids


def _compile_template_pattern(cls):
    re = _re
    if "pattern" in cls.__dict__:
        pattern = cls.pattern
    else:
        delim = re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # Escape sequence of two delimiters
          (?P<named>{id})       |   # delimiter and a Python identifier
          \{{(?P<braced>{bid})\}} |   # delimiter and a braced identifier
          (?P<invalid>)             # Other ill-formed delimiter exprs
        )
        """
    cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)


class _ChainMapping:
    """Lookup in the keywords first, then the mapping (for substitute(mapping, **kws))."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


_compile_template_pattern(Template)


# --- Formatter ----------------------------------------------------------------------------------

def _formatter_parser(format_string):
    """Split a format string into (literal_text, field_name, format_spec, conversion) tuples, as
    str.format parses it ('{{' and '}}' are literal braces)."""
    result = []
    n = len(format_string)
    i = 0
    literal = []
    while i < n:
        c = format_string[i]
        if c == "{":
            if i + 1 < n and format_string[i + 1] == "{":
                # An escaped brace ends the literal chunk (as str.format's parser reports it).
                literal.append("{")
                result.append(("".join(literal), None, None, None))
                literal = []
                i += 2
                continue
            if i + 1 == n:
                raise ValueError("Single '{' encountered in format string")
            # A replacement field: find its matching '}' (one level of nesting in the spec).
            depth = 1
            j = i + 1
            while j < n:
                cj = format_string[j]
                if cj == "{":
                    depth += 1
                elif cj == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise ValueError("expected '}' before end of string")
            field = format_string[i + 1:j]
            name, conversion, spec = _split_field(field)
            result.append(("".join(literal), name, spec, conversion))
            literal = []
            i = j + 1
        elif c == "}":
            if i + 1 < n and format_string[i + 1] == "}":
                literal.append("}")
                result.append(("".join(literal), None, None, None))
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        result.append(("".join(literal), None, None, None))
    return result


def _split_field(field):
    # field_name [! conversion] [: format_spec]; brackets in the name may contain ':' or '!'.
    i = 0
    n = len(field)
    while i < n:
        c = field[i]
        if c == "[":
            while i < n and field[i] != "]":
                i += 1
        elif c in "!:":
            break
        i += 1
    name = field[:i]
    conversion = None
    spec = ""
    if i < n and field[i] == "!":
        if i + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = field[i + 1]
        i += 2
        if i < n:
            if field[i] != ":":
                raise ValueError("expected ':' after conversion specifier")
    if i < n and field[i] == ":":
        spec = field[i + 1:]
    return name, conversion, spec


def _field_name_split(field_name):
    """(first, [(is_attribute, key), ...]) of a field name like 'a.b[0]'; first (and bracket
    keys) made of digits are ints."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == ".":
            j = i + 1
            while j < n and field_name[j] not in ".[":
                j += 1
            attr = field_name[i + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            rest.append((True, attr))
            i = j
        elif c == "[":
            j = field_name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and field_name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    """The str.format() machinery with hooks (get_value, get_field, format_field,
    convert_field, check_unused_args) for subclasses to override."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                # Automatic ('{}') and manual ('{0}') numbering cannot be mixed.
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification to "
                                         "automatic field numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == "s":
            return str(value)
        elif conversion == "r":
            return repr(value)
        elif conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part of the string."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, first) for a field name: the argument with its attributes and items
        applied, and the key used (for check_unused_args)."""
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
