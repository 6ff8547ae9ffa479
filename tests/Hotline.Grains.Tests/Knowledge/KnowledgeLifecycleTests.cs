namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The article lifecycle and its role checks on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeLifecycleTests(KnowledgeClusterFixture fixture) : KnowledgeLifecycleContract(fixture), IClassFixture<KnowledgeClusterFixture>;
