namespace Hotline.Qa.Audio;

/// <summary>A stretch of a recording, in seconds from its start.</summary>
public readonly record struct SpeechSpan(double Start, double End)
{
    /// <summary>Seconds covered.</summary>
    public double Length => End - Start;

    /// <summary>The parts of this span that none of <paramref name="cuts"/> covers (e.g. a silence outside holds), in order.</summary>
    public IEnumerable<SpeechSpan> Without(IEnumerable<SpeechSpan> cuts)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        var (start, end) = (Start, End);
        foreach (var cut in cuts.Where(c => c.End > start && c.Start < end).OrderBy(c => c.Start))
        {
            if (cut.Start > start)
                yield return new SpeechSpan(start, cut.Start);
            start = Math.Max(start, cut.End);
        }

        if (end > start)
            yield return new SpeechSpan(start, end);
    }
}
