using System.Text;
using Lucene.Net.Search.Highlight;

namespace Hotline.Grains.Search;

/// <summary>Escapes only the characters that matter in HTML text (&amp; &lt; &gt; &quot; &#39;), leaving Chinese readable
/// (Lucene's SimpleHTMLEncoder writes every non-ASCII character as a numeric entity).</summary>
public sealed class HtmlTextEncoder : IEncoder
{
    /// <inheritdoc />
    public string EncodeText(string originalText)
    {
        if (string.IsNullOrEmpty(originalText))
            return "";
        var encoded = new StringBuilder(originalText.Length);
        foreach (var c in originalText)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return encoded.ToString();
    }
}
