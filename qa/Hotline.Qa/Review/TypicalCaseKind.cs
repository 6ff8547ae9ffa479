using System.Text.Json.Serialization;

namespace Hotline.Qa.Review;

/// <summary>What a typical case teaches.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TypicalCaseKind>))]
public enum TypicalCaseKind
{
    /// <summary>A model to follow (正面案例).</summary>
    Good,

    /// <summary>A mistake to learn from (反面案例).</summary>
    Bad,
}
