using AngleSharp.Html.Parser;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>An article body as (heading level, text) lines for documents without Markdown: Markdown lines as they are, HTML by its block elements.</summary>
public static class KnowledgeBodyBlocks
{
    /// <summary>The body's lines; level 0 is ordinary text, 1–6 a heading ("# x" or &lt;h1&gt;).</summary>
    public static IReadOnlyList<(int Level, string Text)> Of(KnowledgeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Body.Length == 0)
            return [];
        return content.Format == KnowledgeBodyFormat.Html ? FromHtml(content.Body) : content.Body.Split('\n').Select(FromMarkdownLine).ToArray();
    }

    private static (int, string) FromMarkdownLine(string line)
    {
        var level = line.TakeWhile(c => c == '#').Count();
        return level is > 0 and <= 6 && line.Length > level && line[level] == ' ' ? (level, line[(level + 1)..]) : (0, line);
    }

    private static (int, string)[] FromHtml(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var blocks = document.Body?.QuerySelectorAll("h1,h2,h3,h4,h5,h6,p,li,pre,blockquote")
            .Where(e => e.ParentElement?.Closest("p,li,pre,blockquote") is null)
            .Select(e => (e.LocalName is ['h', var digit] ? digit - '0' : 0, e.TextContent.Trim()))
            .ToArray() ?? [];
        return blocks.Length > 0 ? blocks : [(0, document.Body?.TextContent.Trim() ?? "")];
    }
}
