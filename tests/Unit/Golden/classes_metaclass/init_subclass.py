# __init_subclass__ with class keywords, __class_getitem__, __set_name__ ordering, __subclasses__,
# __mro_entries__, type(name, bases, ns) with keywords.
class Plugin:
    plugins = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins[cls.plugin_name] = cls


class Json(Plugin, name="json"):
    pass


class Yaml(Plugin):
    pass


print(sorted(Plugin.plugins), Json.plugin_name, Yaml.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


print(Box[int], Box["x"], list[int], dict[str, int])
try:
    int[3]
except TypeError as e:
    print("TypeError:", e)


class Named:
    def __set_name__(self, owner, name):
        self.full = f"{owner.__name__}.{name}"


class Owner:
    first = Named()
    second = Named()


print(Owner.first.full, Owner.second.full)
print([c.__name__ for c in Plugin.__subclasses__()])


class Alias:
    def __mro_entries__(self, bases):
        return (dict,)


class FromAlias(Alias()):
    pass


print(FromAlias.__bases__, FromAlias.__orig_bases__[0].__class__.__name__, FromAlias(a=1))


class WithKw:
    def __init_subclass__(cls, **kw):
        cls.kw = kw


T = type("T", (WithKw,), {}, color="red")
print(T.kw, T.__name__)
