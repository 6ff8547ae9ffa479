using System.Collections.Concurrent;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Sip.Routing;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Sip.Interop;

/// <summary>
/// The SIP service asks its service-number resolver at every INVITE: a number the resolver starts answering is admitted without
/// credentials from then on (the application sees the call), and one it stops answering is challenged like any unknown number.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ServiceNumberAdmissionTests
{
    [Fact]
    public async Task A_number_is_admitted_exactly_while_the_resolver_answers_it()
    {
        var numbers = new ChangingNumbers();
        await using var harness = SipServerHarness.Start(numbers);
        // The application refuses every call it is offered, so an admitted call ends with its status (486), not the server's challenge.
        harness.Server.Calls.CallEvent += e =>
        {
            if (e is IncomingCall incoming)
                _ = harness.Server.Calls.RejectAsync(incoming.CallId, 486, "Busy Here");
        };
        await using var citizen = new TestPhone("13800138000");

        Assert.Matches(": 40[17] ", await RefusalAsync(citizen, "55555", harness.Port));

        numbers.Set("55555", "55555-menu");
        Assert.Contains(": 486 ", await RefusalAsync(citizen, "55555", harness.Port), StringComparison.Ordinal);
        var offered = Assert.Single(harness.Events.OfType<IncomingCall>());
        Assert.Equal(("55555", CallOrigin.Anonymous), (offered.Called.Number, offered.Origin));

        numbers.Remove("55555");
        Assert.Matches(": 40[17] ", await RefusalAsync(citizen, "55555", harness.Port));
        Assert.Single(harness.Events.OfType<IncomingCall>());
    }

    private static async Task<string> RefusalAsync(TestPhone phone, string number, int port) =>
        (await Assert.ThrowsAsync<InvalidOperationException>(() => phone.CallAsync(number, port))).Message;

    private sealed class ChangingNumbers : IServiceNumberResolver
    {
        private readonly ConcurrentDictionary<string, string> _flows = new(StringComparer.Ordinal);

        public void Set(string number, string flow) => _flows[number] = flow;

        public void Remove(string number) => _flows.TryRemove(number, out _);

        public ServiceNumberRoute? Resolve(string dialled) => _flows.TryGetValue(dialled, out var flow) ? new ServiceNumberRoute(dialled, flow) : null;
    }
}
