using System.Net;
using Hotline.Portal.Tests.Access;
using UglyToad.PdfPig;

namespace Hotline.Portal.Tests.Reports;

/// <summary>The performance-review PDF on the real portal prints the review HR's workflow stored: its KPI scheme, evidence, comments and approval state.</summary>
[Trait("Category", "Integration")]
public sealed class StoredReviewPdfTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    // A period of its own, so no other test's review of 8007 shares it.
    private const string From = "2026-06-01";
    private const string Until = "2026-06-30";
    private const string Path = $"/api/v1/people/reviews/8007/{From}/{Until}";

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static async Task<string> ReviewPdfAsync(PortalSession session)
    {
        using var response = await session.GetAsync($"/api/v1/reports/review?from={From}&to={Until}&agent=8007");
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"review report: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        return Text(body);
    }

    private static async Task PostOrFailAsync(PortalSession session, string path, string json)
    {
        using var response = await session.PostJsonAsync(path, json);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {body}");
    }

    [Fact]
    public async Task The_review_pdf_follows_the_stored_review_through_its_workflow()
    {
        using var hr = new PortalSession(host.BaseAddress);
        await hr.SignInOrFailAsync("hr", "demo-hr");
        using var supervisor = new PortalSession(host.BaseAddress);
        await supervisor.SignInOrFailAsync("supervisor", "demo-supervisor");

        await PostOrFailAsync(hr, "/api/v1/people/reviews", $$"""{"employee":"8007","role":"agent","from":"{{From}}","until":"{{Until}}"}""");
        await PostOrFailAsync(supervisor, Path + "/comment", """{"note":"接听积极，需提升工单及时率"}""");

        var commented = await ReviewPdfAsync(hr);
        Assert.Contains("坐席8007", commented, StringComparison.Ordinal);
        // The stored scheme's KPIs, which the provisional analytics-only review does not have.
        Assert.Contains("工单及时率", commented, StringComparison.Ordinal);
        Assert.Contains("主管点评：接听积极，需提升工单及时率", commented, StringComparison.Ordinal);
        Assert.Contains("当前状态为“主管已点评”，尚未经人力资源审批", commented, StringComparison.Ordinal);
        Assert.DoesNotContain("临时口径", commented, StringComparison.Ordinal);

        await PostOrFailAsync(hr, Path + "/approve", """{"note":"同意"}""");

        var approved = await ReviewPdfAsync(hr);
        Assert.Contains("人力资源意见：同意", approved, StringComparison.Ordinal);
        Assert.DoesNotContain("尚未经人力资源审批", approved, StringComparison.Ordinal);
    }
}
