using System.Text.Json.Serialization;

namespace Hotline.Qa.Warnings;

/// <summary>Which side of the prediction band the actual count left by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WarningDirection>))]
public enum WarningDirection
{
    /// <summary>More than expected (an incident, a hotspot forming).</summary>
    Rise,

    /// <summary>Fewer than expected (a channel down, intake lost).</summary>
    Drop,
}
