namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The article lifecycle and its role checks on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeLifecyclePostgresTests(PostgresKnowledgeClusterFixture fixture) : KnowledgeLifecycleContract(fixture), IClassFixture<PostgresKnowledgeClusterFixture>;
