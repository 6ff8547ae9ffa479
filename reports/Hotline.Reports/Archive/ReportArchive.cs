using System.Globalization;
using System.Text.Json;
using Hotline.Reports.Sources;

namespace Hotline.Reports.Archive;

/// <summary>The report archive: PDFs under <c>&lt;DataDir&gt;/reports/yyyy/MM/</c> and an index (<c>index.json</c>) listing them, newest first.</summary>
/// <remarks>The index is rewritten whole through a temporary file and a rename, so a crash leaves the old or the new index, never half of one.</remarks>
public sealed class ReportArchive
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;

    /// <summary>An archive in <paramref name="folder"/> (created when missing).</summary>
    public ReportArchive(string folder, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Folder = Path.GetFullPath(folder);
        _time = time;
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The archive folder.</summary>
    public string Folder { get; }

    /// <summary>The index file.</summary>
    public string IndexPath => Path.Combine(Folder, "index.json");

    /// <summary>Stores <paramref name="report"/> and adds it to the index.</summary>
    public ArchivedReport Add(GeneratedReport report, string source)
    {
        ArgumentNullException.ThrowIfNull(report);
        var now = _time.GetUtcNow();
        var id = $"{Path.GetFileNameWithoutExtension(report.FileName)}-{now.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture)}";
        var relative = Path.Combine(now.ToString("yyyy", CultureInfo.InvariantCulture), now.ToString("MM", CultureInfo.InvariantCulture), id + ".pdf");
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, report.Pdf);
        var entry = new ArchivedReport(id, ReportKinds.Name(report.Request.Kind), report.Request.From, report.Request.To, report.Request.Agent,
            report.Title, relative.Replace(Path.DirectorySeparatorChar, '/'), report.Pdf.LongLength, report.HasData, source, now);
        lock (_gate)
        {
            var entries = ReadIndex();
            entries.Insert(0, entry);
            var temporary = IndexPath + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(entries, Json));
            File.Move(temporary, IndexPath, overwrite: true);
        }

        return entry;
    }

    /// <summary>Every archived report, newest first.</summary>
    public IReadOnlyList<ArchivedReport> List()
    {
        lock (_gate)
            return ReadIndex();
    }

    /// <summary>The entry and full PDF path of report <paramref name="id"/>, or null when the archive has no such report.</summary>
    public (ArchivedReport Entry, string Path)? Find(string id)
    {
        var entry = List().FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
        return entry is null ? null : (entry, Path.Combine(Folder, entry.File));
    }

    private List<ArchivedReport> ReadIndex()
    {
        if (!File.Exists(IndexPath))
            return [];
        try
        {
            return JsonSerializer.Deserialize<List<ArchivedReport>>(File.ReadAllText(IndexPath), Json) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"The report archive index {IndexPath} is not valid JSON ({ex.Message}); move it aside to start a new index.", ex);
        }
    }
}
