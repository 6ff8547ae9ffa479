using System.Globalization;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>Turns the rows of the "articles" and "entries" sheets into articles, naming the sheet and row of every bad one.</summary>
internal sealed class KnowledgeXlsxReader(IReadOnlyList<IDictionary<string, object?>> articles, IReadOnlyList<IDictionary<string, object?>> entries)
{
    private readonly List<KnowledgeImportError> _errors = [];

    public KnowledgeFileContents Read()
    {
        var drafts = new Dictionary<string, (string Location, string Library, KnowledgeContent Content)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < articles.Count; i++)
        {
            var row = articles[i];
            var location = $"{KnowledgeXlsxCodec.ArticlesSheet} 第 {i + 2} 行";
            if (row.Values.All(v => Text(v).Length == 0))
                continue;
            var number = Cell(row, "序号");
            var title = Cell(row, "标题");
            var formatText = Cell(row, "格式");
            var format = KnowledgeBodyFormat.Markdown;
            if (number.Length == 0 || drafts.ContainsKey(number))
                Error(location, $"序号 '{number}' is missing or repeated; every article row needs its own number.");
            else if (title.Length == 0)
                Error(location, "标题 (title) is empty.");
            else if (formatText.Length > 0 && !Enum.TryParse(formatText, ignoreCase: true, out format))
                Error(location, $"格式 '{formatText}' is neither Markdown nor Html.");
            else
            {
                order.Add(number);
                drafts[number] = (location, Cell(row, "库"), new KnowledgeContent
                {
                    Title = title, Code = Cell(row, "编码") is { Length: > 0 } code ? code : null,
                    Tags = Cell(row, "标签").Split(['，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    Format = format, Body = Cell(row, "正文").Replace("\r\n", "\n", StringComparison.Ordinal),
                });
            }
        }

        var tables = ReadTables(drafts.Keys, articles.Select(r => Cell(r, "序号")).ToHashSet(StringComparer.Ordinal));
        var items = order.Select(number =>
        {
            var (location, library, content) = drafts[number];
            var own = tables.Where(t => t.Key.Article == number).OrderBy(t => t.Key.Table).Select(t => t.Value.Build()).ToArray();
            return new KnowledgeFileItem(location, new KnowledgeDocument(library, content with { Tables = own }));
        }).ToArray();
        return new KnowledgeFileContents(items, _errors);
    }

    // Rows of an article that was itself reported as bad are skipped without a second report.
    private Dictionary<(string Article, int Table), TableDraft> ReadTables(IEnumerable<string> articleNumbers, HashSet<string> listed)
    {
        var known = articleNumbers.ToHashSet(StringComparer.Ordinal);
        var tables = new Dictionary<(string, int), TableDraft>();
        for (var i = 0; i < entries.Count; i++)
        {
            var row = entries[i];
            var location = $"{KnowledgeXlsxCodec.EntriesSheet} 第 {i + 2} 行";
            if (row.Values.All(v => Text(v).Length == 0))
                continue;
            var number = Cell(row, "序号");
            if (!known.Contains(number))
            {
                if (listed.Contains(number))
                    continue;
                Error(location, $"序号 '{number}' names no article row of sheet '{KnowledgeXlsxCodec.ArticlesSheet}'.");
                continue;
            }
            if (!int.TryParse(Cell(row, "表序"), NumberStyles.None, CultureInfo.InvariantCulture, out var tableNumber) || tableNumber < 1
                || !int.TryParse(Cell(row, "行号"), NumberStyles.None, CultureInfo.InvariantCulture, out var rowNumber))
            {
                Error(location, $"表序 '{Cell(row, "表序")}' and 行号 '{Cell(row, "行号")}' must be whole numbers (表序 from 1, 行号 0 for a table without rows).");
                continue;
            }
            var header = KnowledgeXlsxCodec.SplitHeader(Cell(row, "表头"));
            if (header.Length == 0 || header.Any(h => h.Length == 0))
            {
                Error(location, $"表头 '{Cell(row, "表头")}' must list the columns separated by ' | '.");
                continue;
            }
            var values = Enumerable.Range(0, row.Count).Select(c => Cell(row, KnowledgeXlsxCodec.ValueName(c))).ToArray();
            var extra = Array.FindLastIndex(values, v => v.Length > 0);
            if (extra >= header.Length)
            {
                Error(location, $"The row has a value in {KnowledgeXlsxCodec.ValueName(extra)}, but 表头 names only {header.Length} columns.");
                continue;
            }
            var key = (number, tableNumber);
            if (!tables.TryGetValue(key, out var table))
                tables[key] = table = new TableDraft(Cell(row, "表格"), header);
            if (rowNumber > 0)
                table.Rows.Add(values.Take(header.Length).ToArray());
        }
        return tables;
    }

    private void Error(string location, string message) => _errors.Add(new KnowledgeImportError(location, message));

    private static string Cell(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var value) ? Text(value).Trim() : "";

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private sealed class TableDraft(string caption, string[] header)
    {
        public List<IReadOnlyList<string>> Rows { get; } = [];

        public KnowledgeTable Build() => new(caption, header.Select(KnowledgeTableHeader.Read).ToArray(), Rows);
    }
}
