using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Abstractions.Callbacks;

/// <summary>A call-back list's rules: attempts and retry interval, and how long an agent has to accept an offered call-back.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.CallbackPolicy")]
public sealed record CallbackPolicy
{
    [Id(0)] public RetryRule Retry { get; init; } = new() { MaxAttempts = 3, Interval = TimeSpan.FromMinutes(15) };

    /// <summary>How long an offered call-back waits for the agent's accept before it goes to another agent.</summary>
    [Id(1)] public TimeSpan OfferTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
