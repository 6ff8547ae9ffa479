using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Dialogs;

/// <summary>
/// One side of a SIP dialog (RFC 3261 §12): identity, sequence numbers, route set and remote target, and the
/// construction of in-dialog requests. Not thread-safe: the call leg that owns it serializes access.
/// </summary>
public sealed class SipDialog
{
    private readonly List<NameAddress> _routeSet;

    private SipDialog(
        SipDialogId id, NameAddress local, NameAddress remote, AddressUri remoteTarget, List<NameAddress> routeSet,
        uint localSequence, uint? remoteSequence, SipRemote transportRemote, SipDialogState state)
    {
        Id = id;
        LocalAddress = local;
        RemoteAddress = remote;
        RemoteTarget = remoteTarget;
        _routeSet = routeSet;
        LocalSequence = localSequence;
        RemoteSequence = remoteSequence;
        TransportRemote = transportRemote;
        State = state;
    }

    public SipDialogId Id { get; }

    public SipDialogState State { get; private set; }

    /// <summary>Our From (UAC) or To (UAS) with our tag.</summary>
    public NameAddress LocalAddress { get; }

    /// <summary>The peer's address with its tag.</summary>
    public NameAddress RemoteAddress { get; }

    /// <summary>Where in-dialog requests go: the peer's Contact, refreshed by target-refresh requests.</summary>
    public AddressUri RemoteTarget { get; private set; }

    /// <summary>Record-Route values in the order requests must carry them as Route.</summary>
    public IReadOnlyList<NameAddress> RouteSet => _routeSet;

    /// <summary>The CSeq of the last request we sent in this dialog.</summary>
    public uint LocalSequence { get; private set; }

    /// <summary>The CSeq of the last request the peer sent, when it has sent one.</summary>
    public uint? RemoteSequence { get; private set; }

    /// <summary>
    /// The transport address in-dialog requests are sent to. Phones behind NAT cannot be reached at their Contact,
    /// so the address their messages came from is used (symmetric signalling, as RFC 5626 outbound does).
    /// </summary>
    public SipRemote TransportRemote { get; set; }

