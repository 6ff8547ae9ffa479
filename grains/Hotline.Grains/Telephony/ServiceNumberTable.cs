using Hotline.Grains.Telephony.Store;
using Hotline.Telephony.Sip.Routing;

namespace Hotline.Grains.Telephony;

/// <summary>This silo's copy of the enabled service numbers, which the SIP service and the call forwarder ask per call; replaced whole when the registry changes.</summary>
public sealed class ServiceNumberTable : IServiceNumberResolver
{
    // Replaced, never mutated: a reader on the SIP thread sees either the old table or the new one.
    private volatile Dictionary<string, ServiceNumberRoute> _routes = new(StringComparer.Ordinal);

    /// <summary>The enabled numbers and their flows.</summary>
    public IReadOnlyCollection<ServiceNumberRoute> Routes => _routes.Values;

    public ServiceNumberRoute? Resolve(string dialled) => _routes.GetValueOrDefault(dialled ?? "");

    /// <summary>Takes the registry's rows as the new table; disabled numbers are left out, so they are refused like any unknown number.</summary>
    public void Load(IEnumerable<ServiceNumberRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _routes = records.Where(r => r.Enabled)
            .ToDictionary(r => r.Number, r => new ServiceNumberRoute(r.Number, r.Flow), StringComparer.Ordinal);
    }
}
