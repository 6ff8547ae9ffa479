namespace Hotline.Grains.Tests.Knowledge;

/// <summary>The knowledge index kept in step with the store and rebuilt from it on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeSearchPostgresTests(PostgresKnowledgeClusterFixture fixture) : KnowledgeSearchContract(fixture), IClassFixture<PostgresKnowledgeClusterFixture>;
