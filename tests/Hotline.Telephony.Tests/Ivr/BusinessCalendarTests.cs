using Hotline.Telephony.Ivr;

namespace Hotline.Telephony.Tests.Ivr;

[Trait("Category", "Unit")]
public sealed class BusinessCalendarTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static readonly BusinessCalendar Office = new()
    {
        Hours =
        [
            new BusinessHours { Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], Open = new(8, 30), Close = new(17, 30) },
            new BusinessHours { Days = [DayOfWeek.Saturday], Open = new(20, 0), Close = new(0, 0) },
        ],
        Holidays = [new CalendarDay { Date = new(2026, 10, 1), Name = "国庆节" }],
        Workdays = [new CalendarDay { Date = new(2026, 9, 27) }, new CalendarDay { Date = new(2026, 10, 10), Open = new(9, 0), Close = new(12, 0) }],
    };

    [Theory]
    [InlineData(2026, 11, 27, 8, 30, BusinessState.Open)]     // Friday opening
    [InlineData(2026, 11, 27, 17, 30, BusinessState.Closed)]  // Friday closing (exclusive)
    [InlineData(2026, 11, 29, 10, 0, BusinessState.Closed)]   // Sunday
    [InlineData(2026, 11, 28, 23, 59, BusinessState.Open)]    // Saturday evening until midnight
    [InlineData(2026, 10, 1, 10, 0, BusinessState.Holiday)]   // Thursday, National Day
    [InlineData(2026, 9, 27, 10, 0, BusinessState.Open)]      // Sunday make-up working day, Monday hours
    [InlineData(2026, 10, 10, 13, 0, BusinessState.Closed)]   // make-up day with its own hours
    public void State_in_Beijing_time(int y, int m, int d, int h, int min, BusinessState expected)
    {
        Assert.Equal(expected, Office.GetState(new DateTimeOffset(y, m, d, h, min, 0, Beijing)));
    }

    [Fact]
    public void Instants_are_converted_to_the_calendars_time_zone()
    {
        // 01:00 UTC Friday = 09:00 Friday in Beijing: open, although 01:00 would be closed.
        Assert.Equal(BusinessState.Open, Office.GetState(new DateTimeOffset(2026, 11, 27, 1, 0, 0, TimeSpan.Zero)));
        // 16:30 UTC Wednesday 30 September = 00:30 Thursday 1 October in Beijing: the holiday.
        Assert.Equal(BusinessState.Holiday, Office.GetState(new DateTimeOffset(2026, 9, 30, 16, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void China_time_zone_resolves_by_iana_and_windows_id()
    {
        Assert.Equal(Beijing, BusinessCalendar.ResolveTimeZone("Asia/Shanghai").BaseUtcOffset);
        Assert.Equal(Beijing, BusinessCalendar.ResolveTimeZone("China Standard Time").BaseUtcOffset);
    }
}
