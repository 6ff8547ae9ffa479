using System.Text;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Scoring.Rules;

/// <summary>Finds configured phrases in transcript segments, ignoring spaces, punctuation and letter case (recognisers punctuate unpredictably).</summary>
internal static class PhraseMatcher
{
    /// <summary>Every (segment, phrase) where the segment contains the phrase, in time order.</summary>
    public static IReadOnlyList<(TranscriptSegment Segment, string Phrase)> Find(IEnumerable<TranscriptSegment> segments, IReadOnlyList<string> phrases)
    {
        var wanted = phrases.Select(p => (Phrase: p, Key: Normalize(p))).Where(p => p.Key.Length > 0).ToList();
        var hits = new List<(TranscriptSegment, string)>();
        foreach (var segment in segments.OrderBy(s => s.Start))
        {
            var text = Normalize(segment.Text);
            foreach (var (phrase, key) in wanted)
            {
                if (text.Contains(key, StringComparison.Ordinal))
                    hits.Add((segment, phrase));
            }
        }

        return hits;
    }

    /// <summary>The earliest (segment, phrase) hit, or null.</summary>
    public static (TranscriptSegment Segment, string Phrase)? First(IEnumerable<TranscriptSegment> segments, IReadOnlyList<string> phrases) =>
        Find(segments, phrases) is { Count: > 0 } hits ? hits[0] : null;

    /// <summary>The latest (segment, phrase) hit, or null.</summary>
    public static (TranscriptSegment Segment, string Phrase)? Last(IEnumerable<TranscriptSegment> segments, IReadOnlyList<string> phrases) =>
        Find(segments, phrases) is { Count: > 0 } hits ? hits[^1] : null;

    /// <summary>How many times the phrases occur in the segments (each occurrence counted).</summary>
    public static int Count(IEnumerable<TranscriptSegment> segments, IReadOnlyList<string> phrases)
    {
        var keys = phrases.Select(Normalize).Where(k => k.Length > 0).ToList();
        var count = 0;
        foreach (var segment in segments)
        {
            var text = Normalize(segment.Text);
            foreach (var key in keys)
            {
                for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + key.Length, StringComparison.Ordinal))
                    count++;
            }
        }

        return count;
    }

    /// <summary>Letters and digits only, full-width forms folded to ASCII (NFKC), lower case.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The evidence span of a segment.</summary>
    public static Evidence Evidence(TranscriptSegment segment) => new(segment.Channel, segment.Start, segment.End, segment.Text);
}
