using Hotline.Reports.Data;
using Hotline.Reports.Resources;

namespace Hotline.Reports.Builders;

/// <summary>The Chinese names of event and warning levels: 提示, 关注, 预警, 严重.</summary>
public static class Severity
{
    /// <summary>The name of <paramref name="level"/>.</summary>
    public static string Name(EventSeverity level) => level switch
    {
        EventSeverity.Attention => ReportText.LevelAttention,
        EventSeverity.Warning => ReportText.LevelWarning,
        EventSeverity.Serious => ReportText.LevelSerious,
        _ => ReportText.LevelInfo,
    };
}
