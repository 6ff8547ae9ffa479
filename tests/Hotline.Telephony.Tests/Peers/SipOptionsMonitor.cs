using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Hotline.Telephony.Tests.Peers;

/// <summary>
/// A well-behaved client that sends an OPTIONS every <see cref="Interval"/> to a server (UDP, its own socket, one Call-ID, rising CSeq)
/// and records which were answered 200 within <see cref="AnswerDeadline"/>; see <see cref="SipOptionsMonitorReport"/> for the verdict.
/// </summary>
internal sealed class SipOptionsMonitor : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(2);

    /// <summary>The fewest OPTIONS a verdict is given on (a second's worth); a short test is watched until they are sent.</summary>
    public const int MinimumSent = 10;

    private readonly SipUdpProbe _probe = SipUdpProbe.OnLoopback();
    private readonly IPEndPoint _server;
    private readonly string _callId = "monitor-" + Guid.NewGuid().ToString("N");
    private readonly ConcurrentDictionary<uint, TimeSpan> _sent = new();
    private readonly ConcurrentDictionary<uint, TimeSpan> _answered = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly CancellationTokenSource _stopSending = new();
    private readonly CancellationTokenSource _stopReceiving = new();
    private readonly Task _sender;
    private readonly Task _receiver;

    private SipOptionsMonitor(int serverPort)
    {
        _server = new IPEndPoint(IPAddress.Loopback, serverPort);
        _receiver = Task.Run(ReceiveLoopAsync);
        _sender = Task.Run(SendLoopAsync);
    }

    public static SipOptionsMonitor Start(int serverPort) => new(serverPort);

    /// <summary>Stops sending, gives the last OPTIONS their full deadline, and reports.</summary>
    public async Task<SipOptionsMonitorReport> StopAsync()
    {
        if (!_stopSending.IsCancellationRequested)
        {
            var latest = _clock.Elapsed + (Interval * MinimumSent * 3);
            while (_sent.Count < MinimumSent && _clock.Elapsed < latest)
            {
                await Task.Delay(Interval, TestContext.Current.CancellationToken);
            }

            await _stopSending.CancelAsync();
            await _sender;
            var deadline = _clock.Elapsed + AnswerDeadline;
            while (_answered.Count < _sent.Count && _clock.Elapsed < deadline)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            await _stopReceiving.CancelAsync();
            await _receiver;
        }

        var misses = 0;
        var longestRun = 0;
        var answeredInTime = 0;
        var worst = TimeSpan.Zero;
        foreach (var (cseq, sentAt) in _sent.OrderBy(p => p.Key))
        {
            if (_answered.TryGetValue(cseq, out var at) && at - sentAt <= AnswerDeadline)
            {
                answeredInTime++;
                misses = 0;
                worst = at - sentAt > worst ? at - sentAt : worst;
            }
            else
            {
                longestRun = Math.Max(longestRun, ++misses);
            }
        }

        return new SipOptionsMonitorReport(_sent.Count, answeredInTime, longestRun, worst);
    }

    private async Task SendLoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        uint cseq = 0;
        try
        {
            do
            {
                cseq++;
                _sent[cseq] = _clock.Elapsed;
                await _probe.SendAsync(SipWireRequests.Options(_probe.Local, _callId, cseq), _server);
            }
            while (await timer.WaitForNextTickAsync(_stopSending.Token));
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReceiveLoopAsync()
    {
        while (!_stopReceiving.IsCancellationRequested)
        {
            var response = await _probe.ReceiveRawResponseAsync(r => r.CallId == _callId, TimeSpan.FromMilliseconds(100));
            if (response is { Status: 200, CSeqNumber: { } cseq })
            {
                _answered.TryAdd(cseq, _clock.Elapsed);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _probe.Dispose();
        _stopSending.Dispose();
        _stopReceiving.Dispose();
    }
}

/// <summary>
/// What a <see cref="SipOptionsMonitor"/> saw. Healthy means at least 95 % answered within a second and never ten OPTIONS in a row
/// (one second) without an answer: UDP may lose a datagram when a flood shares the loopback and the server's socket buffer, and a
/// real client retransmits (Timer E, 500 ms), so an isolated loss is no outage, while a second of silence would be one.
/// </summary>
internal sealed record SipOptionsMonitorReport(int Sent, int AnsweredInTime, int LongestMissRun, TimeSpan SlowestAnswer)
{
    public void AssertHealthy(string during)
    {
        Assert.True(Sent >= SipOptionsMonitor.MinimumSent, $"{during}: the monitor sent only {Sent} OPTIONS");
        Assert.True(AnsweredInTime >= Sent * 0.95 && LongestMissRun < 20,
            $"{during}: {AnsweredInTime}/{Sent} OPTIONS answered within {SipOptionsMonitor.AnswerDeadline.TotalSeconds} s, " +
            $"longest unanswered run {LongestMissRun} (×{SipOptionsMonitor.Interval.TotalMilliseconds} ms), slowest answer {SlowestAnswer.TotalMilliseconds:0} ms");
    }
}
