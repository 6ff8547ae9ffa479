using System.Text.Json.Serialization;

namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>What happened to a line between two versions.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KnowledgeDiffKind>))]
public enum KnowledgeDiffKind
{
    Unchanged,
    Inserted,
    Deleted,
}
