namespace Hotline.Benchmarks.Sip;

/// <summary>How a sipp run ended: its exit code (null when it had to be killed), its statistics and its first errors.</summary>
internal sealed record SippOutcome(int? ExitCode, SippStats? Stats, string FirstErrors)
{
    public long Successful => Stats?.Successful ?? 0;

    public long Failed => Stats?.Failed ?? 0;

    public long Retransmissions => Stats?.Retransmissions ?? 0;
}
