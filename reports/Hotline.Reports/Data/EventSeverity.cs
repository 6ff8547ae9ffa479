namespace Hotline.Reports.Data;

/// <summary>How urgent a notable event or warning is.</summary>
public enum EventSeverity
{
    /// <summary>For information.</summary>
    Info,

    /// <summary>Needs attention (关注).</summary>
    Attention,

    /// <summary>An early warning (预警).</summary>
    Warning,

    /// <summary>Serious (严重).</summary>
    Serious,
}
