using System.Text.Json.Serialization;

namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>Where an article stands in its maintenance workflow: draft → in review → approved → published → archived.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KnowledgeState>))]
public enum KnowledgeState
{
    Draft,
    InReview,
    Approved,
    Published,
    Archived,
}
