using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Components.Pages.Knowledge;

/// <summary>One article table as the editor shows it: a caption, the columns on one line ("情形, 金额:金额") and a row per line with cells
/// separated by "|". The article grain checks cell values against typed columns; this type only reads the layout.</summary>
public sealed class KnowledgeTableDraft
{
    private static readonly char[] ColumnSeparators = [',', '，'];

    /// <summary>The table's caption.</summary>
    public string Caption { get; set; } = "";

    /// <summary>Column names separated by commas, each optionally followed by ":" and a type (see <see cref="TypeNames"/>).</summary>
    public string Columns { get; set; } = "";

    /// <summary>One row per line, cells separated by "|".</summary>
    public string Rows { get; set; } = "";

    /// <summary>The names a column type may be written as: the Chinese label, or the type's own name.</summary>
    public static IReadOnlyDictionary<string, KnowledgeColumnType> TypeNames { get; } = new Dictionary<string, KnowledgeColumnType>(StringComparer.OrdinalIgnoreCase)
    {
        ["文本"] = KnowledgeColumnType.Text, ["数字"] = KnowledgeColumnType.Number, ["金额"] = KnowledgeColumnType.Money,
        ["日期"] = KnowledgeColumnType.Date, ["是否"] = KnowledgeColumnType.Boolean,
        [nameof(KnowledgeColumnType.Text)] = KnowledgeColumnType.Text, [nameof(KnowledgeColumnType.Number)] = KnowledgeColumnType.Number,
        [nameof(KnowledgeColumnType.Money)] = KnowledgeColumnType.Money, [nameof(KnowledgeColumnType.Date)] = KnowledgeColumnType.Date,
        [nameof(KnowledgeColumnType.Boolean)] = KnowledgeColumnType.Boolean,
    };

    /// <summary>The draft of a stored table; typed columns are written with their Chinese type.</summary>
    public static KnowledgeTableDraft From(KnowledgeTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new KnowledgeTableDraft
        {
            Caption = table.Caption,
            Columns = string.Join(", ", table.Columns.Select(c => c.Type == KnowledgeColumnType.Text ? c.Name : $"{c.Name}:{ChineseName(c.Type)}")),
            Rows = string.Join("\n", table.Rows.Select(row => string.Join(" | ", row))),
        };
    }

    /// <summary>The table, or null with <paramref name="unknownType"/> set to the first type name that is not known.</summary>
    public KnowledgeTable? ToTable(out string? unknownType)
    {
        unknownType = null;
        var columns = new List<KnowledgeColumn>();
        foreach (var written in Columns.Split(ColumnSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = written.LastIndexOfAny([':', '：']);
            if (colon < 0)
            {
                columns.Add(new KnowledgeColumn(written));
                continue;
            }

            var typeName = written[(colon + 1)..].Trim();
            if (!TypeNames.TryGetValue(typeName, out var type))
            {
                unknownType = typeName;
                return null;
            }

            columns.Add(new KnowledgeColumn(written[..colon].Trim(), type));
        }

        var rows = Rows.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Trim().Length > 0)
            .Select(line => (IReadOnlyList<string>)line.Split('|').Select(cell => cell.Trim()).ToList())
            .ToList();
        return new KnowledgeTable(Caption.Trim(), columns, rows);
    }

    private static string ChineseName(KnowledgeColumnType type) => TypeNames.First(pair => pair.Value == type && pair.Key[0] > 127).Key;
}
