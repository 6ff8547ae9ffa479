using System.Text;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>
/// Articles as one Markdown file: per article a front-matter block (library, code, tags, format), a "# title" line, the body,
/// then each table as a <c>&lt;!-- table: caption --&gt;</c> marker and a pipe table whose header cells carry the column types.
/// </summary>
public sealed class KnowledgeMarkdownCodec : IKnowledgeFileCodec
{
    private const string Fence = "---";
    private const string TableMarker = "<!-- table:";

    public KnowledgeFileFormat Format => KnowledgeFileFormat.Markdown;

    public KnowledgeFileContents Read(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var lines = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var starts = Enumerable.Range(0, lines.Length).Where(i => IsArticleStart(lines, i)).ToArray();
        if (starts.Length == 0)
            return KnowledgeFileContents.Unreadable("Markdown", "No article found: each article starts with a '---' line followed by 'library: …'.");
        var items = new List<KnowledgeFileItem>();
        var errors = new List<KnowledgeImportError>();
        if (lines.Take(starts[0]).Any(l => l.Trim().Length > 0))
            errors.Add(new KnowledgeImportError("Markdown 第 1 行", "Text before the first article's front matter."));
        for (var a = 0; a < starts.Length; a++)
        {
            var end = a + 1 < starts.Length ? starts[a + 1] : lines.Length;
            var location = $"文章 {a + 1}（第 {starts[a] + 1} 行）";
            try
            {
                items.Add(new KnowledgeFileItem(location, ReadArticle(lines, starts[a], end)));
            }
            catch (FormatException ex)
            {
                errors.Add(new KnowledgeImportError(location, ex.Message));
            }
        }
        return new KnowledgeFileContents(items, errors);
    }

    public void Write(IReadOnlyList<KnowledgeDocument> documents, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var text = new StringBuilder();
        foreach (var document in documents)
        {
            var content = document.Content;
            text.Append(Fence).Append('\n')
                .Append("library: ").Append(document.LibraryId).Append('\n')
                .Append("code: ").Append(content.Code).Append('\n')
                .Append("tags: ").Append(string.Join(", ", content.Tags)).Append('\n')
                .Append("format: ").Append(content.Format).Append('\n')
                .Append(Fence).Append('\n')
                .Append("# ").Append(content.Title).Append("\n\n");
            if (content.Body.Length > 0)
                text.Append(content.Body).Append("\n\n");
            foreach (var table in content.Tables)
            {
                text.Append(TableMarker).Append(' ').Append(table.Caption.Replace("--", "- -", StringComparison.Ordinal)).Append(" -->\n");
                text.Append(Row(table.Columns.Select(KnowledgeTableHeader.Write)));
                text.Append(Row(table.Columns.Select(_ => "---")));
                foreach (var row in table.Rows)
                    text.Append(Row(row));
                text.Append('\n');
            }
        }
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        destination.Write(bytes);
    }

    private static bool IsArticleStart(string[] lines, int i) =>
        lines[i].Trim() == Fence && i + 1 < lines.Length && lines[i + 1].TrimStart().StartsWith("library:", StringComparison.Ordinal);

    private static KnowledgeDocument ReadArticle(string[] lines, int start, int end)
    {
        var close = Array.FindIndex(lines, start + 1, end - start - 1, l => l.Trim() == Fence);
        if (close < 0)
            throw new FormatException($"The front matter starting at line {start + 1} is not closed by a '---' line.");
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = start + 1; i < close; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                throw new FormatException($"Line {i + 1} of the front matter is not 'name: value': '{lines[i]}'.");
            fields[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }
        var titleLine = Array.FindIndex(lines, close + 1, end - close - 1, l => l.Trim().Length > 0);
        if (titleLine < 0 || !lines[titleLine].StartsWith("# ", StringComparison.Ordinal))
            throw new FormatException($"The article starting at line {start + 1} has no '# title' line after its front matter.");
        var format = KnowledgeBodyFormat.Markdown;
        if (fields.TryGetValue("format", out var formatText) && formatText.Length > 0 && !Enum.TryParse(formatText, ignoreCase: true, out format))
            throw new FormatException($"The format '{formatText}' is neither Markdown nor Html.");

        var firstTable = Array.FindIndex(lines, titleLine + 1, end - titleLine - 1, l => l.StartsWith(TableMarker, StringComparison.Ordinal));
        var bodyEnd = firstTable < 0 ? end : firstTable;
        var body = string.Join('\n', lines[(titleLine + 1)..bodyEnd]).Trim('\n');
        return new KnowledgeDocument(fields.GetValueOrDefault("library") ?? "", new KnowledgeContent
        {
            Title = lines[titleLine][2..].Trim(),
            Code = fields.GetValueOrDefault("code") is { Length: > 0 } code ? code : null,
            Tags = (fields.GetValueOrDefault("tags") ?? "").Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Format = format,
            Body = body,
            Tables = firstTable < 0 ? [] : ReadTables(lines, firstTable, end),
        });
    }

    private static List<KnowledgeTable> ReadTables(string[] lines, int start, int end)
    {
        var tables = new List<KnowledgeTable>();
        var i = start;
        while (i < end)
        {
            if (lines[i].Trim().Length == 0)
            {
                i++;
                continue;
            }
            if (!lines[i].StartsWith(TableMarker, StringComparison.Ordinal) || !lines[i].TrimEnd().EndsWith("-->", StringComparison.Ordinal))
                throw new FormatException($"Line {i + 1}: after the first table only tables may follow, found '{lines[i]}'.");
            var caption = lines[i].TrimEnd()[TableMarker.Length..^3].Trim();
            if (i + 2 >= end || !lines[i + 1].StartsWith('|') || !lines[i + 2].StartsWith('|'))
                throw new FormatException($"Line {i + 1}: the table '{caption}' needs a header row and a '| --- |' row.");
            var columns = Cells(lines[i + 1]).Select(KnowledgeTableHeader.Read).ToArray();
            var rows = new List<IReadOnlyList<string>>();
            i += 3;
            for (; i < end && lines[i].StartsWith('|'); i++)
            {
                var cells = Cells(lines[i]);
                if (cells.Count != columns.Length)
                    throw new FormatException($"Line {i + 1}: the row of table '{caption}' has {cells.Count} cells; the table has {columns.Length} columns.");
                rows.Add(cells);
            }
            tables.Add(new KnowledgeTable(caption, columns, rows));
        }
        return tables;
    }

    private static string Row(IEnumerable<string> cells) =>
        "| " + string.Join(" | ", cells.Select(c => c.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal))) + " |\n";

    // Splits "| a | b \| c |" into ["a", "b | c"], undoing Row's escapes.
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var text = line.Trim();
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                cell.Append(text[++i]);
            }
            else if (text[i] == '|')
            {
                cells.Add(cell.ToString().Trim().Replace("<br>", "\n", StringComparison.Ordinal));
                cell.Clear();
            }
            else
            {
                cell.Append(text[i]);
            }
        }
        return cells;
    }
}
