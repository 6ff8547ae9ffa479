using System.Runtime.InteropServices;

namespace Hotline.Telephony.Media.Rtp;

/// <summary>
/// The few Linux calls the media path makes directly: epoll for the shared RTP receive loop and an absolute sleep on the
/// monotonic clock for the media clock. .NET offers neither (its own epoll thread hands every datagram to the thread pool,
/// and its sleeps are whole milliseconds).
/// </summary>
internal static class NativeMethods
{
    public const int EpollIn = 0x001;
    public const int EpollCtlAdd = 1;
    public const int EpollCtlDel = 2;
    public const int EpollCloexec = 0x80000;
    public const int ClockMonotonic = 1;
    public const int TimerAbsoluteTime = 1;
    public const int Interrupted = 4;

    private const long NanosecondsPerSecond = 1_000_000_000;

    /// <summary>True where these calls exist (Linux).</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux();

    /// <summary>
    /// Size of struct epoll_event: the kernel packs it (12 bytes) on x86 and x86-64; elsewhere the 64-bit data is aligned (16).
    /// </summary>
    public static int EpollEventSize { get; } =
        RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86 ? 12 : 16;

    /// <summary>Where the 64-bit user data sits in an epoll_event.</summary>
    public static int EpollDataOffset => EpollEventSize == 12 ? 4 : 8;

    /// <summary>
    /// True when Stopwatch timestamps are CLOCK_MONOTONIC nanoseconds (as .NET on Linux uses), so a Stopwatch deadline can be
    /// slept to with <see cref="SleepUntil"/>.
    /// </summary>
    public static bool StopwatchIsMonotonicNanoseconds { get; } =
        OperatingSystem.IsLinux() && System.Diagnostics.Stopwatch.Frequency == NanosecondsPerSecond;

    [DllImport("libc", EntryPoint = "epoll_create1", SetLastError = true)]
    public static extern int EpollCreate(int flags);

    [DllImport("libc", EntryPoint = "epoll_ctl", SetLastError = true)]
    public static extern int EpollControl(int epoll, int operation, int descriptor, byte[] epollEvent);

    [DllImport("libc", EntryPoint = "epoll_wait", SetLastError = true)]
    public static extern int EpollWait(int epoll, byte[] events, int maxEvents, int timeoutMilliseconds);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    public static extern int Close(int descriptor);

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int niceness);

    [DllImport("libc", EntryPoint = "clock_nanosleep")]
    private static extern int ClockNanosleep(int clock, int flags, in TimeSpec request, IntPtr remaining);

    /// <summary>Sleeps until a Stopwatch timestamp (only when <see cref="StopwatchIsMonotonicNanoseconds"/>); may return early on a signal.</summary>
    public static void SleepUntil(long stopwatchTimestamp)
    {
        var deadline = new TimeSpec((nint)(stopwatchTimestamp / NanosecondsPerSecond), (nint)(stopwatchTimestamp % NanosecondsPerSecond));
        _ = ClockNanosleep(ClockMonotonic, TimerAbsoluteTime, in deadline, IntPtr.Zero);
    }

    /// <summary>
    /// Gives the calling thread a lower nice value (a bigger share of a busy CPU and an earlier turn when it wakes); false
    /// where that is not allowed (no CAP_SYS_NICE) or not Linux. .NET's Thread.Priority does nothing on Linux.
    /// </summary>
    public static bool TryRaiseCurrentThread(int niceness)
    {
        const int processOrThread = 0;
        return Available && SetPriority(processOrThread, GetThreadId(), niceness) == 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct TimeSpec(nint seconds, nint nanoseconds)
    {
        public readonly nint Seconds = seconds;
        public readonly nint Nanoseconds = nanoseconds;
    }
}
