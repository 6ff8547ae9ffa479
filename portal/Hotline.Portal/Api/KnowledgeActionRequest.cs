namespace Hotline.Portal.Api;

/// <summary>The body of a workflow action: a note (the reason, for reject and forced unlock) and, for submit, the reviewer asked.</summary>
public sealed record KnowledgeActionRequest(string? Note, string? Reviewer = null);
