using System.Globalization;

namespace Hotline.Portal.Components.Layout;

/// <summary>Durations as the portal shows them: mm:ss under an hour, h:mm:ss above; never negative.</summary>
public static class Clock
{
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = TimeSpan.Zero;
        }

        return duration.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours}:{duration.Minutes:00}:{duration.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{duration.Minutes:00}:{duration.Seconds:00}");
    }
}
