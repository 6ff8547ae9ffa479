namespace Hotline.Grains.Abstractions.People;

/// <summary>A stretch of scheduled work where the agent was not in a working state; <see cref="Actual"/> names what the agent was doing (e.g. NotReady:午休, or None when no state was recorded).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.AdherenceSpan")]
public sealed record AdherenceSpan(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To,
    [property: Id(2)] string Actual)
{
    /// <summary>The span's length in minutes.</summary>
    public double Minutes => (To - From).TotalMinutes;
}
