namespace Hotline.Grains.Abstractions.Calls;

/// <summary>How often a number is tried: at most <see cref="MaxAttempts"/>, <see cref="Interval"/> apart, after the results in <see cref="RetryOn"/>.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.RetryRule")]
public sealed record RetryRule
{
    [Id(0)] public int MaxAttempts { get; init; } = 3;

    [Id(1)] public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Results after which the number is tried again; any other result ends it.</summary>
    [Id(2)] public IReadOnlyList<OutboundResult> RetryOn { get; init; } = [OutboundResult.NoAnswer, OutboundResult.Busy, OutboundResult.Failed];

    /// <summary>Throws naming the bad value; <paramref name="owner"/> says whose rule it is.</summary>
    public void Validate(string owner)
    {
        if (MaxAttempts < 1)
        {
            throw new ArgumentException($"{owner}: at most {MaxAttempts} attempts; at least 1 is needed");
        }

        if (Interval < TimeSpan.Zero)
        {
            throw new ArgumentException($"{owner}: retry interval {Interval} is negative");
        }
    }
}
