namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Import and export of every format, and bad files importing nothing on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeImportTests(KnowledgeClusterFixture fixture) : KnowledgeImportContract(fixture), IClassFixture<KnowledgeClusterFixture>;
