using Hotline.Grains.Calls;
using Hotline.Grains.Telephony;
using Hotline.Portal.Configuration;
using Hotline.Portal.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Administration;

/// <summary>
/// The service numbers and the flow each runs, read from the mechanism the telephony uses: the numbers are <c>Hotline:Sip:ServiceNumbers</c>
/// (fixed at start-up in the SIP service and the call forwarder, so they change only with the configuration and a restart) and every
/// service-number call starts the catalog's welcome flow (<see cref="CallFlows.Welcome"/>), which the IVR editor changes at run time.
/// </summary>
public sealed class ServiceNumberDirectory(IOptions<HotlineOptions> options, IvrFlowCatalog catalog)
{
    /// <summary>The configuration key that lists the numbers.</summary>
    public const string SettingName = "Hotline:Sip:ServiceNumbers";

    /// <summary>True when the numbers come from <see cref="SettingName"/>; false when it names none and the default (12328) applies.</summary>
    public bool Configured => options.Value.Sip.ServiceNumbers.Count > 0;

    /// <summary>Each number with its flow, in configuration order.</summary>
    public IReadOnlyList<ServiceNumberRow> List()
    {
        var known = catalog.Names.Contains(CallFlows.Welcome, StringComparer.Ordinal);
        var flow = known ? catalog.Get(CallFlows.Welcome) : null;
        return [.. TelephonySetup.ServiceNumbersOf(options.Value).Select(number => new ServiceNumberRow(number, CallFlows.Welcome, flow?.Name, flow?.Version))];
    }
}
