namespace Hotline.Grains.Abstractions.People;

/// <summary>One entry of an employee's archive: when, what kind, a title, the id it refers to (course, attempt, call, review) and a score where there is one.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ArchiveEntry")]
public sealed record ArchiveEntry
{
    [Id(0)] public required string Employee { get; init; }
    [Id(1)] public required DateTimeOffset At { get; init; }
    [Id(2)] public required ArchiveEntryKind Kind { get; init; }
    [Id(3)] public required string Title { get; init; }
    [Id(4)] public required string Reference { get; init; }
    [Id(5)] public double? Score { get; init; }
    [Id(6)] public string Detail { get; init; } = "";
}
