using System.Globalization;

namespace Hotline.Grains.Abstractions.People;

/// <summary>The key of a review grain: employee and period, so a period is reviewed once per employee.</summary>
public static class ReviewKey
{
    /// <summary>"8001/2026-10-01/2026-10-31".</summary>
    public static string For(string employee, DateOnly from, DateOnly to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(employee);
        return string.Create(CultureInfo.InvariantCulture, $"{employee}/{from:yyyy-MM-dd}/{to:yyyy-MM-dd}");
    }
}
