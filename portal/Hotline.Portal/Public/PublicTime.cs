using System.Globalization;

namespace Hotline.Portal.Public;

/// <summary>Times on the citizen site, in Beijing time (UTC+8, no daylight saving) whatever the server's zone.</summary>
public static class PublicTime
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>"2026-11-28".</summary>
    public static string Date(DateTimeOffset time) => time.ToOffset(Beijing).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2026-11-28 14:05".</summary>
    public static string Minute(DateTimeOffset time) => time.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
