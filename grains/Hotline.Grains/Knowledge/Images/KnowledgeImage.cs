namespace Hotline.Grains.Knowledge.Images;

/// <summary>A stored article image: its file name (content hash + extension) and content type.</summary>
public sealed record KnowledgeImage(string ArticleId, string Name, string ContentType, long Size);
