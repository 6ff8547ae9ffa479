using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Live;

/// <summary>
/// Watches the calls this silo's agent, queue and call grains receive and tells the <see cref="LiveContactCentre"/> what
/// changed, so the portal pushes state without the grains knowing about it and without polling. Queries (Get…) are ignored.
/// </summary>
/// <remarks>Only activations on this silo are seen: with several silos each process's hub hears its own grains (see the report).</remarks>
public sealed class LiveGrainCallFilter(LiveContactCentre hub) : IIncomingGrainCallFilter
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
            hub.Signal(new LiveSignal.AgentTouched(Key(context)));
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
        hub.Signal(new LiveSignal.QueueTouched(Key(context)));
        switch (context.Request.GetArgument(0))
        {
            case AgentCandidate candidate when method == nameof(IQueueGrain.AgentReadyAsync):
                hub.Signal(new LiveSignal.AgentTouched(candidate.Extension));
                break;
            case string extension when method == nameof(IQueueGrain.AgentUnavailableAsync):
                hub.Signal(new LiveSignal.AgentTouched(extension));
                break;
        }
    }

    private void OnCall(IIncomingGrainCallContext context, string method)
    {
        var callId = Key(context);
        LiveSignal signal = method switch
        {
            nameof(ICallGrain.OfferedAsync) when context.Request.GetArgument(0) is IncomingCallInfo info =>
                new LiveSignal.CallOffered(callId, info.CallerNumber, info.CalledNumber, info.ArrivedAt),
            nameof(ICallGrain.IvrFinishedAsync) when context.Request.GetArgument(0) is IvrResult ivr => new LiveSignal.CallIvrDone(callId, ivr.Path),
            nameof(ICallGrain.OfferedToAgentAsync) when context.Request.GetArgument(0) is string queue && context.Request.GetArgument(1) is string extension =>
                new LiveSignal.CallRinging(callId, queue, extension),
            nameof(ICallGrain.EndedAsync) => new LiveSignal.CallEnded(callId),
            _ => new LiveSignal.CallTouched(callId),
        };
        hub.Signal(signal);
    }

    private static string Key(IIncomingGrainCallContext context) => context.TargetId.Key.ToString();
}
