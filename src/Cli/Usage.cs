// The text of `gilrun --help` and the command-line error path (usage on stderr, exit status 2).
namespace GilRuntime.Cli;

public static class Usage
{
    public const string Line = "usage: gilrun [option] ... [-c cmd | file | - | dis file] [arg] ...";

    public static string Help => $"""
        {Line}

        gilrun is a Python 3.11 runtime that makes the Global Interpreter Lock visible.

        Commands:
          gilrun FILE [arg ...]     run a Python script; sys.argv is [FILE, arg, ...]
          gilrun -c CMD [arg ...]   run the program passed as a string; sys.argv is ['-c', arg, ...]
          gilrun - [arg ...]        run the program read from standard input
          gilrun dis FILE           compile FILE and print its bytecode, as `python3 -m dis FILE` does
          gilrun compileall DIR ... compile every .py below DIR into __pycache__, as `python3 -m compileall`

        Options:
          -h, --help                print this help and exit
          -V, --version             print the version and exit
          -u, -B, -E, -s, -S        accepted for python3 compatibility; no effect

        Threads and the GIL:
          --threads N               run the script's module body in N threads at once, named
                                    Worker-0 ... Worker-(N-1), each with its own __main__ namespace
                                    (__name__ == "__main__") and sharing imported modules and the GIL;
                                    the exit status is non-zero if any worker failed
          --switch-interval SECONDS the GIL's switch interval, as sys.setswitchinterval (default 0.005)
          --gil-policy POLICY       cpython (default: CPython 3.11's GIL), legacy (Python 2: release
                                    and re-take every --check-interval instructions) or fair (ours:
                                    CPython's slices for CPU-bound threads, no convoy effect)
          --check-interval N        legacy policy: instructions between releases (default 100)
          --gil-stats               print the GIL statistics (switches, drops, waits, slices,
                                    convoys, bytecodes per thread) on stderr at exit
          --gil-stats-json FILE     write the same statistics as JSON to FILE
          --gil-trace FILE          write a Chrome trace-event timeline of the GIL (holding,
                                    waiting, released per thread) to FILE; opens in Perfetto
          --seed N                  run under the controlled scheduler: one thread at a time,
                                    switches chosen at random from seed N, virtual time; the same
                                    seed gives the same interleaving

        Python-visible extension: _thread._set_name(name) names the calling thread in the GIL's
        statistics and trace (threading.Thread does it with the thread's name).

        Exit status: 0 on success, 1 on an uncaught exception (the traceback is printed to stderr),
        the code given to sys.exit(), 2 for a bad command line or a missing script.

        """;

    public static int Error(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        stderr.WriteLine(Line);
        stderr.WriteLine("Try `gilrun -h' for more information.");
        return 2;
    }
}
