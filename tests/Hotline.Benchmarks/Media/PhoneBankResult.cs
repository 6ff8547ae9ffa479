namespace Hotline.Benchmarks.Media;

/// <summary>
/// What the phones measured over the window: packets expected back and received, the calls whose packets never came
/// back, and the jitter against the 20 ms grid and against the packets' own send times (see <see cref="PhoneBank"/>).
/// </summary>
internal sealed record PhoneBankResult(
    int MeasuredCalls,
    int SilentCalls,
    long PacketsExpected,
    long PacketsReceived,
    long PacketsLost,
    long Duplicates,
    long Unmarked,
    JitterFigures Grid,
    JitterFigures Transit);
