namespace Hotline.Grains.Abstractions.Calls;

/// <summary>What a placed call is for: who hears its result, whether the citizen takes the survey after the agent, which ticket it concerns.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.PlacedCallOptions")]
public sealed record PlacedCallOptions
{
    /// <summary>Told the call's <see cref="OutboundResult"/> when it ends; none for plain click-to-dial.</summary>
    [Id(0)] public IOutboundCallOwner? Owner { get; init; }

    /// <summary>After the agent hangs up, the citizen stays for the satisfaction survey (survey campaigns).</summary>
    [Id(1)] public bool SurveyAfterAgent { get; init; }

    /// <summary>The ticket the call is about (a return visit), carried onto its survey result.</summary>
    [Id(2)] public string? TicketNumber { get; init; }
}
