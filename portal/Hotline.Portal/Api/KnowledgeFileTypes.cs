using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Api;

/// <summary>The file formats by their names in URLs (docx, xlsx, md, json) with their content types and extensions.</summary>
public static class KnowledgeFileTypes
{
    /// <summary>The format named <paramref name="name"/>, or null.</summary>
    public static KnowledgeFileFormat? Parse(string? name) => name?.ToUpperInvariant() switch
    {
        "DOCX" or "WORD" => KnowledgeFileFormat.Docx,
        "XLSX" or "EXCEL" => KnowledgeFileFormat.Xlsx,
        "MD" or "MARKDOWN" => KnowledgeFileFormat.Markdown,
        "JSON" => KnowledgeFileFormat.Json,
        _ => null,
    };

    /// <summary>The content type of a format's files.</summary>
    public static string ContentType(KnowledgeFileFormat format) => format switch
    {
        KnowledgeFileFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        KnowledgeFileFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        KnowledgeFileFormat.Markdown => "text/markdown; charset=utf-8",
        _ => "application/json",
    };

    /// <summary>The file name extension of a format.</summary>
    public static string Extension(KnowledgeFileFormat format) => format switch
    {
        KnowledgeFileFormat.Docx => ".docx",
        KnowledgeFileFormat.Xlsx => ".xlsx",
        KnowledgeFileFormat.Markdown => ".md",
        _ => ".json",
    };
}
