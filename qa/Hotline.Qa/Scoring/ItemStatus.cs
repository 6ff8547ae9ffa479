using System.Text.Json.Serialization;

namespace Hotline.Qa.Scoring;

/// <summary>How a scorecard item came out.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ItemStatus>))]
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

    /// <summary>The item reads what was said but the call has no transcript (no model): left out of the total and of full marks.</summary>
    NotScored,
}
