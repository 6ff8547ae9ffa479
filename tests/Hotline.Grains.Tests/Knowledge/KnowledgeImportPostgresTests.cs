namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Import and export of every format, and bad files importing nothing on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeImportPostgresTests(PostgresKnowledgeClusterFixture fixture) : KnowledgeImportContract(fixture), IClassFixture<PostgresKnowledgeClusterFixture>;
