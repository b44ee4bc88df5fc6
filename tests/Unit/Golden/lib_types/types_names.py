import types, sys

def f(): pass
class C:
    def m(self): pass
print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0), isinstance(f, types.FunctionType))
print(isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(f.__code__, types.CodeType), types.NoneType, types.EllipsisType, types.NotImplementedType)
m = types.ModuleType("mymod", "doc string")
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m))
try:
    raise ValueError("x")
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), isinstance(e.__traceback__.tb_frame, types.FrameType))
print(types.FunctionType.__name__, types.MethodType.__name__, types.BuiltinFunctionType.__name__, types.CellType.__name__)
def outer():
    v = 1
    def inner(): return v
    return inner
print(isinstance(outer().__closure__[0], types.CellType))
