using Hotline.Reports.Archive;
using Hotline.Reports.Sources;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Reports.Tests.Sources;

[Trait("Category", "Unit")]
public sealed class ReportArchiveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hotline-report-archive-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 6, 0, 0, TimeSpan.Zero));

    private static GeneratedReport Report(ReportKind kind, DateOnly from, DateOnly to, byte[] pdf, string? agent = null) =>
        new(new ReportRequest(kind, from, to, agent), "标题", new ReportRequest(kind, from, to, agent).FileName(), pdf, HasData: true);

    [Fact]
    public void Reports_are_filed_by_month_and_listed_newest_first_across_instances()
    {
        var archive = new ReportArchive(_folder, _time);
        var first = archive.Add(Report(ReportKind.Daily, new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 27), [1, 2, 3]), "schedule:daily");
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = archive.Add(Report(ReportKind.Review, new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), [4, 5], "8001"), "request");

        var reopened = new ReportArchive(_folder, _time);
        Assert.Equal([second.Id, first.Id], reopened.List().Select(e => e.Id));
        Assert.Equal("8001", reopened.List()[0].Agent);
        Assert.Equal("schedule:daily", reopened.List()[1].Source);
        var found = reopened.Find(first.Id);
        Assert.NotNull(found);
        Assert.StartsWith(Path.Combine(_folder, "2026", "11"), found.Value.Path, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(found.Value.Path));
        Assert.Null(reopened.Find("no-such-report"));
    }

    [Fact]
    public void A_corrupt_index_is_reported_with_its_path()
    {
        var archive = new ReportArchive(_folder, _time);
        File.WriteAllText(archive.IndexPath, "{ not json");
        var error = Assert.Throws<InvalidOperationException>(() => archive.List());
        Assert.Contains(archive.IndexPath, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
