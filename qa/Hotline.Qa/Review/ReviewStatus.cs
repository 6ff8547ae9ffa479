using System.Text.Json.Serialization;

namespace Hotline.Qa.Review;

/// <summary>Where a call's review stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewStatus>))]
public enum ReviewStatus
{
    /// <summary>Waiting for an inspector.</summary>
    Pending,

    /// <summary>An inspector has claimed it.</summary>
    InReview,

    /// <summary>The inspector finished; waiting for the agent.</summary>
    Reviewed,

    /// <summary>The agent accepted the result.</summary>
    Acknowledged,

    /// <summary>The agent appealed; waiting for the QA lead.</summary>
    Appealed,

    /// <summary>The QA lead decided the appeal.</summary>
    AppealDecided,
}
