using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Api;

/// <summary>The body of a new article: the library and the first version's content.</summary>
public sealed record KnowledgeCreateRequest(string LibraryId, KnowledgeContent Content);
