using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Calls;
using Hotline.Grains.Tests.Calls;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>A voicemail left or a call-back asked for in the IVR opens a ticket linked to the call, once, on the real store.</summary>
[Trait("Category", "Integration")]
public sealed class ContactTicketTests(TicketClusterFixture fixture) : IClassFixture<TicketClusterFixture>
{
    private readonly RecordingTelephonyNode _node = new();

    private async Task<ICallGrain> OfferedAsync(string callId, string caller)
    {
        var call = fixture.Grains.GetGrain<ICallGrain>(callId);
        await call.OfferedAsync(new IncomingCallInfo(caller, "12328", null, TicketClusterFixture.Start,
            fixture.Cluster.Client.CreateObjectReference<ITelephonyNode>(_node)));
        return call;
    }

    private async Task<TicketSnapshot> OnlyTicketOfAsync(string phone)
    {
        var tickets = await fixture.Queries.RecentForPhoneAsync(phone, 10, TestContext.Current.CancellationToken);
        var summary = Assert.Single(tickets);
        return await fixture.Grains.GetGrain<ITicketGrain>(summary.Number).GetAsync();
    }

    [Fact]
    public async Task A_voicemail_opens_one_ticket_linked_to_the_call_even_when_reported_twice()
    {
        var callId = "vm-" + Guid.NewGuid().ToString("N")[..8];
        var call = await OfferedAsync(callId, "13700137001");
        var result = new IvrResult
        {
            Kind = IvrResultKind.Voicemail, Flow = CallFlows.Welcome, VoicemailPath = "/var/lib/hotline/voicemail/" + callId + ".wav",
            VoicemailLength = TimeSpan.FromSeconds(42), Variables = new Dictionary<string, string> { ["category"] = "complaint" },
        };

        await call.IvrFinishedAsync(result);
        await call.IvrFinishedAsync(result);

        var ticket = await OnlyTicketOfAsync("13700137001");
        Assert.Equal(TicketChannel.Voicemail, ticket.Channel);
        Assert.Equal(TicketType.Complaint, ticket.Type);
        Assert.Equal(callId, ticket.CallId);
        Assert.Contains("留言（42 秒）", ticket.Description, StringComparison.Ordinal);
        Assert.Contains((await call.GetSnapshotAsync()).Transitions, t => t.Detail == $"ticket {ticket.Number} opened for the voicemail");
        GC.KeepAlive(_node);
    }

    [Fact]
    public async Task A_call_back_request_opens_an_enquiry_ticket_naming_the_number_to_call()
    {
        var callId = "cb-" + Guid.NewGuid().ToString("N")[..8];
        var call = await OfferedAsync(callId, "13700137002");

        await call.IvrFinishedAsync(new IvrResult { Kind = IvrResultKind.Callback, Flow = CallFlows.QueueCallback, CallbackNumber = "13900139002" });

        var ticket = await OnlyTicketOfAsync("13700137002");
        Assert.Equal(TicketChannel.Callback, ticket.Channel);
        Assert.Equal(TicketType.Enquiry, ticket.Type);
        Assert.Equal(callId, ticket.CallId);
        Assert.Contains("回拨号码 13900139002", ticket.Description, StringComparison.Ordinal);
        GC.KeepAlive(_node);
    }
}
