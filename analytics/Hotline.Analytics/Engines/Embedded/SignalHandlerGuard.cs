using System.Runtime.InteropServices;

namespace Hotline.Analytics.Engines.Embedded;

/// <summary>Puts back the process's signal handlers after a native call that replaced them (chdb_connect).</summary>
/// <remarks>
/// chdb_connect installs ClickHouse's crash handlers for SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV,
/// SIGTSTP, SIGSYS and SIGRTMIN. The .NET runtime turns SIGSEGV into NullReferenceException and uses
/// SIGRTMIN to interrupt threads for GC suspension, so with chDB's handlers in place a null dereference
/// or a GC can hang the process. chdb_set_signal_handlers_enabled(0) does not prevent it, hence the
/// snapshot before connecting and the restore right after. Measured: queries and close leave them alone.
/// </remarks>
internal sealed unsafe class SignalHandlerGuard
{
    private const int MaxSignal = 64;

    private readonly SignalAction?[] _saved;

    private SignalHandlerGuard(SignalAction?[] saved) => _saved = saved;

    /// <summary>Reads every signal's disposition.</summary>
    public static SignalHandlerGuard Capture()
    {
        var saved = new SignalAction?[MaxSignal + 1];
        for (var signal = 1; signal <= MaxSignal; signal++)
            saved[signal] = Read(signal);
        return new SignalHandlerGuard(saved);
    }

    /// <summary>The disposition of one signal, or null where glibc refuses the number (it reserves 32 and 33).</summary>
    public static SignalAction? Read(int signal)
    {
        SignalAction current = default;
        return LibC.Sigaction(signal, null, &current) == 0 ? current : null;
    }

    /// <summary>Re-installs every disposition that differs from the captured one; returns the signals it restored.</summary>
    public IReadOnlyList<int> RestoreChanged()
    {
        var restored = new List<int>();
        for (var signal = 1; signal <= MaxSignal; signal++)
        {
            if (_saved[signal] is not { } saved || Read(signal) is not { } current || current == saved)
                continue;
            if (LibC.Sigaction(signal, &saved, null) != 0)
                throw new AnalyticsEngineException($"sigaction({signal}) failed with errno {Marshal.GetLastSystemError()} while restoring the runtime's handler after starting chDB.");
            restored.Add(signal);
        }

        return restored;
    }
}
