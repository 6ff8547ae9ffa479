namespace Hotline.Telephony.Tests.Peers;

/// <summary>What one sipp run produced: its exit code (0 = every call succeeded), counters and logs.</summary>
internal sealed record SippRun(int ExitCode, int SuccessfulCalls, int FailedCalls, string Output, string Errors)
{
    /// <summary>A failure message with everything needed to see why sipp was unhappy.</summary>
    public string Describe() => $"sipp exit {ExitCode}, {SuccessfulCalls} ok, {FailedCalls} failed\n--- output ---\n{Output}\n--- errors ---\n{Errors}";
}
