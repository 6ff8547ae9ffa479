namespace Hotline.Grains.Tickets.Duplicates;

/// <summary>Cosine similarity of two word lists weighted by term frequency × inverse document frequency.</summary>
/// <remarks>Words most tickets share (司机, 乘客) weigh little, so two complaints about the same incident score higher than two about the same kind of incident.</remarks>
public sealed class TfIdfCosine(Func<string, double> inverseDocumentFrequency)
{
    /// <summary>The vector of <paramref name="words"/>: each distinct word's count × its idf.</summary>
    public Dictionary<string, double> Vector(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count() * inverseDocumentFrequency(g.Key), StringComparer.Ordinal);
    }

    /// <summary>The vector of words already counted (a term vector from the index): each word's count × its idf.</summary>
    public Dictionary<string, double> Vector(IReadOnlyDictionary<string, long> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.ToDictionary(p => p.Key, p => p.Value * inverseDocumentFrequency(p.Key), StringComparer.Ordinal);
    }

    /// <summary>The cosine of two vectors, 0 when either is empty.</summary>
    public static double Similarity(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = small.Sum(p => large.TryGetValue(p.Key, out var w) ? p.Value * w : 0);
        var norms = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norms == 0 ? 0 : dot / norms;
    }

    /// <summary>The words both vectors hold, heaviest in <paramref name="a"/> first.</summary>
    public static IEnumerable<string> Shared(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Where(p => b.ContainsKey(p.Key)).OrderByDescending(p => p.Value).Select(p => p.Key);
    }
}
