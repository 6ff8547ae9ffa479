namespace Hotline.Benchmarks.Media;

/// <summary>One step: a number of concurrent calls held on a path, what the phones measured and what it cost.</summary>
internal sealed record MediaStep(
    string Path,
    int Calls,
    bool Passed,
    string Verdict,
    long CallsSucceeded,
    long CallsFailed,
    int Recordings,
    PhoneBankResult? Phones,
    string JitterMeasure,
    JitterFigures Jitter,
    long LostOnPath,
    long PhoneSocketDrops,
    long EchoSocketDrops,
    long PathSocketDrops,
    MediaCostResult? Cost,
    double? ManagedKilobytesPerCall,
    double? ResidentKilobytesPerCall,
    double Seconds);
