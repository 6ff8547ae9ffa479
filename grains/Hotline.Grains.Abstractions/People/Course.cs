namespace Hotline.Grains.Abstractions.People;

/// <summary>A course: knowledge articles to read and typical QA cases (calls) to listen to, by id.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.Course")]
public sealed record Course
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public string Description { get; init; } = "";
    /// <summary>Knowledge article ids (the knowledge base's keys).</summary>
    [Id(3)] public IReadOnlyList<string> ArticleIds { get; init; } = [];
    /// <summary>Call ids of typical QA cases.</summary>
    [Id(4)] public IReadOnlyList<string> CaseCallIds { get; init; } = [];
}
