namespace Hotline.Grains.Abstractions.Knowledge;

/// <summary>The edit lock on an article: who holds it and until when (it lapses by itself after that).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.Knowledge.KnowledgeLock")]
public sealed record KnowledgeLock(
    [property: Id(0)] string Holder,
    [property: Id(1)] DateTimeOffset ExpiresAt);
