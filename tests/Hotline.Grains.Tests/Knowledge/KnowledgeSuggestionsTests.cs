namespace Hotline.Grains.Tests.Knowledge;

/// <summary>Suggested topics from recent tickets on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class KnowledgeSuggestionsTests(KnowledgeClusterFixture fixture) : KnowledgeSuggestionsContract(fixture), IClassFixture<KnowledgeClusterFixture>;
