using System.Globalization;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>How faithfully received audio carries sent speech: best-lag correlation and the voiced durations of both.</summary>
/// <param name="What">Which path was measured, for messages.</param>
/// <param name="Match">The correlation of the sent speech (its voiced part) with the received audio at the best lag.</param>
/// <param name="Sent">How long the sent speech is voiced.</param>
/// <param name="Received">How long the received audio is voiced.</param>
internal sealed record SpeechComparison(string What, CorrelationMatch Match, TimeSpan Sent, TimeSpan Received)
{
    /// <summary>Received voiced time over sent voiced time (1 when nothing was lost or stretched).</summary>
    public double DurationRatio => Received / Sent;

    /// <summary>Measures and logs; fails only when too little audio arrived to hold the speech at all.</summary>
    public static SpeechComparison Of(short[] received, short[] sent, string what)
    {
        var template = SpeechActivity.Trim(sent);
        Assert.True(template.Length > 0, $"{what}: the sent audio is silent");
        Assert.True(received.Length >= template.Length, $"{what}: only {received.Length} samples arrived, the speech has {template.Length}");
        var comparison = new SpeechComparison(
            what, AudioCorrelation.BestMatch(template, received), SpeechActivity.Span(sent).Duration, SpeechActivity.Span(received).Duration);
        HearingAssert.Log(comparison.ToString());
        return comparison;
    }

    /// <summary>Fails unless the correlation reaches <paramref name="minimumCorrelation"/> and the durations agree within <paramref name="durationTolerance"/>.</summary>
    public void AssertFaithful(double minimumCorrelation, double durationTolerance)
    {
        Assert.True(Match.Coefficient >= minimumCorrelation, $"{What}: correlation {Match.Coefficient:F4} < {minimumCorrelation}");
        Assert.True(Math.Abs(DurationRatio - 1) <= durationTolerance,
            $"{What}: voiced for {Received.TotalMilliseconds:F0} ms, the sent speech for {Sent.TotalMilliseconds:F0} ms (more than {durationTolerance:P0} apart)");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{What}: correlation {Match.Coefficient:F4} at lag {Match.Lag} samples; voiced {Received.TotalMilliseconds:F0} ms of {Sent.TotalMilliseconds:F0} ms sent (ratio {DurationRatio:F3})");
}
