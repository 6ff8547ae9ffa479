using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Work;

/// <summary>Tells whether a transcript is Chinese: a call in another language is flagged rather than scored as if it were.</summary>
public static class ChineseText
{
    /// <summary>True when most letters of the transcript are CJK ideographs (or it has no letters at all).</summary>
    public static bool LooksChinese(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        int letters = 0, ideographs = 0;
        foreach (var c in transcript.Segments.SelectMany(s => s.Text))
        {
            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')
                ideographs++;
            else if (!char.IsLetter(c))
                continue;
            letters++;
        }

        return letters == 0 || ideographs * 2 >= letters;
    }
}
