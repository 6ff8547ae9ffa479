using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Live;

/// <summary>
/// Watches the calls this silo's agent, queue and call grains receive and tells the <see cref="LiveContactCentre"/> what
/// changed, so the portal pushes state without the grains knowing about it and without polling. Queries (Get…) are ignored.
/// </summary>
/// <remarks>Only activations on this silo are seen; each change also goes to the <see cref="LiveRelayOutbox"/>, from which
/// <see cref="LiveRelayLink"/> carries it to the other silos' hubs.</remarks>
public sealed class LiveGrainCallFilter(LiveContactCentre hub, LiveRelayOutbox outbox) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Invoke();
        var method = context.ImplementationMethod.Name;
        if (method.StartsWith("Get", StringComparison.Ordinal) || method.StartsWith("PositionOf", StringComparison.Ordinal))
        {
            return;
        }

        var type = context.InterfaceMethod.DeclaringType;
        if (type == typeof(IAgentGrain))
        {
            Report(new LiveSignal.AgentTouched(Key(context)));
        }
        else if (type == typeof(IQueueGrain))
        {
            OnQueue(context, method);
        }
        else if (type == typeof(ICallGrain))
        {
            OnCall(context, method);
        }
    }

    private void OnQueue(IIncomingGrainCallContext context, string method)
    {
        Report(new LiveSignal.QueueTouched(Key(context)));
        switch (Argument(context, 0))
        {
            case AgentCandidate candidate when method == nameof(IQueueGrain.AgentReadyAsync):
                Report(new LiveSignal.AgentTouched(candidate.Extension));
                break;
            case string extension when method == nameof(IQueueGrain.AgentUnavailableAsync):
                Report(new LiveSignal.AgentTouched(extension));
                break;
        }
    }

    private void OnCall(IIncomingGrainCallContext context, string method)
    {
        var callId = Key(context);
        LiveSignal signal = method switch
        {
            nameof(ICallGrain.OfferedAsync) when Argument(context, 0) is IncomingCallInfo info =>
                new LiveSignal.CallOffered(callId, info.CallerNumber, info.CalledNumber, info.ArrivedAt),
            nameof(ICallGrain.IvrFinishedAsync) when Argument(context, 0) is IvrResult ivr => new LiveSignal.CallIvrDone(callId, ivr.Path),
            nameof(ICallGrain.OfferedToAgentAsync) when Argument(context, 0) is string queue && Argument(context, 1) is string extension =>
                new LiveSignal.CallRinging(callId, queue, extension),
            nameof(ICallGrain.EndedAsync) => new LiveSignal.CallEnded(callId),
            _ => new LiveSignal.CallTouched(callId),
        };
        Report(signal);
    }

    // Grain methods without arguments (a queue retired, a call's state read) pass through here too; reading an argument they lack throws.
    private static object? Argument(IIncomingGrainCallContext context, int index) =>
        index < context.Request.GetArgumentCount() ? context.Request.GetArgument(index) : null;

    private void Report(LiveSignal signal)
    {
        hub.Signal(signal);
        outbox.Add(signal);
    }

    private static string Key(IIncomingGrainCallContext context) => context.TargetId.Key.ToString();
}
