namespace Hotline.Grains.Abstractions.Campaigns;

/// <summary>The local hours citizens may be called (e.g. 09:00–20:00 Asia/Shanghai), every day.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.CallingWindow")]
public sealed record CallingWindow
{
    [Id(0)] public TimeOnly Opens { get; init; } = new(9, 0);

    [Id(1)] public TimeOnly Closes { get; init; } = new(20, 0);

    /// <summary>IANA time zone id of the citizens called.</summary>
    [Id(2)] public string TimeZone { get; init; } = "Asia/Shanghai";

    /// <summary>True when <paramref name="now"/> falls inside the window, local to <see cref="TimeZone"/> (closing time excluded).</summary>
    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone()).DateTime);
        return Opens <= Closes
            ? local >= Opens && local < Closes
            : local >= Opens || local < Closes; // a window across midnight
    }

    /// <summary>Throws naming the bad value.</summary>
    public void Validate(string owner)
    {
        if (Opens == Closes)
        {
            throw new ArgumentException($"{owner}: the calling window opens and closes at {Opens}; it would never be open");
        }

        _ = Zone(owner);
    }

    private TimeZoneInfo Zone(string? owner = null)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new ArgumentException($"{owner ?? "calling window"}: unknown time zone '{TimeZone}'", ex);
        }
    }
}
