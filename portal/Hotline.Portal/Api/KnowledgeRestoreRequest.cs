namespace Hotline.Portal.Api;

/// <summary>The body of a restore: the version whose content becomes the next version, and why.</summary>
public sealed record KnowledgeRestoreRequest(int Version, string? Note);
