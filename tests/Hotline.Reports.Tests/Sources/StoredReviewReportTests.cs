using Hotline.Reports.Data;
using Hotline.Reports.Sources;
using Hotline.Reports.Tests.Pdf;

namespace Hotline.Reports.Tests.Sources;

/// <summary>A performance review that the people side stored is printed as stored (its KPIs, evidence and comment), not recomputed from analytics.</summary>
[Trait("Category", "Integration")]
public sealed class StoredReviewReportTests(ReportHistoryFixture history, ReportWriterFixture writer)
{
    private static readonly ReportPeriod October = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

    private sealed class OneReview(string reviewed, ReportPeriod period, StoredReview review) : IStoredReviewSource
    {
        public List<(string Agent, ReportPeriod Period)> Asked { get; } = [];

        public Task<StoredReview?> FindAsync(string agent, ReportPeriod asked, CancellationToken cancellationToken)
        {
            Asked.Add((agent, asked));
            return Task.FromResult(agent == reviewed && asked == period ? review : null);
        }
    }

    private static StoredReview Review(bool approved) => new(new PerformanceReviewData("张三", "8001", "一班", October,
        [
            new KpiResult("接听量", 0.6, ValueUnit.Count, 400, 412, null, 100, "接听 412 通（analytics.calls）"),
            new KpiResult("考试成绩", 0.4, ValueUnit.Score, 90, 72, null, 80, "考试 2 场（people.exam_attempts）"),
        ], 85.5, 88.25, 2, 9, "沟通耐心，考试需加强"), approved ? "人力已审批" : "主管已点评", approved);

    private async Task<PdfText> GenerateAsync(IStoredReviewSource source, string agent)
    {
        var generator = new ReportGenerator(await history.EngineAsync(), ReportHistoryFixture.Database, writer.Writer, ReportSettings.From(new ReportsOptions()),
            storedReviews: source);
        var report = await generator.GenerateAsync(new ReportRequest(ReportKind.Review, October.From, October.To, agent), TestContext.Current.CancellationToken);
        Assert.True(report.HasData);
        return PdfText.Read(report.Pdf);
    }

    [Fact]
    public async Task An_approved_stored_review_is_printed_with_its_own_kpis_evidence_and_comment()
    {
        var source = new OneReview("8001", October, Review(approved: true));

        var text = await GenerateAsync(source, "8001");

        Assert.Equal([("8001", October)], source.Asked);
        Assert.True(text.Contains("张三"), text.All);
        Assert.True(text.Contains("考试 2 场（people.exam_attempts）"), text.All);
        Assert.True(text.Contains("沟通耐心，考试需加强"), text.All);
        // 0.6 × 100 + 0.4 × 80 = 92.0: the stored points, not a recomputation.
        Assert.True(text.Contains("92.0"), text.All);
        Assert.False(text.Contains("临时口径"), "a stored review carries no provisional-definitions note");
        Assert.False(text.Contains("尚未经人力资源审批"), "an approved review carries no approval note");
    }

    [Fact]
    public async Task A_stored_review_not_yet_approved_says_its_state()
    {
        var text = await GenerateAsync(new OneReview("8001", October, Review(approved: false)), "8001");

        Assert.True(text.Contains("当前状态为“主管已点评”，尚未经人力资源审批"), text.All);
    }

    [Fact]
    public async Task Without_a_stored_review_the_provisional_review_is_computed_from_analytics()
    {
        var text = await GenerateAsync(new OneReview("8001", October, Review(approved: true)), "8002");

        Assert.True(text.Contains("临时口径"), text.All);
        Assert.False(text.Contains("张三"), text.All);
    }
}
