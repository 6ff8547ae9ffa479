using Hotline.Qa.Audio;

namespace Hotline.Qa.Transcription;

/// <summary>Groups speech spans into windows Whisper decodes in one pass, so short utterances do not each pay a full 30 s encoder run.</summary>
public static class SpeechWindows
{
    /// <summary>Consecutive spans merged while the window stays within <paramref name="maxSeconds"/>; a longer span is cut into pieces.</summary>
    public static IReadOnlyList<SpeechSpan> Merge(IReadOnlyList<SpeechSpan> spans, double maxSeconds)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxSeconds, 0);
        var windows = new List<SpeechSpan>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            for (var start = span.Start; start < span.End; start += maxSeconds)
            {
                var piece = new SpeechSpan(start, Math.Min(span.End, start + maxSeconds));
                if (windows.Count > 0 && piece.End - windows[^1].Start <= maxSeconds)
                    windows[^1] = windows[^1] with { End = piece.End };
                else
                    windows.Add(piece);
            }
        }

        return windows;
    }
}
