using JiebaNet.Segmenter;

namespace Hotline.Grains.Search;

/// <summary>Cuts Chinese text into words with jieba and the hotline terms; vehicle plates are found first and kept whole.</summary>
/// <remarks>
/// jieba's dictionary (the package's Resources folder, copied to the output) is process-wide and loads once, in about a
/// second; the hotline terms are added to it then, so every jieba user in the process sees them.
/// </remarks>
public sealed class ChineseWordSegmenter
{
    private static readonly Lazy<ChineseWordSegmenter> Instance = new(() => new ChineseWordSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaSegmenter _jieba = new();

    private ChineseWordSegmenter()
    {
        foreach (var (word, frequency) in HotlineWordLists.Terms)
            _jieba.AddWord(word, frequency);
    }

    /// <summary>The process's segmenter (the first use loads the dictionaries).</summary>
    public static ChineseWordSegmenter Shared => Instance.Value;

    /// <summary>The words of <paramref name="text"/> ordered by position; blanks and punctuation dropped, plates normalised.</summary>
    public IReadOnlyList<ChineseWord> Segment(string text, ChineseSegmentationMode mode)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<ChineseWord>();
        var from = 0;
        foreach (var plate in VehiclePlates.Find(text))
        {
            AddJiebaWords(text, from, plate.Start, mode, words);
            words.Add(plate);
            from = plate.End;
        }
        AddJiebaWords(text, from, text.Length, mode, words);
        words.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return words;
    }

    private void AddJiebaWords(string text, int start, int end, ChineseSegmentationMode mode, List<ChineseWord> words)
    {
        if (end <= start)
            return;
        var span = text[start..end];
        var jiebaMode = mode == ChineseSegmentationMode.Index ? TokenizerMode.Search : TokenizerMode.Default;
        foreach (var token in _jieba.Tokenize(span, jiebaMode, hmm: true))
        {
            if (token.Word.Any(char.IsLetterOrDigit))
                words.Add(new ChineseWord(token.Word, start + token.StartIndex, start + token.EndIndex));
        }
    }
}
