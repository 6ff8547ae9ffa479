using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Abstractions.Campaigns;

/// <summary>A campaign's rules: whose agents call, preview or progressive, retries, calling window and whether the citizen takes the survey.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.CampaignDefinition")]
public sealed record CampaignDefinition
{
    [Id(0)] public required string Name { get; init; }

    /// <summary>The queue whose ready agents make the calls (and pace them).</summary>
    [Id(1)] public required string Queue { get; init; }

    [Id(2)] public CampaignMode Mode { get; init; } = CampaignMode.Preview;

    [Id(3)] public RetryRule Retry { get; init; } = new();

    [Id(4)] public CallingWindow Window { get; init; } = new();

    /// <summary>After the agent hangs up the citizen hears the satisfaction survey (满意度回访).</summary>
    [Id(5)] public bool SurveyAfterAgent { get; init; }

    /// <summary>How long a previewed number waits for the agent's accept before it goes to another agent.</summary>
    [Id(6)] public TimeSpan OfferTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
