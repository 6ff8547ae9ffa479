using System.Globalization;

namespace Hotline.Portal.Components.Pages.Knowledge;

/// <summary>How the knowledge pages write a time: Beijing time, to the minute.</summary>
public static class KnowledgeTime
{
    // The hotline serves one city in China; the server's own zone (often UTC) would confuse editors.
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>"yyyy-MM-dd HH:mm" in Beijing time.</summary>
    public static string Format(DateTimeOffset at) => at.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
