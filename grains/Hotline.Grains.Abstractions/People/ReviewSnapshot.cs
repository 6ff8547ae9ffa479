namespace Hotline.Grains.Abstractions.People;

/// <summary>A performance review (绩效考核) of one employee over one period: KPI scores with evidence, the weighted total and the workflow so far.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.ReviewSnapshot")]
public sealed record ReviewSnapshot
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Employee { get; init; }
    [Id(2)] public required string Role { get; init; }
    [Id(3)] public required DateOnly From { get; init; }
    /// <summary>The last day of the period (inclusive).</summary>
    [Id(4)] public required DateOnly To { get; init; }
    [Id(5)] public required ReviewState State { get; init; }
    [Id(6)] public required IReadOnlyList<KpiScore> Scores { get; init; }
    /// <summary>The sum of the weighted points (100 = every target met, above with capped over-attainment).</summary>
    [Id(7)] public required double Total { get; init; }
    [Id(8)] public string? SupervisorComment { get; init; }
    [Id(9)] public string? HrNote { get; init; }
    [Id(10)] public string? EmployeeNote { get; init; }
    [Id(11)] public required IReadOnlyList<ReviewStep> Steps { get; init; }
}
