namespace Hotline.Reports.Documents;

/// <summary>Whether a change is good or bad news for the hotline (more abandoned calls is bad, more answered is good).</summary>
public enum Trend
{
    /// <summary>No judgement: unchanged, or not comparable.</summary>
    Neutral,

    /// <summary>A change for the better.</summary>
    Better,

    /// <summary>A change for the worse.</summary>
    Worse,
}
