// The abstract syntax tree, shaped like CPython's `ast` module (Parser/Python.asdl) so that a reader
// who knows `ast.dump` output reads these types directly. Positions follow CPython: lines are 1-based,
// columns are 0-based character offsets; End* is the position just past the node.
namespace GilRuntime.Core.Compiler.Ast;

public abstract record Node
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; }
    public int EndColOffset { get; set; }

    /// <summary>Copies the source span of <paramref name="other"/> onto this node and returns it.</summary>
    public T At<T>(Node other) where T : Node
    {
        Lineno = other.Lineno; ColOffset = other.ColOffset;
        EndLineno = other.EndLineno; EndColOffset = other.EndColOffset;
        return (T)this;
    }
}

public enum ExprContext { Load, Store, Del }

public enum BoolOpKind { And, Or }

/// <summary>Binary operators. The order is CPython's NB_* order, so (int)op is BINARY_OP's argument.</summary>
public enum OperatorKind
{
    Add = 0, BitAnd = 1, FloorDiv = 2, LShift = 3, MatMult = 4, Mult = 5, Mod = 6, BitOr = 7,
    Pow = 8, RShift = 9, Sub = 10, Div = 11, BitXor = 12,
}

public enum UnaryOpKind { Invert, Not, UAdd, USub }

public enum CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
