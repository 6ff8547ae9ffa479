namespace Hotline.Benchmarks.Sip;

/// <summary>One step of a rate search: a bounded number of calls (or registrations) offered at one rate, and how it went.</summary>
internal sealed record RateStep(
    string Path,
    int Rate,
    long Offered,
    bool Passed,
    string Verdict,
    long Successful,
    long Failed,
    long Retransmissions,
    double AchievedRate,
    double Seconds,
    PathCost? Cost);
