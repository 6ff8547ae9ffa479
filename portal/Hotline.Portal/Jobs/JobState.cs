using System.Text.Json.Serialization;

namespace Hotline.Portal.Jobs;

/// <summary>Where a long-running job is in its life (by name in the API).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobState>))]
public enum JobState
{
    /// <summary>Working; progress may still change.</summary>
    Running,

    /// <summary>Finished with its result in place.</summary>
    Succeeded,

    /// <summary>Stopped by an error; the error says why.</summary>
    Failed,

    /// <summary>Stopped at the owner's (or an administrator's) request before it finished.</summary>
    Cancelled,
}
