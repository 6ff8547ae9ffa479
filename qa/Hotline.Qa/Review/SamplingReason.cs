using System.Text.Json.Serialization;

namespace Hotline.Qa.Review;

/// <summary>Why a call was put in front of an inspector; lower values are more urgent.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SamplingReason>))]
public enum SamplingReason
{
    /// <summary>A complaint came from the call.</summary>
    Complaint,

    /// <summary>The automatic score is below the threshold.</summary>
    LowScore,

    /// <summary>The model flagged it.</summary>
    ModelFlag,

    /// <summary>The agent is new.</summary>
    NewAgent,

    /// <summary>The random sample of all calls.</summary>
    Random,
}
