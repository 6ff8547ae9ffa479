using Hotline.Analytics.Analyses;
using Hotline.Portal.Components.Pages.Dashboards;
using Hotline.Portal.Dashboards;

namespace Hotline.Portal.Tests.Dashboards;

/// <summary>The dashboard's reading of analytics rows: signed 同比/环比 percentages, requests checked field by field, the heat map's shading.</summary>
[Trait("Category", "Unit")]
public sealed class DashboardModelTests
{
    [Fact]
    public void Changes_read_as_signed_percentages_and_a_missing_base_as_a_dash()
    {
        var line = ComparisonLine.From(new ComparisonRow("出租车", 125, 100, 250), "全部");

        Assert.Equal(("出租车", "+25.0%", "-50.0%"), (line.Key, line.PeriodOverPeriod, line.YearOverYear));
        Assert.True(line.Rose);
        var fresh = ComparisonLine.From(new ComparisonRow("", 7, 0, 0), "全部");
        Assert.Equal(("全部", "—", "—"), (fresh.Key, fresh.PeriodOverPeriod, fresh.YearOverYear));
        Assert.Equal("0.0%", ComparisonLine.Percent(0));
    }

    [Theory]
    [InlineData("Weekly", "Category", "Month", "2026-10-01", "measure")]
    [InlineData("Tickets", "Colour", "Month", "2026-10-01", "dimension")]
    [InlineData("Tickets", "Category", "Fortnight", "2026-10-01", "unit")]
    [InlineData("Tickets", "Category", "Month", "2026-13-01", "start")]
    [InlineData("Calls", "Category", "Month", "2026-10-01", "dimension")]
    public void A_request_that_cannot_be_served_is_refused_naming_the_field(string measure, string dimension, string unit, string start, string field)
    {
        var refused = Assert.ThrowsAny<ArgumentException>(() => DashboardRequest.Parse(measure, dimension, unit, start));

        Assert.StartsWith(field, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_round_trips_through_its_query_string()
    {
        var request = DashboardRequest.Parse("tickets", "channel", "week", "2026-11-02");

        Assert.Equal(new DashboardRequest(AnalyticsMeasure.Tickets, AnalyticsDimension.Channel, PeriodUnit.Week, new DateOnly(2026, 11, 2)), request);
        Assert.Equal("measure=Tickets&dimension=Channel&unit=Week&start=2026-11-02", request.Query());
    }

    [Fact]
    public void The_busier_the_hour_the_darker_the_cell()
    {
        Assert.Equal("rgb(255,255,255)", HeatMap.Shade(0, 100));
        Assert.Equal("rgb(55,75,255)", HeatMap.Shade(100, 100));
        Assert.Equal("rgb(255,255,255)", HeatMap.Shade(5, 0));
        Assert.True(string.CompareOrdinal(HeatMap.Shade(20, 100), HeatMap.Shade(80, 100)) != 0);
    }
}
