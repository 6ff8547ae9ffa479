namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Article versions, diffs and restore on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeVersionTests(KnowledgeClusterFixture fixture) : KnowledgeVersionContract(fixture), IClassFixture<KnowledgeClusterFixture>;
