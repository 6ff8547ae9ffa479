namespace Hotline.Grains.Abstractions.People;

/// <summary>Schedule adherence of an agent over a window: minutes in adherence ÷ scheduled work minutes, with the out-of-adherence spans.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.AdherenceReport")]
public sealed record AdherenceReport
{
    [Id(0)] public required string Agent { get; init; }
    [Id(1)] public required DateTimeOffset From { get; init; }
    [Id(2)] public required DateTimeOffset To { get; init; }
    [Id(3)] public required double ScheduledMinutes { get; init; }
    [Id(4)] public required double InAdherenceMinutes { get; init; }
    [Id(5)] public required IReadOnlyList<AdherenceSpan> OutOfAdherence { get; init; }

    /// <summary>In-adherence ÷ scheduled minutes (0–1); null when nothing was scheduled.</summary>
    public double? Adherence => ScheduledMinutes <= 0 ? null : InAdherenceMinutes / ScheduledMinutes;
}
