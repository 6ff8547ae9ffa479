namespace Hotline.Reports.Data;

/// <summary>Which QA summary: daily, weekly or monthly.</summary>
public enum QaPeriodKind
{
    /// <summary>One day.</summary>
    Daily,

    /// <summary>Seven days.</summary>
    Weekly,

    /// <summary>A calendar month.</summary>
    Monthly,
}
