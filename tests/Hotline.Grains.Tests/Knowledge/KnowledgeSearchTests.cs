namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The knowledge index kept in step with the store and rebuilt from it on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeSearchTests(KnowledgeClusterFixture fixture) : KnowledgeSearchContract(fixture), IClassFixture<KnowledgeClusterFixture>;
