using System.Globalization;
using Hotline.Grains.Abstractions.Knowledge;
using MiniExcelLibs;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>
/// Articles as an Excel workbook: sheet "articles" has one row per article (序号, 库, 编码, 标题, 标签, 格式, 正文); sheet "entries"
/// one row per table row (structured entry) of an article: its 序号, the table's number and caption, the header cells and the values.
/// </summary>
public sealed class KnowledgeXlsxCodec : IKnowledgeFileCodec
{
    public const string ArticlesSheet = "articles";
    public const string EntriesSheet = "entries";
    private const string Number = "序号";
    private const string Library = "库";
    private const string Code = "编码";
    private const string Title = "标题";
    private const string Tags = "标签";
    private const string BodyFormat = "格式";
    private const string Body = "正文";
    private const string TableNumber = "表序";
    private const string Caption = "表格";
    private const string Header = "表头";
    private const string RowNumber = "行号";
    private const string ValuePrefix = "值";
    private const string HeaderSeparator = " | ";

    public KnowledgeFileFormat Format => KnowledgeFileFormat.Xlsx;

    public KnowledgeFileContents Read(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        List<IDictionary<string, object?>> articles, entries;
        try
        {
            copy.Position = 0;
            var names = MiniExcel.GetSheetNames(copy);
            if (!names.Contains(ArticlesSheet))
                return KnowledgeFileContents.Unreadable("Excel", $"The workbook has no sheet '{ArticlesSheet}' (one row per article).");
            articles = Sheet(copy, ArticlesSheet);
            entries = names.Contains(EntriesSheet) ? Sheet(copy, EntriesSheet) : [];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return KnowledgeFileContents.Unreadable("Excel", $"The file is not an Excel .xlsx workbook: {ex.Message}");
        }
        return new KnowledgeXlsxReader(articles, entries).Read();
    }

    public void Write(IReadOnlyList<KnowledgeDocument> documents, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(destination);
        var articles = new List<Dictionary<string, object>>();
        var entries = new List<Dictionary<string, object>>();
        var width = Math.Max(1, documents.SelectMany(d => d.Content.Tables).Select(t => t.Columns.Count).DefaultIfEmpty(1).Max());
        for (var i = 0; i < documents.Count; i++)
        {
            var content = documents[i].Content;
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            articles.Add(new Dictionary<string, object>
            {
                [Number] = number, [Library] = documents[i].LibraryId, [Code] = content.Code ?? "", [Title] = content.Title,
                [Tags] = string.Join("，", content.Tags), [BodyFormat] = content.Format.ToString(), [Body] = content.Body,
            });
            for (var t = 0; t < content.Tables.Count; t++)
            {
                var table = content.Tables[t];
                var header = string.Join(HeaderSeparator, table.Columns.Select(KnowledgeTableHeader.Write));
                // A table without rows still needs its header: one row with 行号 0 and no values.
                IEnumerable<(int Row, IReadOnlyList<string> Cells)> rows = table.Rows.Count == 0
                    ? [(0, Array.Empty<string>())]
                    : table.Rows.Select((cells, r) => (r + 1, cells));
                foreach (var (row, cells) in rows)
                {
                    var entry = new Dictionary<string, object>
                    {
                        [Number] = number, [TableNumber] = (t + 1).ToString(CultureInfo.InvariantCulture), [Caption] = table.Caption,
                        [Header] = header, [RowNumber] = row.ToString(CultureInfo.InvariantCulture),
                    };
                    for (var c = 0; c < width; c++)
                        entry[ValueName(c)] = c < cells.Count ? cells[c] : "";
                    entries.Add(entry);
                }
            }
        }
        if (entries.Count == 0)
            entries.Add(new Dictionary<string, object> { [Number] = "", [TableNumber] = "", [Caption] = "", [Header] = "", [RowNumber] = "", [ValueName(0)] = "" });
        using var buffer = new MemoryStream();
        buffer.SaveAs(new Dictionary<string, object> { [ArticlesSheet] = articles, [EntriesSheet] = entries }, excelType: ExcelType.XLSX);
        buffer.Position = 0;
        buffer.CopyTo(destination);
    }

    /// <summary>The header of the value column <paramref name="index"/> (0-based): 值1, 值2 ….</summary>
    internal static string ValueName(int index) => ValuePrefix + (index + 1).ToString(CultureInfo.InvariantCulture);

    internal static string[] SplitHeader(string header) => header.Split(HeaderSeparator.Trim(), StringSplitOptions.TrimEntries);

    private static List<IDictionary<string, object?>> Sheet(MemoryStream workbook, string name)
    {
        workbook.Position = 0;
        var rows = workbook.Query(useHeaderRow: true, sheetName: name, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>().ToList();
        workbook.Position = 0;
        return rows;
    }
}
