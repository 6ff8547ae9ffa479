namespace Hotline.Qa.Scoring;

/// <summary>How a scorecard item came out.</summary>
public enum ItemStatus
{
    /// <summary>Full points.</summary>
    Passed,

    /// <summary>Some points.</summary>
    Partial,

    /// <summary>No points.</summary>
    Failed,

    /// <summary>The item does not apply to this call (full points, shown as 不适用).</summary>
    NotApplicable,
}
