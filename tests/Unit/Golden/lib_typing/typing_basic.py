import typing
from typing import (Any, Optional, Union, List, Dict, Set, Tuple, Callable, Iterable, Iterator,
                    Sequence, Mapping, TypeVar, ClassVar, Final, Literal, cast, TYPE_CHECKING)

print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int])
print(Set[bytes], Iterable[int], Iterator[str], Sequence[float], Mapping[str, Any], Any)
print(ClassVar[int], Final[str], Literal[1, 'a', None], List, Dict, Optional)
print(Union[int], Union[int, int, str], Union[Union[int, str], float], Optional[Optional[int]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Callable[[int], str]))
print(typing.get_origin(Union[int, str]) is Union, typing.get_args(Optional[int]), typing.get_origin(int))
T = TypeVar('T')
K = TypeVar('K', covariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str, contravariant=True)
print(T, K, N, B, T.__name__, N.__constraints__, B.__bound__, List[T], Dict[str, T][int])
print(cast(int, "x"), cast(List[int], [1]), TYPE_CHECKING)
print(isinstance([], List), isinstance({}, Dict), issubclass(list, Sequence), isinstance(iter([]), Iterator), isinstance(3, Iterable))
for bad in (lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: TypeVar('X', int), lambda: Union[()]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def f(a: int, b: "str" = "x") -> Optional[List[int]]:
    return None
print(typing.get_type_hints(f))
class C:
    x: int
    y: "List[str]"
    z: ClassVar[int] = 3
print(typing.get_type_hints(C))
print(typing.DefaultDict[str, int](int, a=1))
try:
    List()
except TypeError as e:
    print("TypeError:", e)
@typing.overload
def g(x: int) -> int: ...
@typing.overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3))
UserId = typing.NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(typing.Annotated[int, "meta"], typing.get_args(typing.Annotated[int, "m"]))
