using Hotline.Grains.Abstractions.Calls;

namespace Hotline.Grains.Calls;

/// <summary>Calls the platform places for an agent (click-to-dial; call-backs and campaigns build on it).</summary>
public sealed partial class CallGrain
{
    /// <summary>The number placed calls show to citizens.</summary>
    public const string PresentedServiceNumber = "12328";

    private static readonly TimeSpan DialRingTimeout = TimeSpan.FromSeconds(30);

    public async Task DialAsync(string agentExtension, string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentExtension);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        if (S.Node is not null || S.Transitions.Count > 0)
        {
            throw new CallCommandException($"call {CallId} already exists ({S.Phase.ToString().ToLowerInvariant()}); dial with a new call id");
        }

        if (!number.All(c => char.IsAsciiDigit(c) || c == '+'))
        {
            throw new CallCommandException($"'{number}' is not a telephone number (digits and a leading + only)");
        }

        var node = await GrainFactory.GetGrain<ITelephonyDirectoryGrain>(0).PickNodeAsync()
            ?? throw new CallCommandException("no telephony node is running to place the call");
        S.Node = node;
        S.Outbound = true;
        S.CallerNumber = agentExtension;
        S.CalledNumber = number;
        S.ArrivedAt = clock.GetUtcNow();
        S.AnsweredBy = agentExtension;
        S.AgentReleased = true; // a placed call does not move the agent's ACD state
        Move(CallPhase.Offered, $"click-to-dial by agent {agentExtension} to {number}");
        await node.DialAsync(CallId, agentExtension, number, PresentedServiceNumber, DialRingTimeout);
    }

    public Task DialedAsync(bool connected, string reason)
    {
        if (S.Phase == CallPhase.Ended)
        {
            return Task.CompletedTask;
        }

        if (connected)
        {
            S.AnsweredAt ??= clock.GetUtcNow();
            Move(CallPhase.Talking, $"connected to {S.CalledNumber}");
        }
        else
        {
            S.Transitions.Add(new CallTransition(S.Phase, clock.GetUtcNow(), $"{S.CalledNumber} not reached: {reason}"));
        }

        return Task.CompletedTask;
    }
}
