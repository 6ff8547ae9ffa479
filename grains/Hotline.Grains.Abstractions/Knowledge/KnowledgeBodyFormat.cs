using System.Text.Json.Serialization;

namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>How an article's body is written: Markdown, or HTML (sanitised when stored).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KnowledgeBodyFormat>))]
public enum KnowledgeBodyFormat
{
    Markdown,
    Html,
}