    /// <summary>Creates our dialog as UAS from the request and our response with a To tag (RFC 3261 §12.1.1).</summary>
    public static SipDialog CreateAsUas(SipRequest request, SipResponse response, SipRemote source)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var local = response.To ?? throw new SipDialogException(500, "response has no To header");
        var remote = request.From ?? throw new SipDialogException(400, "request has no From header");
        var localTag = local.Tag ?? throw new SipDialogException(500, $"response for Call-ID {request.CallId} has no To tag");
        var target = FirstContact(request) ?? throw new SipDialogException(400, $"request for Call-ID {request.CallId} has no Contact");
        return new SipDialog(
            new SipDialogId(request.CallId!, localTag, remote.Tag ?? ""), local, remote, target,
            [.. request.RecordRoutes], 0, request.CSeq?.Number, source, StateFor(response));
    }

    /// <summary>Creates our dialog as UAC from our request and the peer's response with a To tag (RFC 3261 §12.1.2).</summary>
    public static SipDialog CreateAsUac(SipRequest request, SipResponse response, SipRemote destination)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var local = request.From ?? throw new SipDialogException(500, "request has no From header");
        var remote = response.To ?? throw new SipDialogException(400, "response has no To header");
        var remoteTag = remote.Tag ?? throw new SipDialogException(400, $"response for Call-ID {request.CallId} has no To tag");
        // A 1xx may lack a Contact; the request URI serves until one arrives.
        var target = FirstContact(response) ?? request.RequestUri;
        var routes = response.RecordRoutes.Reverse().ToList();
        return new SipDialog(
            new SipDialogId(request.CallId!, local.Tag ?? "", remoteTag), local, remote, target,
            routes, request.CSeq?.Number ?? 1, null, destination, StateFor(response));
    }

    private static SipDialogState StateFor(SipResponse response) =>
        response.IsSuccess ? SipDialogState.Confirmed : SipDialogState.Early;

    /// <summary>Moves an early dialog to confirmed on a 2xx, taking the final Contact and route set (RFC 3261 §12.1.2).</summary>
    public void Confirm(SipResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (FirstContact(response) is { } target)
        {
            RemoteTarget = target;
        }

        if (State == SipDialogState.Early && response.RecordRoutes.Count > 0)
        {
            _routeSet.Clear();
            _routeSet.AddRange(response.RecordRoutes.Reverse());
        }

        State = SipDialogState.Confirmed;
    }

    public void Terminate() => State = SipDialogState.Terminated;

    /// <summary>
    /// Accepts a request the peer sent in this dialog: enforces CSeq order (RFC 3261 §12.2.2) and applies a target refresh.
    /// </summary>
    /// <exception cref="SipDialogException">The CSeq is lower than the last one (500).</exception>
    public void AcceptRequest(SipRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cseq = request.CSeq ?? throw new SipDialogException(400, "request has no CSeq");
        // ACK and CANCEL reuse the CSeq of the request they belong to.
        if (!request.Is(SipMethods.Ack) && !request.Is(SipMethods.Cancel))
        {
            if (RemoteSequence is { } last && cseq.Number <= last)
            {
                throw new SipDialogException(500, $"dialog {Id}: CSeq {cseq.Number} is not higher than the last one ({last})");
            }

            RemoteSequence = cseq.Number;
        }

        if (IsTargetRefresh(request.Method) && FirstContact(request) is { } target)
        {
            RemoteTarget = target;
        }
    }

    /// <summary>Applies the target refresh carried by a 2xx to our re-INVITE or UPDATE.</summary>
    public void AcceptResponse(SipResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccess && response.CSeq is { } cseq && IsTargetRefresh(cseq.Method)
            && FirstContact(response) is { } target)
        {
            RemoteTarget = target;
        }
    }

    /// <summary>Builds an in-dialog request with the next CSeq (RFC 3261 §12.2.1.1); the transaction layer adds the Via.</summary>
    public SipRequest CreateRequest(string method, NameAddress contact)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        LocalSequence++;
        return Build(method, LocalSequence, contact);
    }

    /// <summary>Builds the ACK for a 2xx to our INVITE: same CSeq number as the INVITE (RFC 3261 §13.2.2.4).</summary>
    public SipRequest CreateAck(uint inviteSequence, NameAddress contact) => Build(SipMethods.Ack, inviteSequence, contact);

    private SipRequest Build(string method, uint sequence, NameAddress contact)
    {
        AddressUri requestUri;
        IEnumerable<NameAddress> routes;
        if (_routeSet.Count == 0 || _routeSet[0].SipUri is { IsLooseRouter: true })
        {
            requestUri = RemoteTarget;
            routes = _routeSet;
        }
        else
        {
            // Strict routing (RFC 2543 proxies): the first route becomes the Request-URI, the remote target goes last.
            requestUri = _routeSet[0].Uri;
            routes = [.. _routeSet.Skip(1), new NameAddress(RemoteTarget)];
        }

        var request = new SipRequest(method, requestUri);
        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        foreach (var route in routes)
        {
            request.Headers.Add(SipHeaderNames.Route, route.ToString());
        }

        request.Headers.Add(SipHeaderNames.From, LocalAddress.ToString());
        request.Headers.Add(SipHeaderNames.To, RemoteAddress.ToString());
        request.Headers.Add(SipHeaderNames.CallId, Id.CallId);
        request.Headers.Add(SipHeaderNames.CSeq, new CSeqHeader(sequence, method).ToString());
        request.Headers.Add(SipHeaderNames.Contact, contact.ToString());
        return request;
    }

    private static AddressUri? FirstContact(SipMessage message) => message.Contacts is { Count: > 0 } contacts ? contacts[0].Uri : null;

    private static bool IsTargetRefresh(string method) =>
        method is SipMethods.Invite or SipMethods.Update or SipMethods.Subscribe or SipMethods.Notify or SipMethods.Refer;
}
