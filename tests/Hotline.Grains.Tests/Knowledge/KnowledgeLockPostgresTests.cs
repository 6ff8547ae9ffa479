namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The article edit lock on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeLockPostgresTests(PostgresKnowledgeClusterFixture fixture) : KnowledgeLockContract(fixture), IClassFixture<PostgresKnowledgeClusterFixture>;
