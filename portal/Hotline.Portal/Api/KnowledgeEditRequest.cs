using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Api;

/// <summary>The body of an edit: the new content and why it changed.</summary>
public sealed record KnowledgeEditRequest(KnowledgeContent Content, string? Note);
