using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Grains.Knowledge.Files;

/// <summary>An article read from a file and where it was (for error reports: "articles 行 3", "文章 2").</summary>
public sealed record KnowledgeFileItem(string Location, KnowledgeDocument Document);
