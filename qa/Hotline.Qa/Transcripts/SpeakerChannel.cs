using System.Text.Json.Serialization;

namespace Hotline.Qa.Transcripts;

/// <summary>Who spoke: the recording's left channel is the caller, the right channel the agent.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpeakerChannel>))]
public enum SpeakerChannel
{
    /// <summary>The left channel of the stereo recording.</summary>
    Caller,

    /// <summary>The right channel of the stereo recording.</summary>
    Agent,
}
