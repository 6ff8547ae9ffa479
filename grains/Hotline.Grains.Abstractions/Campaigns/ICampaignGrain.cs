using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Abstractions.Campaigns;

/// <summary>
/// An outbound campaign (keyed by its id) over a list of numbers — return visits (回访) and satisfaction surveys —
/// in preview or progressive mode, paced by the ready agents of its queue, inside a calling window, with retry rules
/// and a result per number. Its progress is stored, so it carries on after a restart.
/// </summary>
public interface ICampaignGrain : IOutboundCallOwner
{
    /// <summary>Creates the campaign (draft) with its numbers; refused once it exists.</summary>
    Task CreateAsync(CampaignDefinition definition, IReadOnlyList<CampaignContact> contacts);

    Task StartAsync();

    /// <summary>No new numbers are offered; calls in progress finish and previews not yet accepted are withdrawn.</summary>
    Task PauseAsync();

    Task ResumeAsync();

    /// <summary>Ends the campaign: numbers not yet called are cancelled; calls in progress finish and are recorded.</summary>
    Task StopAsync();

    Task<CampaignProgress> GetProgressAsync();

    /// <summary>The number previewed to the agent, if any.</summary>
    Task<OutboundItem?> GetOfferAsync(string extension);

    /// <summary>The agent accepts its previewed number: the platform dials. Returns the placed call's id.</summary>
    Task<string> AcceptAsync(string extension);

    /// <summary>The agent declines its previewed number: ready again; the number goes to another agent.</summary>
    Task DeclineAsync(string extension);

    /// <summary>What the reminder does: lapsed previews go back; inside the window, due numbers go to ready agents.</summary>
    Task RunDueAsync();
}
