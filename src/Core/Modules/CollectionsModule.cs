// _collections: the C core the Python collections package imports (deque, its iterators, and
// _count_elements, Counter's fast path).
namespace GilRuntime.Core.Modules;

using GilRuntime.Core.Objects;
using GilRuntime.Core.Runtime;

public static class CollectionsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_collections");
        m.Add("deque", PyDeque.TypeObject);
        m.Add("_deque_iterator", PyDequeIterator.ForwardType);
        m.Add("_deque_reverse_iterator", PyDequeIterator.ReverseType);
        m.AddFunction("_count_elements", static (a, k) =>
        {
            ArgParser.Exactly("_count_elements", a, k, 2);
            var mapping = a[0];
            var one = PyInt.From(1);
            var it = a[1].Iter();
            for (var x = it.Next(); x is not null; x = it.Next())
            {
                PyObject? cur = null;
                if (mapping is PyDict d && ReferenceEquals(d.Type, PyDict.TypeObject)) d.TryGetValue(x, out cur);
                else
                {
                    var get = Ops.GetAttr(mapping, "get");
                    cur = get.Call([x, PyInt.From(0)], null);
                }
                mapping.SetItem(x, cur is null ? one : Ops.BinaryOp(cur, one, BinaryOp.Add));
            }
            return Py.None;
        });
        return m;
    }
}
