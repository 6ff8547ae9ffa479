namespace Hotline.Grains.Abstractions.Tickets;

/// <summary>The merges in progress (single activation, key "merges"); lets a ticket refuse a merge into a ticket that is itself being merged.</summary>
/// <remarks>
/// A merging ticket holds its turn while the target absorbs it, so two tickets merging into each other (or a longer cycle)
/// would wait on each other until the call timed out. A merge whose target is the source of a merge in progress is refused instead;
/// the claims live in memory only, since they last no longer than one call.
/// </remarks>
public interface ITicketMergeClaimGrain : IGrainWithStringKey
{
    /// <summary>The key of the one claim register.</summary>
    const string Key = "merges";

    /// <summary>Records that <paramref name="source"/> is merging into <paramref name="target"/>: null when claimed, or the ticket
    /// <paramref name="target"/> is being merged into right now (the merge must then be refused).</summary>
    Task<string?> ClaimAsync(string source, string target);

    /// <summary>Ends the claim of <paramref name="source"/> (the merge is done or failed).</summary>
    Task ReleaseAsync(string source);
}
