namespace Hotline.Grains.Knowledge.Search;

/// <summary>What bringing the knowledge index up to date did: how many articles it holds, whether it was rebuilt and why.</summary>
public sealed record KnowledgeIndexStart(int Articles, bool Rebuilt, string Reason);
