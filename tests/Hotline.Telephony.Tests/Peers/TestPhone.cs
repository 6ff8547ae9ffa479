using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Hotline.Telephony.Sip.Dialogs;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transactions;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>
/// A scriptable phone for call flows sipp cannot express (two calls on one phone, REFER with Replaces). It answers
/// every INVITE (also re-INVITEs) with an SDP, answers BYE and NOTIFY, and records what it received.
/// </summary>
internal sealed class TestPhone : ISipTransactionUser, IAsyncDisposable
{
    private readonly SipTransportLayer _transport;
    private readonly SipTransactionLayer _transactions;
    private readonly ConcurrentDictionary<SipDialogId, SipDialog> _dialogs = new();

    public TestPhone(string user)
    {
        User = user;
        Port = LoopbackPorts.Next();
        _transport = new SipTransportLayer(SipListenAddress.ParseList($"udp:127.0.0.1:{Port}"));
        _transactions = new SipTransactionLayer(_transport) { User = this };
        _transport.OnMessage(_transactions.ReceiveAsync);
        _transport.Start();
    }

    public string User { get; }

    public int Port { get; }

    /// <summary>Requests received (method and dialog), in order.</summary>
    public ConcurrentQueue<SipRequest> Received { get; } = new();

    /// <summary>Dialogs this phone is in now (ended ones are removed on BYE).</summary>
    public IReadOnlyCollection<SipDialog> Dialogs => [.. _dialogs.Values];

    private NameAddress Contact => NameAddress.Parse($"<sip:{User}@127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}>");

    private static byte[] Sdp(int port, string direction = "sendrecv") => Encoding.ASCII.GetBytes(
        $"v=0\r\no=phone 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio {port} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na={direction}\r\n");

    /// <summary>Calls <paramref name="number"/> at the server and completes with the confirmed dialog (or throws with the status).</summary>
    public async Task<SipDialog> CallAsync(string number, int serverPort)
    {
        var remote = new SipRemote(SipTransportKind.Udp, new IPEndPoint(IPAddress.Loopback, serverPort));
        var invite = new SipRequest(SipMethods.Invite, SipUri.Parse($"sip:{number}@127.0.0.1:{serverPort.ToString(CultureInfo.InvariantCulture)}"));
        invite.Headers.Add(SipHeaderNames.MaxForwards, "70");
        invite.Headers.Add(SipHeaderNames.From, $"<sip:{User}@127.0.0.1>;tag={SipIdentifiers.NewTag()}");
        invite.Headers.Add(SipHeaderNames.To, $"<sip:{number}@127.0.0.1>");
        invite.Headers.Add(SipHeaderNames.CallId, SipIdentifiers.NewCallId("127.0.0.1"));
        invite.Headers.Add(SipHeaderNames.CSeq, "1 INVITE");
        invite.Headers.Add(SipHeaderNames.Contact, Contact.ToString());
        invite.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
        invite.Body = Sdp(40000 + (Port % 1000));
        var transaction = await _transactions.SendInviteAsync(invite, remote);
        var result = await transaction.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        if (!result.Response.IsSuccess)
        {
            throw new InvalidOperationException($"{User} calling {number}: {result.Response.StatusCode} {result.Response.ReasonPhrase}");
        }

        var dialog = SipDialog.CreateAsUac(invite, result.Response, remote);
        await _transactions.SendAckAsync(dialog.CreateAck(1, Contact), remote);
        _dialogs[dialog.Id] = dialog;
        return dialog;
    }

    /// <summary>Sends REFER in <paramref name="dialog"/> and returns the final status.</summary>
    public async Task<int> ReferAsync(SipDialog dialog, string referTo)
    {
        var refer = dialog.CreateRequest(SipMethods.Refer, Contact);
        refer.Headers.Add(SipHeaderNames.ReferTo, referTo);
        var transaction = await _transactions.SendRequestAsync(refer, dialog.TransportRemote);
        return (await transaction.Completion.WaitAsync(TimeSpan.FromSeconds(10))).Response.StatusCode;
    }

    /// <summary>Sends INFO with a body (e.g. DTMF as application/dtmf-relay) in <paramref name="dialog"/> and returns the final status.</summary>
    public async Task<int> InfoAsync(SipDialog dialog, string contentType, string body)
    {
        var info = dialog.CreateRequest(SipMethods.Info, Contact);
        info.Headers.Add(SipHeaderNames.ContentType, contentType);
        info.Body = Encoding.ASCII.GetBytes(body);
        var transaction = await _transactions.SendRequestAsync(info, dialog.TransportRemote);
        return (await transaction.Completion.WaitAsync(TimeSpan.FromSeconds(10))).Response.StatusCode;
    }

    /// <summary>Hangs up <paramref name="dialog"/> with BYE and returns the final status.</summary>
    public async Task<int> HangupAsync(SipDialog dialog)
    {
        _dialogs.TryRemove(dialog.Id, out _);
        var bye = dialog.CreateRequest(SipMethods.Bye, Contact);
        var transaction = await _transactions.SendRequestAsync(bye, dialog.TransportRemote);
        return (await transaction.Completion.WaitAsync(TimeSpan.FromSeconds(10))).Response.StatusCode;
    }

    public async ValueTask OnRequestAsync(SipServerTransaction transaction)
    {
        var request = transaction.Request;
        Received.Enqueue(request);
        switch (request.Method)
        {
            case SipMethods.Invite:
                var ok = transaction.CreateResponse(200);
                ok.Headers.Add(SipHeaderNames.Contact, Contact.ToString());
                ok.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
                ok.Body = Sdp(40000 + (Port % 1000));
                if (request.To?.Tag is null)
                {
                    var dialog = SipDialog.CreateAsUas(request, ok, transaction.Remote);
                    _dialogs[dialog.Id] = dialog;
                }

                await transaction.SendResponseAsync(ok);
                break;
            case SipMethods.Bye:
                foreach (var dialog in _dialogs.Values.Where(d => d.Id.CallId == request.CallId))
                {
                    _dialogs.TryRemove(dialog.Id, out _);
                }

                await transaction.SendResponseAsync(transaction.CreateResponse(200));
                break;
            default:
                await transaction.SendResponseAsync(transaction.CreateResponse(200));
                break;
        }
    }

    public ValueTask OnCancelAsync(SipServerTransaction cancel, InviteServerTransaction invite) => ValueTask.CompletedTask;

    public ValueTask OnAckAsync(SipInboundMessage ack) => ValueTask.CompletedTask;

    public ValueTask OnStrayResponseAsync(SipInboundMessage response) => ValueTask.CompletedTask;

    public ValueTask OnTransactionFailedAsync(SipServerTransaction transaction, SipTransactionFailure failure) => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _transport.DisposeAsync();
        _transactions.Dispose();
    }
}
