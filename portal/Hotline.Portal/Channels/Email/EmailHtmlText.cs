using System.Text;
using MimeKit.Text;

namespace Hotline.Portal.Channels.Email;

/// <summary>The readable text of an HTML mail body: character data with line breaks at block elements, without scripts and styles.</summary>
public static class EmailHtmlText
{
    private static readonly HashSet<string> Breaks = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
    };

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title" };

    /// <summary>The text of <paramref name="html"/>, blank lines collapsed.</summary>
    public static string Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder();
        var hidden = 0;
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Hidden.Contains(tag.Name):
                    hidden = tag.IsEndTag ? Math.Max(0, hidden - 1) : tag.IsEmptyElement ? hidden : hidden + 1;
                    break;
                case HtmlTagToken tag when Breaks.Contains(tag.Name):
                    text.Append('\n');
                    break;
                case HtmlDataToken data when hidden == 0:
                    text.Append(data.Data);
                    break;
            }
        }

        var lines = text.ToString().Split('\n').Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines.Where(line => line.Length > 0));
    }
}
