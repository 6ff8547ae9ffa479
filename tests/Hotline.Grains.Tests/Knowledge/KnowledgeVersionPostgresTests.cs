namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Article versions, diffs and restore on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeVersionPostgresTests(PostgresKnowledgeClusterFixture fixture) : KnowledgeVersionContract(fixture), IClassFixture<PostgresKnowledgeClusterFixture>;
