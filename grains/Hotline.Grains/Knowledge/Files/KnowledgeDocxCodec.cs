using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>
/// Articles as a Word document: each starts with a Heading 1 (its title) and the lines "库：", "编码：", "标签："; body lines
/// follow as paragraphs (Markdown "## x" as Heading 2 …), each table after a "表：caption" paragraph with header cells carrying the column types.
/// </summary>
public sealed partial class KnowledgeDocxCodec : IKnowledgeFileCodec
{
    private const string LibraryLabel = "库：";
    private const string CodeLabel = "编码：";
    private const string TagsLabel = "标签：";
    private const string TableLabel = "表：";
    private const int MaxHeading = 7;

    public KnowledgeFileFormat Format => KnowledgeFileFormat.Docx;

    public KnowledgeFileContents Read(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            using var copy = new MemoryStream();
            file.CopyTo(copy);
            copy.Position = 0;
            using var document = WordprocessingDocument.Open(copy, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
                return KnowledgeFileContents.Unreadable("Word", "The document has no body.");
            return new KnowledgeDocxReader(StyleNames(document.MainDocumentPart!)).Read(body);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            return KnowledgeFileContents.Unreadable("Word", $"The file is not a Word .docx document: {ex.Message}");
        }
    }

    public void Write(IReadOnlyList<KnowledgeDocument> documents, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = HeadingStyles();
            var body = new Body();
            foreach (var document in documents)
                WriteArticle(body, document);
            main.Document = new Document(body);
        }
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    /// <summary>The heading level of a paragraph style's name ("heading 2" → 2, "Title" → 1), or 0.</summary>
    internal static int HeadingLevel(string? styleName)
    {
        if (string.IsNullOrEmpty(styleName))
            return 0;
        if (string.Equals(styleName, "Title", StringComparison.OrdinalIgnoreCase))
            return 1;
        var match = HeadingName().Match(styleName);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    private static void WriteArticle(Body body, KnowledgeDocument document)
    {
        var content = document.Content;
        body.Append(Paragraph(content.Title, "Heading1"));
        body.Append(Paragraph(LibraryLabel + document.LibraryId));
        if (content.Code is not null)
            body.Append(Paragraph(CodeLabel + content.Code));
        if (content.Tags.Count > 0)
            body.Append(Paragraph(TagsLabel + string.Join("，", content.Tags)));
        foreach (var (level, text) in KnowledgeBodyBlocks.Of(content))
            body.Append(Paragraph(text, level > 0 ? $"Heading{Math.Min(level + 1, MaxHeading)}" : null));
        foreach (var table in content.Tables)
        {
            body.Append(Paragraph(TableLabel + table.Caption, "Caption"));
            body.Append(Table(table));
        }
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        if (text.Length > 0)
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(KnowledgeTable table)
    {
        var line = new EnumValue<BorderValues>(BorderValues.Single);
        var result = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = line, Size = 4 }, new BottomBorder { Val = line, Size = 4 },
            new LeftBorder { Val = line, Size = 4 }, new RightBorder { Val = line, Size = 4 },
            new InsideHorizontalBorder { Val = line, Size = 4 }, new InsideVerticalBorder { Val = line, Size = 4 })));
        result.Append(Row(table.Columns.Select(KnowledgeTableHeader.Write)));
        foreach (var row in table.Rows)
            result.Append(Row(row));
        return result;
    }

    // A multi-line cell is one paragraph per line.
    private static TableRow Row(IEnumerable<string> cells) =>
        new(cells.Select(cell => new TableCell(cell.Split('\n').Select(l => Paragraph(l)))));

    private static Styles HeadingStyles()
    {
        var styles = new Styles();
        for (var level = 1; level <= MaxHeading; level++)
        {
            styles.Append(new Style(
                new StyleName { Val = $"heading {level}" },
                new NextParagraphStyle { Val = "Normal" },
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level - 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = (36 - (level * 3)).ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" });
        }
        styles.Append(new Style(new StyleName { Val = "caption" }, new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "Caption" });
        return styles;
    }

    // Word documents written in Chinese name their heading styles "heading 1" but give them ids such as "1": read the names.
    private static Dictionary<string, string> StyleNames(MainDocumentPart main) =>
        main.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().StyleName?.Val?.Value ?? g.Key, StringComparer.Ordinal)
        ?? [];

    [GeneratedRegex(@"^heading\s*(\d)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
