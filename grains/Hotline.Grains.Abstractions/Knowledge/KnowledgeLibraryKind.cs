using System.Text.Json.Serialization;

namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>What a library collects: policies and regulations, FAQ, enterprises, routes, or call scripts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KnowledgeLibraryKind>))]
public enum KnowledgeLibraryKind
{
    Policy,
    Faq,
    Enterprise,
    Route,
    Script,
}
