using JiebaNet.Segmenter;

namespace Hotline.Qa.Learning;

/// <summary>Splits Chinese text into words with jieba so the text featurizer sees words, not whole sentences.</summary>
/// <remarks>The dictionary (the jieba.NET package's Resources folder, copied to the output) loads once per process: it takes about a second.</remarks>
public static class ChineseSegmenter
{
    private static readonly Lazy<JiebaSegmenter> Shared = new(() => new JiebaSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The words of <paramref name="text"/> separated by single spaces; punctuation and blanks dropped.</summary>
    public static string Segment(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var words = Shared.Value.Cut(text, cutAll: false, hmm: true)
            .Where(w => w.Any(char.IsLetterOrDigit));
        return string.Join(' ', words);
    }
}
