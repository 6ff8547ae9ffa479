namespace Hotline.Grains.Abstractions.Calls;

/// <summary>The telephony nodes of the cluster (key 0): where grains place calls that do not start with a ringing phone.</summary>
public interface ITelephonyDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>A node announces itself (again after a restart, replacing its old reference).</summary>
    Task RegisterNodeAsync(string nodeName, ITelephonyNode node);

    /// <summary>A node to place a call on (round-robin), or null when none is registered.</summary>
    Task<ITelephonyNode?> PickNodeAsync();
}
