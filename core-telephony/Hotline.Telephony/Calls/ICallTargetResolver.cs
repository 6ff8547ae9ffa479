using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Calls;

/// <summary>Turns a call target into where the INVITE goes: registered contacts for extensions, a trunk for outside numbers.</summary>
public interface ICallTargetResolver
{
    /// <summary>Null when the target cannot be reached now (no registration, no trunk).</summary>
    ValueTask<ResolvedCallTarget?> ResolveAsync(CallTarget target, CancellationToken cancellationToken);

    /// <summary>What a SIP or tel URI dialled by a phone (e.g. a REFER's Refer-To) means; null when it names nothing callable.</summary>
    CallTarget? TargetFor(AddressUri uri);
}

/// <summary>A reachable target: the Request-URI, the transport address to send to, and the party as the application names it.</summary>
public sealed record ResolvedCallTarget(AddressUri RequestUri, SipRemote Remote, CallParty Party);
