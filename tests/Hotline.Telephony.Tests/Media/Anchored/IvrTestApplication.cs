using System.Collections.Concurrent;
using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Tests.Peers;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// The smallest application an anchored B2BUA needs for IVR tests: it answers every incoming call itself, runs an IVR
/// flow over the call's <see cref="IIvrChannel"/>, keeps the outcome and hangs up when the flow ends.
/// </summary>
internal sealed class IvrTestApplication
{
    /// <summary>Tuesday 10:00 in Beijing: the 12328 flow is open.</summary>
    public static readonly DateTimeOffset BusinessHours = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Tuesday 22:00 in Beijing: the 12328 flow takes a message.</summary>
    public static readonly DateTimeOffset AfterHours = new(2026, 3, 10, 22, 0, 0, TimeSpan.FromHours(8));

    private readonly ICallControl _calls;
    private readonly IvrFlow _flow;
    private readonly IvrEngine _engine;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _ended = new();
    private readonly SemaphoreSlim _finished = new(0);
    private readonly Task _startFlow;

    /// <param name="harness">The anchored SIP server whose calls the application takes.</param>
    /// <param name="flow">The flow every call runs.</param>
    /// <param name="now">The wall clock the flow's calendars see.</param>
    /// <param name="startFlow">When given, calls are answered at once but the flow waits for this task (a caller's keys arrive first).</param>
    public IvrTestApplication(SipServerHarness harness, IvrFlow flow, DateTimeOffset now, Task? startFlow = null)
    {
        _calls = harness.Server.Calls;
        _flow = flow;
        _startFlow = startFlow ?? Task.CompletedTask;
        _engine = new IvrEngine(timeProvider: new FakeTimeProvider(now));
        _calls.CallEvent += OnCallEvent;
    }

    /// <summary>Outcomes of finished runs, by call id.</summary>
    public ConcurrentDictionary<string, IvrOutcome> Outcomes { get; } = new();

    /// <summary>Runs that stopped with an exception (other than the call ending under them), by call id.</summary>
    public ConcurrentDictionary<string, Exception> Failures { get; } = new();

    /// <summary>
    /// Runs whose channel reported the call gone before the application's own token was cancelled: the engine then
    /// surfaces <see cref="OperationCanceledException"/> instead of a <see cref="IvrOutcomeKind.CallerHungUp"/> outcome.
    /// </summary>
    public ConcurrentDictionary<string, OperationCanceledException> CutShort { get; } = new();

    /// <summary>The IVR channel of each call, observed (prompts played, recordings started).</summary>
    public ConcurrentDictionary<string, ObservedIvrChannel> Channels { get; } = new();

    /// <summary>Runs finished in any way (outcome, cut short or failure).</summary>
    public int FinishedRuns => Outcomes.Count + CutShort.Count + Failures.Count;

    /// <summary>Waits for the next run to finish and returns the single outcome so far (fails on anything else).</summary>
    public async Task<IvrOutcome> SingleOutcomeAsync(TimeSpan timeout)
    {
        Assert.True(await _finished.WaitAsync(timeout, TestContext.Current.CancellationToken), $"no IVR run finished within {timeout}");
        Assert.Empty(Failures);
        Assert.Empty(CutShort);
        return Assert.Single(Outcomes).Value;
    }

    /// <summary>Waits until <paramref name="count"/> runs have finished.</summary>
    public Task WaitForRunsAsync(int count, TimeSpan timeout) =>
        SipServerHarness.WaitUntilAsync(() => FinishedRuns >= count, $"{count} IVR runs finished (so far {FinishedRuns})", timeout);

    /// <summary>Waits until a call has an observed IVR channel and returns it.</summary>
    public async Task<ObservedIvrChannel> ChannelAsync(TimeSpan timeout)
    {
        await SipServerHarness.WaitUntilAsync(() => !Channels.IsEmpty, "the IVR started", timeout);
        return Channels.Values.First();
    }

    private void OnCallEvent(CallEvent e)
    {
        switch (e)
        {
            case IncomingCall incoming:
                var run = new CancellationTokenSource();
                _running[incoming.CallId] = run;
                _ended[incoming.CallId] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _ = Task.Run(() => RunAsync(incoming, run));
                break;
            case CallEnded ended:
                if (_running.TryGetValue(ended.CallId, out var cancel))
                {
                    try
                    {
                        cancel.Cancel();
                    }
                    catch (ObjectDisposedException)
                    {
                        // The run finished and cleaned up in the meantime.
                    }
                }

                if (_ended.TryGetValue(ended.CallId, out var signal))
                {
                    signal.TrySetResult();
                }

                break;
        }
    }

    private async Task RunAsync(IncomingCall call, CancellationTokenSource run)
    {
        var token = run.Token;
        try
        {
            await _calls.AnswerAsync(call.CallId, token);
            await _startFlow.WaitAsync(token);
            var channel = new ObservedIvrChannel(_calls.GetIvrChannel(call.CallId));
            Channels[call.CallId] = channel;
            var context = new IvrContext { CallId = call.CallId, CallerNumber = call.Caller.Number, CalledNumber = call.Called.Number };
            var outcome = await _engine.RunAsync(_flow, channel, context, token);
            Outcomes[call.CallId] = outcome;
            if (outcome.Kind != IvrOutcomeKind.CallerHungUp)
            {
                await HangUpQuietlyAsync(call.CallId);
            }
        }
#pragma warning disable CA1031 // Whatever went wrong is kept for the test to report.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (ex is OperationCanceledException cancelled && await EndsAsync(call.CallId))
            {
                CutShort[call.CallId] = cancelled;
            }
            else
            {
                Failures[call.CallId] = ex;
                await HangUpQuietlyAsync(call.CallId);
            }
        }
        finally
        {
            _running.TryRemove(call.CallId, out _);
            run.Dispose();
            _finished.Release();
        }
    }

    // The call ended under the run (or does so at once): the OCE came from the call going away, not from a fault.
    private async Task<bool> EndsAsync(string callId)
    {
        var signal = _ended[callId].Task;
        return await Task.WhenAny(signal, Task.Delay(TimeSpan.FromSeconds(5))) == signal;
    }

    private async Task HangUpQuietlyAsync(string callId)
    {
        try
        {
            await _calls.HangupAsync(callId);
        }
        catch (CallControlException)
        {
            // The caller hung up first.
        }
    }
}
