using Hotline.Grains.Rosters;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Api;

/// <summary>Local days as the roster counts them (its UTC offset, Beijing time by default), whatever the server's own time zone.</summary>
public sealed class PeopleCalendar(TimeProvider clock, IOptions<RosterOptions> options)
{
    /// <summary>Today's local date.</summary>
    public DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(options.Value.UtcOffset).DateTime);

    /// <summary>Local midnight at the start of <paramref name="day"/>.</summary>
    public DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), options.Value.UtcOffset);
}
