using Hotline.Grains.Search;

namespace Hotline.Grains.Knowledge.Search;

/// <summary>Counts in how many tickets each word occurs (the hotline analyzer's whole words) and ranks the frequent ones as topics.</summary>
/// <remarks>Words of one character, numbers, plates and Latin codes are not topics; nor is a word that most tickets carry (前来反映, 乘客 …)
/// once there are enough tickets to tell boilerplate from a topic.</remarks>
public sealed class KnowledgeTopicCounter : IDisposable
{
    /// <summary>From this many tickets on, a word in more than <see cref="BoilerplateShare"/> of them is boilerplate.</summary>
    public const int BoilerplateMinTickets = 20;

    /// <summary>The share of tickets above which a word says nothing about any one of them.</summary>
    public const double BoilerplateShare = 0.5;

    private const int Samples = 3;
    private readonly ChineseAnalyzer _analyzer = new(ChineseSegmentationMode.Query);
    private readonly Dictionary<string, List<string>> _tickets = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>Counts the words of one ticket's text.</summary>
    public void Add(string ticketNumber, string text)
    {
        _count++;
        foreach (var word in AnalyzedTerms.Of(_analyzer, "text", text ?? "").Where(IsTopicWord).Distinct(StringComparer.Ordinal))
        {
            if (!_tickets.TryGetValue(word, out var numbers))
                _tickets[word] = numbers = [];
            numbers.Add(ticketNumber);
        }
    }

    /// <summary>The words in at least <paramref name="minTickets"/> tickets, most tickets first (ties by word).</summary>
    public IReadOnlyList<KnowledgeTopic> Topics(int minTickets)
    {
        var ceiling = _count >= BoilerplateMinTickets ? (int)(_count * BoilerplateShare) : int.MaxValue;
        return _tickets.Where(p => p.Value.Count >= Math.Max(1, minTickets) && p.Value.Count <= ceiling)
            .OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new KnowledgeTopic(p.Key, p.Value.Count, p.Value.Take(Samples).ToArray()))
            .ToArray();
    }

    // Only Chinese words: numbers, plates (粤b12345) and Latin codes name one case, not a topic.
    private static bool IsTopicWord(string word) => word.Length >= 2 && word.All(c => c is >= '\u4e00' and <= '\u9fff');

    public void Dispose() => _analyzer.Dispose();
}
