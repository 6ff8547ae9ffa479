using System.Globalization;
using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>What identifies a transaction in the layer's table (RFC 3261 §17.1.3 for clients, §17.2.3 for servers).</summary>
/// <param name="IsServer">Server and client transactions live in separate spaces: a looped request must not match our own client transaction.</param>
/// <param name="Method">The request method; ACK is folded into INVITE because it belongs to the INVITE's transaction.</param>
/// <param name="Id">The branch (with sent-by for servers), or for RFC 2543 requests the fields §17.2.3 compares.</param>
internal readonly record struct SipTransactionKey(bool IsServer, string Method, string Id)
{
    private const string LegacyPrefix = "2543";

    /// <summary>The key of a client transaction: branch and CSeq method (§17.1.3).</summary>
    public static SipTransactionKey ForClient(string branch, string method) => new(false, method, branch);

    /// <summary>The key of the client transaction a response belongs to, or null when it lacks a branch or CSeq.</summary>
    public static SipTransactionKey? ForResponse(SipResponse response) =>
        response.TopVia?.Branch is { Length: > 0 } branch && response.CSeq is { } cseq ? ForClient(branch, cseq.Method) : null;

    /// <summary>
    /// The key of the server transaction <paramref name="request"/> belongs to, looked up as <paramref name="method"/>
    /// (INVITE for an ACK or for the INVITE a CANCEL cancels); null when the request lacks a Via or CSeq.
    /// </summary>
    public static SipTransactionKey? ForServer(SipRequest request, string method)
    {
        if (request.TopVia is not { } via || request.CSeq is not { } cseq)
        {
            return null;
        }

        if (via.HasRfc3261Branch)
        {
            // §17.2.3: branch and sent-by together, because only the branch's uniqueness is guaranteed per sender.
            var sentBy = via.Host.ToLowerInvariant() + ":" + (via.Port?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            return new SipTransactionKey(true, method, via.Branch + "|" + sentBy);
        }

        // §17.2.3 for RFC 2543 peers: Request-URI, From tag, Call-ID, CSeq number and top Via; the To tag is checked
        // by the transaction, because an ACK carries the tag of our response where the INVITE carried none.
        var id = string.Join(
            "|",
            LegacyPrefix,
            request.RequestUri.ToString(),
            request.From?.Tag ?? string.Empty,
            request.CallId ?? string.Empty,
            cseq.Number.ToString(CultureInfo.InvariantCulture),
            via.ToString());
        return new SipTransactionKey(true, method, id);
    }

    /// <summary>Whether this key is the RFC 2543 fallback, which needs a To-tag check besides.</summary>
    public bool IsLegacy => IsServer && Id.StartsWith(LegacyPrefix, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => (IsServer ? "server " : "client ") + Method + " " + Id;
}
