// The one source of truth about instructions: name, argument kind, jump behaviour and stack effect.
// The code generator (stack depth), the disassembler and the tests read this table; the eval loop
// implements exactly the opcodes listed in OpCode. The stack layout of every exception-related
// instruction (PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH, RERAISE, WITH_EXCEPT_START, ...) and the
// exception-table contract with the VM are documented in docs/bytecode.md.
namespace GilRuntime.Core.Bytecode;

/// <summary>How the argument of an instruction is interpreted (what `dis` prints in parentheses).</summary>
public enum ArgKind : byte
{
    None,        // no argument
    Raw,         // a plain number (counts, flags)
    Const,       // index into co_consts
    Name,        // index into co_names
    Local,       // index into co_varnames
    Free,        // index into cell + free variables (co_cellvars then co_freevars)
    JumpForward, // relative, in code units, from the next instruction
    JumpBackward,// relative, in code units, back from the next instruction
    Compare,     // COMPARE_OP: index into CompareOpNames
    BinaryOp,    // BINARY_OP: index into BinaryOpNames
    Global,      // LOAD_GLOBAL: (namei << 1) | push_null
}

public readonly record struct OpCodeInfo(string Name, ArgKind Arg)
{
    public bool HasArg => Arg != ArgKind.None;
    public bool IsJump => Arg is ArgKind.JumpForward or ArgKind.JumpBackward;

    private static readonly OpCodeInfo[] s_table = BuildTable();

    public static OpCodeInfo Get(OpCode op) => s_table[(byte)op];
    public static bool IsDefined(byte op) => s_table[op].Name is not null;

    /// <summary>CPython's cmp_op order; COMPARE_OP's argument indexes it.</summary>
    public static readonly string[] CompareOpNames = ["<", "<=", "==", "!=", ">", ">="];

    /// <summary>CPython's _nb_ops order; BINARY_OP's argument indexes it (13 and up are in-place).</summary>
    public static readonly string[] BinaryOpNames =
    [
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
    ];

    /// <summary>Instructions that end a basic block unconditionally.</summary>
    public static bool IsTerminator(OpCode op) => op is OpCode.RETURN_VALUE or OpCode.RAISE_VARARGS
        or OpCode.RERAISE or OpCode.JUMP_FORWARD or OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT;

    /// <summary>
    /// Net change of the value-stack depth, as CPython 3.11's stack_effect(): <paramref name="jump"/>
    /// selects the effect when a conditional jump is taken.
    /// </summary>
    public static int StackEffect(OpCode op, int arg, bool jump)
    {
        switch (op)
        {
            case OpCode.NOP: case OpCode.EXTENDED_ARG: case OpCode.RESUME: case OpCode.MAKE_CELL:
            case OpCode.COPY_FREE_VARS: case OpCode.KW_NAMES: case OpCode.JUMP_FORWARD:
            case OpCode.JUMP_BACKWARD: case OpCode.JUMP_BACKWARD_NO_INTERRUPT:
                return 0;
            case OpCode.POP_TOP: return -1;
            case OpCode.PUSH_NULL: return 1;
            case OpCode.UNARY_POSITIVE: case OpCode.UNARY_NEGATIVE: case OpCode.UNARY_NOT: case OpCode.UNARY_INVERT:
                return 0;
            case OpCode.SWAP: return 0;
            case OpCode.COPY: return 1;
            case OpCode.BINARY_OP: case OpCode.BINARY_SUBSCR: case OpCode.COMPARE_OP:
            case OpCode.IS_OP: case OpCode.CONTAINS_OP:
                return -1;
            case OpCode.STORE_SUBSCR: return -3;
            case OpCode.DELETE_SUBSCR: return -2;
            case OpCode.GET_ITER: case OpCode.GET_YIELD_FROM_ITER: return 0;
            case OpCode.GET_LEN: case OpCode.MATCH_MAPPING: case OpCode.MATCH_SEQUENCE: case OpCode.MATCH_KEYS:
                return 1;
            case OpCode.PRINT_EXPR: return -1;
            case OpCode.LOAD_BUILD_CLASS: return 1;
            case OpCode.RETURN_VALUE: return -1;
            case OpCode.IMPORT_STAR: return -1;
            case OpCode.SETUP_ANNOTATIONS: return 0;
            case OpCode.ASYNC_GEN_WRAP: case OpCode.YIELD_VALUE: return 0;
            case OpCode.POP_EXCEPT: return -1;
            case OpCode.STORE_NAME: return -1;
            case OpCode.DELETE_NAME: return 0;
            case OpCode.UNPACK_SEQUENCE: return arg - 1;
            case OpCode.UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
            case OpCode.FOR_ITER: return jump ? -1 : 1;     // exhausted: the iterator is popped
            case OpCode.SEND: return jump ? -1 : 0;
            case OpCode.STORE_ATTR: return -2;
            case OpCode.DELETE_ATTR: return -1;
            case OpCode.STORE_GLOBAL: return -1;
            case OpCode.DELETE_GLOBAL: return 0;
            case OpCode.LOAD_CONST: return 1;
            case OpCode.LOAD_NAME: return 1;
            case OpCode.BUILD_TUPLE: case OpCode.BUILD_LIST: case OpCode.BUILD_SET: case OpCode.BUILD_STRING:
                return 1 - arg;
            case OpCode.LIST_APPEND: case OpCode.SET_ADD: return -1;
            case OpCode.MAP_ADD: return -2;
            case OpCode.BUILD_MAP: return 1 - 2 * arg;
            case OpCode.BUILD_CONST_KEY_MAP: return -arg;
            case OpCode.LOAD_ATTR: return 0;
            case OpCode.IMPORT_NAME: return -1;
            case OpCode.IMPORT_FROM: return 1;
            case OpCode.JUMP_IF_TRUE_OR_POP: case OpCode.JUMP_IF_FALSE_OR_POP:
                return jump ? 0 : -1;
            case OpCode.POP_JUMP_FORWARD_IF_FALSE: case OpCode.POP_JUMP_FORWARD_IF_TRUE:
            case OpCode.POP_JUMP_FORWARD_IF_NONE: case OpCode.POP_JUMP_FORWARD_IF_NOT_NONE:
            case OpCode.POP_JUMP_BACKWARD_IF_FALSE: case OpCode.POP_JUMP_BACKWARD_IF_TRUE:
            case OpCode.POP_JUMP_BACKWARD_IF_NONE: case OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                return -1;
            case OpCode.LOAD_GLOBAL: return (arg & 1) + 1;
            case OpCode.LOAD_FAST: return 1;
            case OpCode.STORE_FAST: return -1;
            case OpCode.DELETE_FAST: return 0;
            case OpCode.RAISE_VARARGS: return -arg;
            case OpCode.CALL: return -1 - arg;             // [NULL|meth, callable|self, args...] -> result
            case OpCode.CALL_FUNCTION_EX: return -2 - (arg & 1); // [NULL, callable, args, kwargs?] -> result
            case OpCode.MAKE_FUNCTION:
                return 0 - ((arg & 0x01) != 0 ? 1 : 0) - ((arg & 0x02) != 0 ? 1 : 0)
                         - ((arg & 0x04) != 0 ? 1 : 0) - ((arg & 0x08) != 0 ? 1 : 0);
            case OpCode.BUILD_SLICE: return arg == 3 ? -2 : -1;
            case OpCode.LOAD_CLOSURE: case OpCode.LOAD_DEREF: case OpCode.LOAD_CLASSDEREF: return 1;
            case OpCode.STORE_DEREF: return -1;
            case OpCode.DELETE_DEREF: return 0;
            case OpCode.GET_AWAITABLE: return 0;
            case OpCode.BEFORE_ASYNC_WITH: case OpCode.BEFORE_WITH: return 1;
            case OpCode.GET_AITER: return 0;
            case OpCode.GET_ANEXT: return 1;
            case OpCode.END_ASYNC_FOR: return -2;
            case OpCode.FORMAT_VALUE: return (arg & 0x04) != 0 ? -1 : 0; // FVS_HAVE_SPEC
            case OpCode.LOAD_METHOD: return 1;
            case OpCode.LOAD_ASSERTION_ERROR: return 1;
            case OpCode.LIST_TO_TUPLE: return 0;
            case OpCode.LIST_EXTEND: case OpCode.SET_UPDATE: case OpCode.DICT_MERGE: case OpCode.DICT_UPDATE:
                return -1;
            case OpCode.MATCH_CLASS: return -2;
            case OpCode.PUSH_EXC_INFO: return 1;
            case OpCode.CHECK_EXC_MATCH: return 0;
            case OpCode.CHECK_EG_MATCH: return 0;
            case OpCode.PREP_RERAISE_STAR: return -1;
            case OpCode.WITH_EXCEPT_START: return 1;
            case OpCode.RERAISE: return -1;
            // The generator's frame is first resumed with the sent value (None) on its stack; the POP_TOP
            // that follows RETURN_GENERATOR removes it. Counting it keeps co_stacksize equal to CPython's.
            case OpCode.RETURN_GENERATOR: return 1;
            default: throw new ArgumentOutOfRangeException(nameof(op), op, "no stack effect defined");
        }
    }

    private static OpCodeInfo[] BuildTable()
    {
        var t = new OpCodeInfo[256];
        foreach (OpCode op in Enum.GetValues<OpCode>())
        {
            var kind = op switch
            {
                OpCode.LOAD_CONST or OpCode.KW_NAMES => ArgKind.Const,
                OpCode.STORE_NAME or OpCode.DELETE_NAME or OpCode.LOAD_NAME or OpCode.STORE_ATTR or OpCode.DELETE_ATTR
                    or OpCode.STORE_GLOBAL or OpCode.DELETE_GLOBAL or OpCode.LOAD_ATTR or OpCode.IMPORT_NAME
                    or OpCode.IMPORT_FROM or OpCode.LOAD_METHOD => ArgKind.Name,
                OpCode.LOAD_GLOBAL => ArgKind.Global,
                OpCode.LOAD_FAST or OpCode.STORE_FAST or OpCode.DELETE_FAST => ArgKind.Local,
                OpCode.MAKE_CELL or OpCode.LOAD_CLOSURE or OpCode.LOAD_DEREF or OpCode.STORE_DEREF
                    or OpCode.DELETE_DEREF or OpCode.LOAD_CLASSDEREF => ArgKind.Free,
                OpCode.FOR_ITER or OpCode.JUMP_FORWARD or OpCode.JUMP_IF_FALSE_OR_POP or OpCode.JUMP_IF_TRUE_OR_POP
                    or OpCode.POP_JUMP_FORWARD_IF_FALSE or OpCode.POP_JUMP_FORWARD_IF_TRUE
                    or OpCode.POP_JUMP_FORWARD_IF_NONE or OpCode.POP_JUMP_FORWARD_IF_NOT_NONE
                    or OpCode.SEND => ArgKind.JumpForward,
                OpCode.JUMP_BACKWARD or OpCode.JUMP_BACKWARD_NO_INTERRUPT or OpCode.POP_JUMP_BACKWARD_IF_FALSE
                    or OpCode.POP_JUMP_BACKWARD_IF_TRUE or OpCode.POP_JUMP_BACKWARD_IF_NONE
                    or OpCode.POP_JUMP_BACKWARD_IF_NOT_NONE => ArgKind.JumpBackward,
                OpCode.COMPARE_OP => ArgKind.Compare,
                OpCode.BINARY_OP => ArgKind.BinaryOp,
                _ => (byte)op >= 90 ? ArgKind.Raw : ArgKind.None,
            };
            t[(byte)op] = new OpCodeInfo(op.ToString(), kind);
        }
        return t;
    }
}
