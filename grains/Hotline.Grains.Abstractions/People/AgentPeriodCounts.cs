namespace Hotline.Grains.Abstractions.People;

/// <summary>The raw counts behind an agent's review figures, as the host read them from analytics and the people store; null where nothing was recorded.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.AgentPeriodCounts")]
public sealed record AgentPeriodCounts
{
    [Id(0)] public long Answered { get; init; }
    /// <summary>Talk + hold + wrap-up seconds of the answered calls.</summary>
    [Id(1)] public double HandleSeconds { get; init; }
    /// <summary>Answered calls that waited no longer than the service-level target.</summary>
    [Id(2)] public long AnsweredWithinTarget { get; init; }
    [Id(3)] public long QaScored { get; init; }
    /// <summary>The sum of the QA scores in percent.</summary>
    [Id(4)] public double QaScoreSum { get; init; }
    [Id(5)] public long Surveys { get; init; }
    [Id(6)] public long Satisfied { get; init; }
    [Id(7)] public long TicketsCreated { get; init; }
    /// <summary>Of the tickets created, those later urged or supervised.</summary>
    [Id(8)] public long TicketsLate { get; init; }
    [Id(9)] public AdherenceReport? Adherence { get; init; }
    /// <summary>Percent of each exam attempt finished in the period.</summary>
    [Id(10)] public IReadOnlyList<double> ExamPercents { get; init; } = [];
}
