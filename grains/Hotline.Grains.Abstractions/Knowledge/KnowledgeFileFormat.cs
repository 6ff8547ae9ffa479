using System.Text.Json.Serialization;

namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>The file formats articles are imported from and exported to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<KnowledgeFileFormat>))]
public enum KnowledgeFileFormat
{
    /// <summary>Word: a Heading 1 per article, headings, paragraphs and tables.</summary>
    Docx,
    /// <summary>Excel: one row per article, one row per structured entry.</summary>
    Xlsx,
    /// <summary>Markdown with a front-matter block per article.</summary>
    Markdown,
    Json,
}
