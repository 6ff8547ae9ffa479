using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Calls;

/// <summary>
/// Re-sends a 2xx to an INVITE over UDP at T1, 2·T1 … capped at T2 until the ACK arrives, and reports when
/// 64·T1 pass without one (RFC 3261 §13.3.1.4): the transaction layer leaves 2xx reliability to the UAS core.
/// </summary>
internal sealed class AnswerRetransmitter : IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    private AnswerRetransmitter() { }

    /// <summary>Starts retransmitting; <paramref name="onGiveUp"/> runs if no ACK comes in 64·T1.</summary>
    public static AnswerRetransmitter Start(
        SipResponse response, Func<SipResponse, ValueTask> send, Func<ValueTask> onGiveUp, TimeSpan t1, TimeSpan t2, TimeProvider time)
    {
        var retransmitter = new AnswerRetransmitter();
        _ = retransmitter.RunAsync(response, send, onGiveUp, t1, t2, time);
        return retransmitter;
    }

    private async Task RunAsync(SipResponse response, Func<SipResponse, ValueTask> send, Func<ValueTask> onGiveUp, TimeSpan t1, TimeSpan t2, TimeProvider time)
    {
        var interval = t1;
        var elapsed = TimeSpan.Zero;
        var limit = t1 * 64;
        try
        {
            while (elapsed < limit)
            {
                await Task.Delay(interval, time, _stop.Token);
                elapsed += interval;
                await send(response);
                interval = interval * 2 < t2 ? interval * 2 : t2;
            }

            await onGiveUp();
        }
        catch (OperationCanceledException)
        {
        }
#pragma warning disable CA1031 // A failed resend is retried at the next interval's end or given up on; never thrown into the void.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>The ACK arrived (or the call ended): stop.</summary>
    public void Stop()
    {
        if (!_stop.IsCancellationRequested)
        {
            _stop.Cancel();
        }
    }

    public void Dispose()
    {
        Stop();
        _stop.Dispose();
    }
}
