using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>Walks a Word body and collects the articles in it (see <see cref="KnowledgeDocxCodec"/> for the layout).</summary>
internal sealed class KnowledgeDocxReader(IReadOnlyDictionary<string, string> styleNames)
{
    private readonly List<KnowledgeFileItem> _items = [];
    private readonly List<KnowledgeImportError> _errors = [];
    private Draft? _current;

    public KnowledgeFileContents Read(Body body)
    {
        var paragraphNumber = 0;
        foreach (var element in body.Elements<OpenXmlElement>())
        {
            if (element is Paragraph paragraph)
                ReadParagraph(paragraph, ++paragraphNumber);
            else if (element is Table table)
                ReadTable(table, paragraphNumber);
        }
        Finish();
        if (_items.Count == 0 && _errors.Count == 0)
            _errors.Add(new KnowledgeImportError("Word", "The document has no article: each article starts with a Heading 1 paragraph (its title)."));
        return new KnowledgeFileContents(_items, _errors);
    }

    private void ReadParagraph(Paragraph paragraph, int number)
    {
        var text = Text(paragraph);
        var level = KnowledgeDocxCodec.HeadingLevel(StyleName(paragraph));
        if (level == 1)
        {
            Finish();
            _current = new Draft($"文章 {_items.Count + _errors.Count + 1}（第 {number} 段）", text.Trim());
            return;
        }
        if (_current is null)
        {
            if (text.Trim().Length > 0)
                _errors.Add(new KnowledgeImportError($"第 {number} 段", $"Text before the first Heading 1 (article title): '{Shorten(text)}'."));
            return;
        }
        if (_current.InHeader && TryMetadata(text))
            return;
        _current.InHeader = false;
        if (text.StartsWith("表：", StringComparison.Ordinal))
        {
            _current.PendingCaption = text["表：".Length..].Trim();
            return;
        }
        if (_current.Tables.Count > 0 && text.Trim().Length > 0)
        {
            _errors.Add(new KnowledgeImportError(_current.Location, $"第 {number} 段: body text after the article's tables: '{Shorten(text)}'."));
            return;
        }
        _current.Lines.Add(level > 1 ? new string('#', level - 1) + " " + text : text);
    }

    private bool TryMetadata(string text)
    {
        if (text.StartsWith("库：", StringComparison.Ordinal))
            _current!.Library = text["库：".Length..].Trim();
        else if (text.StartsWith("编码：", StringComparison.Ordinal))
            _current!.Code = text["编码：".Length..].Trim();
        else if (text.StartsWith("标签：", StringComparison.Ordinal))
            _current!.Tags = text["标签：".Length..].Split(['，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        else
            return false;
        return true;
    }

    private void ReadTable(Table table, int afterParagraph)
    {
        if (_current is null)
        {
            _errors.Add(new KnowledgeImportError($"第 {afterParagraph} 段后的表格", "A table before the first Heading 1 (article title)."));
            return;
        }
        _current.InHeader = false;
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(CellText).ToArray()).ToArray();
        if (rows.Length == 0)
            return;
        var columns = rows[0].Select(KnowledgeTableHeader.Read).ToArray();
        _current.Tables.Add(new KnowledgeTable(_current.PendingCaption ?? "", columns, rows[1..]));
        _current.PendingCaption = null;
    }

    private void Finish()
    {
        if (_current is null)
            return;
        if (string.IsNullOrEmpty(_current.Library))
        {
            _errors.Add(new KnowledgeImportError(_current.Location, $"The article '{_current.Title}' has no '库：' line naming its library."));
        }
        else
        {
            var lines = _current.Lines;
            while (lines.Count > 0 && lines[^1].Trim().Length == 0)
                lines.RemoveAt(lines.Count - 1);
            _items.Add(new KnowledgeFileItem(_current.Location, new KnowledgeDocument(_current.Library, new KnowledgeContent
            {
                Title = _current.Title, Code = string.IsNullOrEmpty(_current.Code) ? null : _current.Code, Tags = _current.Tags,
                Format = KnowledgeBodyFormat.Markdown, Body = string.Join('\n', lines).Trim('\n'), Tables = _current.Tables,
            })));
        }
        _current = null;
    }

    private string? StyleName(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id ? styleNames.GetValueOrDefault(id, id) : null;

    private static string Text(Paragraph paragraph) => string.Concat(paragraph.Descendants<Text>().Select(t => t.Text));

    private static string CellText(TableCell cell) => string.Join('\n', cell.Elements<Paragraph>().Select(Text));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private sealed class Draft(string location, string title)
    {
        public string Location { get; } = location;
        public string Title { get; } = title;
        public string? Library { get; set; }
        public string? Code { get; set; }
        public IReadOnlyList<string> Tags { get; set; } = [];
        public bool InHeader { get; set; } = true;
        public string? PendingCaption { get; set; }
        public List<string> Lines { get; } = [];
        public List<KnowledgeTable> Tables { get; } = [];
    }
}
