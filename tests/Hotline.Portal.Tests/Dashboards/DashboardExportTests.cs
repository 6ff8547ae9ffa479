using System.Net;
using Hotline.Portal.Tests.Access;
using MiniExcelLibs;

namespace Hotline.Portal.Tests.Dashboards;

/// <summary>The dashboard export on the real platform: an analyst downloads the 同比/环比 table as an .xlsx that MiniExcel reads back; an agent
/// is refused; a request naming an unknown measure is a 400 naming it.</summary>
[Trait("Category", "Integration")]
public sealed class DashboardExportTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    private const string Export = "/api/v1/dashboards/comparison.xlsx?measure=Tickets&dimension=Channel&unit=Month&start=2026-10-01";

    [Fact]
    public async Task An_analyst_exports_the_comparison_as_excel()
    {
        using var analyst = new PortalSession(host.BaseAddress);
        await analyst.SignInOrFailAsync("analyst", "demo-analyst");

        using var response = await analyst.GetAsync(Export);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"export: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(bytes);
        var header = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().First();
        Assert.Equal(["维度值", "本期", "上期", "环比", "去年同期", "同比"], header.Values.Select(v => v?.ToString()));
    }

    [Fact]
    public async Task An_agent_is_refused_and_a_bad_request_names_the_field()
    {
        using var agent = new PortalSession(host.BaseAddress);
        await agent.SignInOrFailAsync("8001", "demo-8001");
        using (var refused = await agent.GetAsync(Export))
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var analyst = new PortalSession(host.BaseAddress);
        await analyst.SignInOrFailAsync("analyst", "demo-analyst");
        using var bad = await analyst.GetAsync("/api/v1/dashboards/comparison.xlsx?measure=Weekly&dimension=Channel&unit=Month&start=2026-10-01");
        var body = await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("measure", body, StringComparison.Ordinal);
    }
}
