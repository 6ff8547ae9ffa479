using System.Globalization;

namespace Hotline.Grains.Tickets.Numbering;

/// <summary>The ticket number format 12328-yyyyMMdd-NNNNNNN: the hotline, the Asia/Shanghai date and a per-day sequence of 7 or more digits.</summary>
public static class TicketNumberFormat
{
    /// <summary>China has had no daylight saving since 1991, so a fixed offset is the Asia/Shanghai date without tz data.</summary>
    public static readonly TimeSpan ShanghaiOffset = TimeSpan.FromHours(8);

    /// <summary>The day key (yyyyMMdd) of an instant in Asia/Shanghai.</summary>
    public static string DayOf(DateTimeOffset at) => at.ToOffset(ShanghaiOffset).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The number of the <paramref name="sequence"/>th ticket of <paramref name="day"/>.</summary>
    public static string Format(string day, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"12328-{day}-{sequence:D7}");
}
