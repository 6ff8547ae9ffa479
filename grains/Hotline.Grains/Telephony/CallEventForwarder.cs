using Hotline.Grains.Abstractions.Calls;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Sip.Routing;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Telephony;

/// <summary>
/// Hands this node's service-number calls to the grains: each call's events go, in order, to its grain, with a
/// reference to the node (a grain observer) through which the grain commands the call.
/// </summary>
public sealed partial class CallEventForwarder : IDisposable
{
    private readonly ICallControl _calls;
    private readonly IGrainFactory _grains;
    private readonly TelephonyNode _node;
    private readonly IServiceNumberResolver _serviceNumbers;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Task> _chains = new(StringComparer.Ordinal);
    private ITelephonyNode? _reference;

    /// <summary>Forwards calls to the numbers <paramref name="serviceNumbers"/> resolves, each with its number's flow; call <see cref="StartAsync"/> once the silo runs.</summary>
    public CallEventForwarder(
        ICallControl calls, IGrainFactory grains, TelephonyNode node, IServiceNumberResolver serviceNumbers, ILogger<CallEventForwarder> logger)
    {
        _calls = calls ?? throw new ArgumentNullException(nameof(calls));
        _grains = grains ?? throw new ArgumentNullException(nameof(grains));
        _node = node ?? throw new ArgumentNullException(nameof(node));
        _serviceNumbers = serviceNumbers ?? throw new ArgumentNullException(nameof(serviceNumbers));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Calls whose events are still being delivered or whose end has not been delivered.</summary>
    public int PendingCalls
    {
        get
        {
            lock (_lock)
            {
                return _chains.Count;
            }
        }
    }

    /// <summary>Creates the node's observer reference, registers the node for placed calls and starts forwarding.</summary>
    public async Task StartAsync(string nodeName)
    {
        // The reference keeps only a weak hold on the node; this forwarder keeps the node alive.
        _reference = _grains.CreateObjectReference<ITelephonyNode>(_node);
        _calls.CallEvent += OnCallEvent;
        await _grains.GetGrain<ITelephonyDirectoryGrain>(0).RegisterNodeAsync(nodeName, _reference);
    }

    private void OnCallEvent(CallEvent callEvent)
    {
        string? flow = null;
        lock (_lock)
        {
            if (callEvent is IncomingCall incoming)
            {
                // The SIP service admitted the call a moment ago by asking the same resolver. Only service numbers admit anonymous
                // callers, so one whose number was disabled in that instant still goes to the grains (with the welcome flow).
                var route = _serviceNumbers.Resolve(incoming.Called.Number);
                if (route is null && incoming.Origin != CallOrigin.Anonymous)
                {
                    return; // extension and trunk-route calls are connected by the SIP service itself
                }

                _node.Track(incoming.CallId, incoming.Caller.Number, incoming.Called.Number);
                flow = route?.Flow;
                _chains[incoming.CallId] = Task.CompletedTask;
            }

            if (!_chains.TryGetValue(callEvent.CallId, out var previous))
            {
                if (!_node.Tracks(callEvent.CallId))
                {
                    return;
                }

                previous = Task.CompletedTask; // a call the node placed for a grain (click-to-dial)
            }

            // Events of one call are delivered one after another, in the order the telephony raised them.
            var next = previous.ContinueWith(_ => DeliverAsync(callEvent, flow), TaskScheduler.Default).Unwrap();
            _chains[callEvent.CallId] = next;
            if (callEvent is CallEnded)
            {
                _ = next.ContinueWith(_ => Forget(callEvent.CallId), TaskScheduler.Default);
            }
        }
    }

    private async Task DeliverAsync(CallEvent callEvent, string? flow)
    {
        var grain = _grains.GetGrain<ICallGrain>(callEvent.CallId);
        try
        {
            switch (callEvent)
            {
                case IncomingCall incoming:
                    await grain.OfferedAsync(new IncomingCallInfo(
                        incoming.Caller.Number, incoming.Called.Number, incoming.Trunk, incoming.At, _reference!, flow));
                    break;
                case CallHeld held:
                    await grain.HoldChangedAsync(held: true, held.By.Number);
                    break;
                case CallResumed resumed:
                    await grain.HoldChangedAsync(held: false, resumed.By.Number);
                    break;
                case CalleeHungUp hungUp:
                    await grain.AgentHungUpAsync(hungUp.Callee.Number);
                    break;
                case CallEnded ended:
                    _node.Forget(ended.CallId);
                    await grain.EndedAsync(CallEndInfoMapper.From(ended));
                    break;
            }
        }
#pragma warning disable CA1031 // One undeliverable event is logged; the call's later events still go.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogDeliveryFailed(_logger, ex, callEvent.GetType().Name, callEvent.CallId);
        }
    }

    private void Forget(string callId)
    {
        lock (_lock)
        {
            _chains.Remove(callId);
        }
    }

    /// <summary>Stops forwarding.</summary>
    public void Dispose() => _calls.CallEvent -= OnCallEvent;

    [LoggerMessage(Level = LogLevel.Error, Message = "{Event} of call {CallId} could not be delivered to its grain")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string @event, string callId);
}
