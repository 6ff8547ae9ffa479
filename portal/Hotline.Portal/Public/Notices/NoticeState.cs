using System.Text.Json.Serialization;

namespace Hotline.Portal.Public.Notices;

/// <summary>Where a 政务公开 notice stands: only published ones are shown to citizens.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoticeState>))]
public enum NoticeState
{
    /// <summary>Written, not yet shown.</summary>
    Draft,

    /// <summary>Shown on the citizen site.</summary>
    Published,

    /// <summary>Taken down after publication; may be published again.</summary>
    Withdrawn,
}
