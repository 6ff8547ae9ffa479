using Hotline.Reports.Fonts;

namespace Hotline.Reports.Tests.Fonts;

[Trait("Category", "Unit")]
public sealed class ChartFontTests
{
    [Fact]
    public void A_configured_chart_font_that_does_not_exist_names_the_file_and_the_setting()
    {
        var error = Assert.Throws<ReportFontException>(() => ChartFont.Register("/nowhere/chart-font.ttc"));

        Assert.Contains("/nowhere/chart-font.ttc", error.Message, StringComparison.Ordinal);
        Assert.Contains(ChartFont.ConfigurationKey, error.Message, StringComparison.Ordinal);
    }
}
