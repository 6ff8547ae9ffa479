namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The article edit lock on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeLockTests(KnowledgeClusterFixture fixture) : KnowledgeLockContract(fixture), IClassFixture<KnowledgeClusterFixture>;
