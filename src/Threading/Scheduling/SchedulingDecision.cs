// What a monitor sees at a scheduling decision: the step about to be taken, the thread that reached
// the point, and how many choices are runnable threads versus timers. "No runnable thread, only
// timers" is the moment a lost wake-up shows: every thread waits for a timeout.
namespace GilRuntime.Threading.Scheduling;

public readonly record struct SchedulingDecision(int Step, int CurrentSerial, int RunnableThreads, int PendingTimers);
