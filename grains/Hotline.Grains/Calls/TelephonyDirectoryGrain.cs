using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Calls;

/// <summary>Keeps the observer reference of every telephony node and hands them out in turn for placed calls.</summary>
/// <remarks>References live in the activation: nodes register again when they start, so nothing needs storing.</remarks>
public sealed class TelephonyDirectoryGrain : Grain, ITelephonyDirectoryGrain
{
    private readonly SortedDictionary<string, ITelephonyNode> _nodes = new(StringComparer.Ordinal);
    private int _next;

    public Task RegisterNodeAsync(string nodeName, ITelephonyNode node)
    {
        ArgumentException.ThrowIfNullOrEmpty(nodeName);
        ArgumentNullException.ThrowIfNull(node);
        _nodes[nodeName] = node;
        return Task.CompletedTask;
    }

    public Task<ITelephonyNode?> PickNodeAsync()
    {
        if (_nodes.Count == 0)
        {
            return Task.FromResult<ITelephonyNode?>(null);
        }

        var node = _nodes.Values.ElementAt(_next++ % _nodes.Count);
        return Task.FromResult<ITelephonyNode?>(node);
    }
}
