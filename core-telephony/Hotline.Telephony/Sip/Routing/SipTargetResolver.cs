using Hotline.Telephony.Calls;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Registrar;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Routing;

/// <summary>Resolves call targets: extensions to their registered contacts, outside numbers to a trunk.</summary>
public sealed class SipTargetResolver(LocationService location, TrunkDirectory trunks, IReadOnlyCollection<string> domains) : ICallTargetResolver
{
    /// <inheritdoc />
    public ValueTask<ResolvedCallTarget?> ResolveAsync(CallTarget target, CancellationToken cancellationToken) => ValueTask.FromResult(target switch
    {
        CallTarget.Extension extension => ResolveExtension(extension.Number),
        CallTarget.External external => ResolveExternal(external),
        _ => null,
    });

    /// <inheritdoc />
    public CallTarget? TargetFor(AddressUri uri)
    {
        var number = uri switch
        {
            SipUri sip => sip.User,
            TelUri tel => tel.Number,
            _ => null,
        };
        if (string.IsNullOrEmpty(number))
        {
            return null;
        }

        if (Bindings(number).Count > 0)
        {
            return new CallTarget.Extension(number);
        }

        return trunks.Outbound(null) is not null && number.TrimStart('+').All(char.IsAsciiDigit) ? new CallTarget.External(number) : null;
    }

    /// <summary>The live bindings of an extension, whichever of the platform's domains or addresses it registered under.</summary>
    public IReadOnlyList<LocationBinding> Bindings(string extension)
    {
        var found = new List<LocationBinding>();
        foreach (var domain in domains)
        {
            found.AddRange(location.Lookup(new AddressOfRecord(extension, domain)));
        }

        found.Sort((a, b) => b.Rank.CompareTo(a.Rank));
        return found;
    }

    private ResolvedCallTarget? ResolveExtension(string number)
    {
        var bindings = Bindings(number);
        if (bindings.Count == 0)
        {
            return null;
        }

        var binding = bindings[0];
        return new ResolvedCallTarget(binding.Contact, RemoteOf(binding), new CallParty(number, null, binding.Aor.ToString()));
    }

    /// <summary>
    /// Where to send to a registered phone: its Contact when that is on the address the REGISTER came from (no NAT in
    /// between; the port may differ), else the REGISTER's source (NAT: only that path is open). TCP keeps the connection.
    /// </summary>
    public static SipRemote RemoteOf(LocationBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var source = binding.Source;
        if (binding.Contact is SipUri { HostWithoutBrackets: var host } contact
            && System.Net.IPAddress.TryParse(host, out var address) && address.Equals(source.EndPoint.Address))
        {
            var transport = string.Equals(contact.Transport, "tcp", StringComparison.OrdinalIgnoreCase) ? SipTransportKind.Tcp
                : string.Equals(contact.Transport, "udp", StringComparison.OrdinalIgnoreCase) ? SipTransportKind.Udp
                : source.Transport;
            var port = contact.Port ?? 5060;
            return new SipRemote(transport, new System.Net.IPEndPoint(address, port), transport == source.Transport ? source.ConnectionId : 0);
        }

        return source;
    }

    private ResolvedCallTarget? ResolveExternal(CallTarget.External external)
    {
        if (trunks.Outbound(external.Trunk) is not { } route)
        {
            return null;
        }

        var host = route.Target.EndPoint;
        var uri = new SipUri(host.Address.ToString(), external.Number, host.Port);
        return new ResolvedCallTarget(uri, route.Target, new CallParty(external.Number, null, uri.ToString()));
    }
}
