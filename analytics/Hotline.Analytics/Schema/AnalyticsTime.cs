namespace Hotline.Analytics.Schema;

/// <summary>The time zone the hotline's days, months and hours are counted in (China Standard Time, no daylight saving).</summary>
public static class AnalyticsTime
{
    /// <summary>The zone name timestamps are stored with, so toDate/toYYYYMM give local days and months.</summary>
    public const string Zone = "Asia/Shanghai";

    /// <summary>The zone's fixed offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The ClickHouse type of every event timestamp.</summary>
    public const string TimestampType = "DateTime64(3, 'Asia/Shanghai')";

    /// <summary>The local calendar day of an instant.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The local month of an instant as yyyyMM (the partition id of event tables).</summary>
    public static int LocalMonth(DateTimeOffset instant)
    {
        var local = instant.ToOffset(Offset);
        return (local.Year * 100) + local.Month;
    }

    /// <summary>Midnight at the start of a local day, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
