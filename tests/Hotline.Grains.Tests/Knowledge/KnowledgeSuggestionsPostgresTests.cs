namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Suggested topics from recent tickets on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeSuggestionsPostgresTests(PostgresKnowledgeClusterFixture fixture) : KnowledgeSuggestionsContract(fixture), IClassFixture<PostgresKnowledgeClusterFixture>;
