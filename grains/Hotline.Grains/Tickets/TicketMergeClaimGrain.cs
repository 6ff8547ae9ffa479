using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tickets;

/// <summary>Keeps the merges in progress, source → target, and refuses one whose target is already a source (which would close a wait cycle).</summary>
public sealed class TicketMergeClaimGrain : Grain, ITicketMergeClaimGrain
{
    private readonly Dictionary<string, string> _merging = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<string?> ClaimAsync(string source, string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        // A target that is not merging answers its absorb call as soon as its own turn ends, so a chain waits but never loops.
        if (_merging.TryGetValue(target, out var busy))
            return Task.FromResult<string?>(busy);
        _merging[source] = target;
        return Task.FromResult<string?>(null);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string source)
    {
        _merging.Remove(source);
        return Task.CompletedTask;
    }
}
