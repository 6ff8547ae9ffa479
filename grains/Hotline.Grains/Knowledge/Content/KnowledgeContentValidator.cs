using Ganss.Xss;
using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Content;

/// <summary>Checks an article's content and returns it in stored form: trimmed, tags de-duplicated, HTML sanitised, typed cells canonical.</summary>
public static class KnowledgeContentValidator
{
    public const int MaxTitleLength = 200;
    public const int MaxTags = 20;
    public const int MaxTagLength = 32;
    public const int MaxBodyLength = 200_000;
    public const int MaxTables = 50;
    public const int MaxRows = 5_000;

    // Sanitize is safe to call from several threads once the sanitizer is configured.
    private static readonly HtmlSanitizer Sanitizer = new();

    /// <summary>The content in stored form.</summary>
    /// <param name="codes">The classification codes that exist.</param>
    /// <exception cref="KnowledgeValidationException">A field is missing or malformed; the exception names it and the value.</exception>
    public static KnowledgeContent Normalise(KnowledgeContent content, IReadOnlySet<string> codes)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(codes);
        var title = (content.Title ?? "").Trim();
        if (title.Length == 0)
            throw new KnowledgeValidationException("Title", "An article needs a title.");
        if (title.Length > MaxTitleLength)
            throw new KnowledgeValidationException("Title", $"The title has {title.Length} characters; at most {MaxTitleLength} are allowed.");
        var code = string.IsNullOrWhiteSpace(content.Code) ? null : content.Code.Trim();
        if (code is not null && !codes.Contains(code))
            throw new KnowledgeValidationException("Code", $"The classification code '{code}' is not defined (编码管理 lists the codes).");
        var body = content.Body ?? "";
        if (body.Length > MaxBodyLength)
            throw new KnowledgeValidationException("Body", $"The body has {body.Length} characters; at most {MaxBodyLength} are allowed.");
        if (content.Format == KnowledgeBodyFormat.Html)
            body = Sanitizer.Sanitize(body);
        return new KnowledgeContent
        {
            Title = title, Code = code, Tags = Tags(content.Tags ?? []), Format = content.Format, Body = body.Replace("\r\n", "\n", StringComparison.Ordinal),
            Tables = Tables(content.Tables ?? []),
        };
    }

    private static string[] Tags(IReadOnlyList<string> tags)
    {
        var result = tags.Select(t => (t ?? "").Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (result.Length > MaxTags)
            throw new KnowledgeValidationException("Tags", $"The article has {result.Length} tags; at most {MaxTags} are allowed.");
        foreach (var tag in result)
        {
            if (tag.Length > MaxTagLength || tag.Contains('|', StringComparison.Ordinal))
                throw new KnowledgeValidationException("Tags", $"The tag '{tag}' is too long (at most {MaxTagLength}) or contains '|'.");
        }
        return result;
    }

    private static KnowledgeTable[] Tables(IReadOnlyList<KnowledgeTable> tables)
    {
        if (tables.Count > MaxTables)
            throw new KnowledgeValidationException("Tables", $"The article has {tables.Count} tables; at most {MaxTables} are allowed.");
        return tables.Select((table, index) => Table(table, $"Tables[{index}]")).ToArray();
    }

    private static KnowledgeTable Table(KnowledgeTable table, string field)
    {
        if (table.Columns is not { Count: > 0 })
            throw new KnowledgeValidationException(field + ".Columns", $"Table '{table.Caption}' needs at least one column.");
        var columns = table.Columns.Select(c => c with { Name = (c.Name ?? "").Trim() }).ToArray();
        var blank = Array.FindIndex(columns, c => c.Name.Length == 0);
        if (blank >= 0)
            throw new KnowledgeValidationException($"{field}.Columns[{blank}]", $"Column {blank + 1} of table '{table.Caption}' has no name.");
        var rows = table.Rows ?? [];
        if (rows.Count > MaxRows)
            throw new KnowledgeValidationException(field + ".Rows", $"Table '{table.Caption}' has {rows.Count} rows; at most {MaxRows} are allowed.");
        var canonical = new List<IReadOnlyList<string>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r] ?? [];
            if (row.Count != columns.Length)
                throw new KnowledgeValidationException($"{field}.Rows[{r}]", $"Row {r + 1} of table '{table.Caption}' has {row.Count} cells; the table has {columns.Length} columns.");
            canonical.Add(columns.Select((column, c) => Cell(column, row[c], $"{field}.Rows[{r}].{column.Name}", table.Caption, r)).ToArray());
        }
        return new KnowledgeTable((table.Caption ?? "").Trim(), columns, canonical);
    }

    private static string Cell(KnowledgeColumn column, string? value, string field, string caption, int row)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0 || column.Type == KnowledgeColumnType.Text)
            return text;
        return KnowledgeCellFormat.Canonical(column.Type, text)
            ?? throw new KnowledgeValidationException(field,
                $"Row {row + 1} of table '{caption}': column '{column.Name}' holds {KnowledgeCellFormat.Describe(column.Type)}, not '{text}'.");
    }
}
