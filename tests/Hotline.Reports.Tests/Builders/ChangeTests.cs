using Hotline.Reports.Builders;
using Hotline.Reports.Documents;

namespace Hotline.Reports.Tests.Builders;

[Trait("Category", "Unit")]
public sealed class ChangeTests
{
    [Theory]
    [InlineData(110, 100.0, "+10.0%")]
    [InlineData(90, 100.0, "-10.0%")]
    [InlineData(100, 100.0, "持平")]
    [InlineData(0, 0.0, "持平")]
    [InlineData(5, 0.0, "新增")]
    [InlineData(5, null, "—")]
    public void Relative_changes(double current, double? previous, string expected)
    {
        Assert.Equal(expected, Change.Relative(current, previous));
    }

    [Fact]
    public void Rates_change_in_percentage_points()
    {
        Assert.Equal("+1.1 个百分点", Change.Points(0.953, 0.942));
        Assert.Equal("-2.5 个百分点", Change.Points(0.90, 0.925));
        Assert.Equal("—", Change.Points(null, 0.9));
    }

    [Fact]
    public void Durations_and_scores_change_in_their_units()
    {
        Assert.Equal("-2 秒", Change.Seconds(12, 14));
        Assert.Equal("+1 分 5 秒", Change.Seconds(300, 235));
        Assert.Equal("+1.3 分", Change.Score(86.4, 85.1));
    }

    [Fact]
    public void Judgement_depends_on_which_direction_is_good()
    {
        Assert.Equal(Trend.Better, Change.Judge(0.95, 0.9, higherIsBetter: true));
        Assert.Equal(Trend.Worse, Change.Judge(60, 50, higherIsBetter: false));
        Assert.Equal(Trend.Neutral, Change.Judge(60, null, higherIsBetter: false));
    }

    [Fact]
    public void Figures_are_written_the_Chinese_way()
    {
        Assert.Equal("12,480", FigureText.Count(12_480));
        Assert.Equal("95.3%", FigureText.Percent(0.953));
        Assert.Equal("—", FigureText.Percent(null));
        Assert.Equal("12 秒", FigureText.Seconds(12.4));
        Assert.Equal("4 分 45 秒", FigureText.Seconds(285));
        Assert.Equal("5 分", FigureText.Seconds(300));
        Assert.Equal("2026年11月27日（星期五）", FigureText.DateWithWeekday(new DateOnly(2026, 11, 27)));
    }
}
