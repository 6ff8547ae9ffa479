using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Calls;

/// <summary>Calls the platform places for an agent: click-to-dial, call-backs and campaigns.</summary>
public sealed partial class CallGrain
{
    /// <summary>The number placed calls show to citizens.</summary>
    public const string PresentedServiceNumber = "12328";

    private static readonly TimeSpan DialRingTimeout = TimeSpan.FromSeconds(30);

    public async Task DialAsync(string agentExtension, string number, PlacedCallOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentExtension);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        if (S.Node is not null || S.Transitions.Count > 0)
        {
            throw new CallCommandException($"call {CallId} already exists ({S.Phase.ToString().ToLowerInvariant()}); dial with a new call id");
        }

        if (!DialableNumber.IsValid(number))
        {
            throw new CallCommandException($"'{number}' is not a telephone number (digits and a leading + only)");
        }

        var node = await GrainFactory.GetGrain<ITelephonyDirectoryGrain>(0).PickNodeAsync()
            ?? throw new CallCommandException("no telephony node is running to place the call");
        // Busy from the first ring: the ACD must not offer the agent a caller while its phone rings for this call.
        var moved = await GrainFactory.GetGrain<IAgentGrain>(agentExtension).BeginOutboundAsync(CallId);
        S.Node = node;
        S.Outbound = true;
        S.Placed = options ?? new PlacedCallOptions();
        S.CallerNumber = agentExtension;
        S.CalledNumber = number;
        S.ArrivedAt = clock.GetUtcNow();
        S.AnsweredBy = agentExtension;
        S.AgentReleased = !moved; // a logged-out agent has no ACD state to give back
        Move(CallPhase.Offered, $"click-to-dial by agent {agentExtension} to {number}");
        try
        {
            await node.DialAsync(CallId, agentExtension, number, PresentedServiceNumber, DialRingTimeout);
        }
        catch (OrleansException ex)
        {
            // The node went away between being picked and being told: give the agent back instead of leaving it busy.
            if (moved)
            {
                await GrainFactory.GetGrain<IAgentGrain>(agentExtension).ReleaseReservationAsync(CallId);
            }

            throw new CallCommandException($"call {CallId} to {number} could not be placed: the telephony node did not take it ({ex.Message})", ex);
        }
    }

    public async Task DialedAsync(bool connected, string reason)
    {
        if (S.Phase == CallPhase.Ended)
        {
            return;
        }

        S.DialResult = connected ? OutboundResult.Answered : ResultOf(reason);
        S.DialReason = reason;
        if (!connected)
        {
            S.Transitions.Add(new CallTransition(S.Phase, clock.GetUtcNow(), $"{S.CalledNumber} not reached: {reason}"));
            return;
        }

        S.AnsweredAt ??= clock.GetUtcNow();
        Move(CallPhase.Talking, $"connected to {S.CalledNumber}");
        if (!S.AgentReleased && S.AnsweredBy is { } agent)
        {
            await GrainFactory.GetGrain<IAgentGrain>(agent).CallAnsweredAsync(CallId);
        }

        if (S.Placed?.SurveyAfterAgent == true)
        {
            await S.Node!.KeepCallerForSurveyAsync(CallId);
        }
    }

    /// <summary>Tells the placed call's owner how it ended; the agent's unanswered phone is not the citizen's attempt.</summary>
    private async Task ReportPlacedCallAsync(CallEndInfo info)
    {
        if (S.Placed?.Owner is not { } owner)
        {
            return;
        }

        var result = S.DialResult ?? OutboundResult.AgentMissed;
        try
        {
            await owner.PlacedCallEndedAsync(CallId, result, S.DialReason ?? info.Reason);
        }
        catch (OrleansException ex)
        {
            // The call is over either way; the owner's list keeps the attempt open, which an operator sees.
            LogResultLost(logger, ex, CallId, result);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Call {CallId}: its result {Result} could not be reported to the list that placed it")]
    private static partial void LogResultLost(ILogger logger, Exception exception, string callId, OutboundResult result);

    /// <summary>The node's words for an unanswered destination (e.g. "Busy (486): …") as a result.</summary>
    private static OutboundResult ResultOf(string reason) => reason switch
    {
        _ when reason.StartsWith("Busy", StringComparison.Ordinal) => OutboundResult.Busy,
        _ when reason.StartsWith("NoAnswer", StringComparison.Ordinal) => OutboundResult.NoAnswer,
        _ => OutboundResult.Failed,
    };
}
