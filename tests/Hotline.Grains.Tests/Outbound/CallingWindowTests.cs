using Hotline.Grains.Abstractions.Campaigns;
using Hotline.Grains.Calls;

namespace Hotline.Grains.Tests.Outbound;

/// <summary>Calling windows in the citizens' local time, and what counts as a dialable number.</summary>
[Trait("Category", "Unit")]
public sealed class CallingWindowTests
{
    private static DateTimeOffset Shanghai(int hour, int minute = 0) => new(2026, 3, 2, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(8, 59, false)]
    [InlineData(9, 0, true)]
    [InlineData(19, 59, true)]
    [InlineData(20, 0, false)]
    [InlineData(23, 30, false)]
    public void The_default_window_is_nine_to_eight_in_Shanghai(int hour, int minute, bool open) =>
        Assert.Equal(open, new CallingWindow().IsOpen(Shanghai(hour, minute)));

    [Fact]
    public void The_window_reads_the_zone_not_the_instant_offset()
    {
        // 01:30 UTC is 09:30 in Shanghai.
        Assert.True(new CallingWindow().IsOpen(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero)));
        Assert.False(new CallingWindow { TimeZone = "Europe/London" }.IsOpen(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_window_across_midnight_is_open_on_both_sides()
    {
        var night = new CallingWindow { Opens = new TimeOnly(22, 0), Closes = new TimeOnly(2, 0) };

        Assert.True(night.IsOpen(Shanghai(23)));
        Assert.True(night.IsOpen(Shanghai(1)));
        Assert.False(night.IsOpen(Shanghai(12)));
    }

    [Fact]
    public void An_unknown_zone_or_an_empty_window_is_refused_by_name()
    {
        var zone = Assert.Throws<ArgumentException>(() => new CallingWindow { TimeZone = "Mars/Olympus" }.Validate("campaign x"));
        Assert.Contains("Mars/Olympus", zone.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new CallingWindow { Opens = new TimeOnly(9, 0), Closes = new TimeOnly(9, 0) }.Validate("campaign x"));
    }

    [Theory]
    [InlineData("13900139000", true)]
    [InlineData("+8613900139000", true)]
    [InlineData("8001", true)]
    [InlineData("139+00", false)]
    [InlineData("+", false)]
    [InlineData("", false)]
    [InlineData("13900;drop", false)]
    public void Dialable_numbers_are_digits_with_an_optional_leading_plus(string number, bool valid) =>
        Assert.Equal(valid, DialableNumber.IsValid(number));
}
