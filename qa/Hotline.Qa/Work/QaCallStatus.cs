using System.Text.Json.Serialization;

namespace Hotline.Qa.Work;

/// <summary>Where a call is in the transcription pipeline.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QaCallStatus>))]
public enum QaCallStatus
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>A worker holds it (under a lease that expires if the worker dies).</summary>
    Transcribing,

    /// <summary>Transcript and metrics stored.</summary>
    Done,

    /// <summary>Given up, with the reason.</summary>
    Failed,
}
