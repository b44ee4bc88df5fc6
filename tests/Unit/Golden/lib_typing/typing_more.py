from typing import (Optional, Union, List, Dict, Tuple, Callable, Any, TypeVar, Generic, Literal,
                    get_type_hints, get_origin, get_args, Iterable, Sequence, Mapping, Final, ClassVar)
import typing

def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> List[str]:
    return [name] * times
print(greet.__annotations__)
print(get_type_hints(greet))
Vector = List[float]
Matrix = List[Vector]
print(Vector, Matrix, get_args(Matrix), get_origin(Matrix) is list)
Handler = Callable[[str, int], Optional[bool]]
print(Handler, get_args(Handler), get_origin(Handler))
print(Dict[str, Tuple[int, ...]], Tuple[int, str, float], Tuple[()], Union[List[int], None])
print(Literal["r", "w"], get_args(Literal["r", "w"]), Literal[1] == Literal[1], Union[int, str] == Union[str, int])
print(Optional[Union[int, str]], Union[int, Optional[str]], Union[None, int])
T = TypeVar("T")
S = TypeVar("S", bound=Sequence)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, Stack[int], Stack[str] == Stack[str], get_args(Stack[int]), get_origin(Stack[int]) is Stack)
print(S, S.__bound__, T.__constraints__, T.__covariant__)
print(typing.List is typing.List, List[int] is List[int], repr(typing.Any), typing.Text, typing.AnyStr)
print(isinstance([1], Iterable), isinstance({}, Mapping), issubclass(dict, typing.MutableMapping), isinstance("s", typing.Hashable))
class Config:
    debug: bool = False
    name: Final = "x"
    instances: ClassVar[int] = 0
print(get_type_hints(Config))
print(typing.get_type_hints(typing.NamedTuple("NT", [("a", int)])))
