using Ganss.Xss;
using Hotline.Grains.Abstractions.Knowledge;
using Markdig;

namespace Hotline.Portal.Components.Pages.Knowledge;

/// <summary>Turns an article body into HTML that is safe to render: Markdown with raw HTML disabled, and every result sanitised.</summary>
public static class KnowledgeBodyHtml
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    // The store sanitises HTML bodies already; sanitising again on output also covers javascript: links written in
    // Markdown and bodies stored before the validator existed. Sanitize is thread-safe once configured.
    private static readonly HtmlSanitizer Sanitizer = new();

    /// <summary>The body as sanitised HTML.</summary>
    public static string Render(KnowledgeBodyFormat format, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var html = format == KnowledgeBodyFormat.Html ? body : Markdig.Markdown.ToHtml(body, Markdown);
        return Sanitizer.Sanitize(html);
    }
}
