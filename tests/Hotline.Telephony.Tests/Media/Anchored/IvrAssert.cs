using Hotline.Telephony.Calls;
using Hotline.Telephony.Ivr;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Tests.Peers;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>Checks shared by the anchored IVR tests: where the 12328 menu sent a caller, which digits the platform saw, how loud audio is.</summary>
internal static class IvrAssert
{
    /// <summary>The 12328 menu: key, queue, category variable and queue priority (see <see cref="DemoFlows"/>).</summary>
    public static TheoryData<char, string, string, int> Menu => new()
    {
        { '1', "complaints", "complaint", 5 },
        { '2', "enquiries", "enquiry", 5 },
        { '3', "enquiries", "suggestion", 5 },
        { '0', "enquiries", "agent", 3 },
    };

    /// <summary>The caller pressed <paramref name="key"/> at the welcome menu and was routed to the queue that key stands for.</summary>
    public static void RoutedByMenu(IvrOutcome outcome, char key, string queue, string category, int priority)
    {
        Assert.True(outcome.Kind == IvrOutcomeKind.Queue, $"outcome {outcome.Kind} ({outcome.Reason}), path {outcome.PathText}");
        Assert.Equal(queue, outcome.Queue);
        Assert.Equal(priority, outcome.Priority);
        Assert.Equal(category, outcome.Variables["category"]);
        Assert.Equal(key.ToString(), outcome.Variables["menu"]);
        Assert.Contains($"welcome[{key}]", outcome.PathText, StringComparison.Ordinal);
        Assert.DoesNotContain("invalid", outcome.PathText, StringComparison.Ordinal);
    }

    /// <summary>The platform reported exactly one digit from the caller, <paramref name="key"/>, arriving the way it was sent.</summary>
    public static void OneDigit(SipServerHarness harness, char key, DtmfSource source)
    {
        var digit = Assert.Single(harness.Events.OfType<DtmfReceived>());
        Assert.Equal(key, digit.Digit);
        Assert.Equal(source, digit.Source);
        Assert.Equal("13800138000", digit.From.Number);
    }

    /// <summary>Waits for the single call to end, checks its media is released and returns the event.</summary>
    public static async Task<CallEnded> CallEndedAndReleasedAsync(SipServerHarness harness)
    {
        await SipServerHarness.WaitUntilAsync(() => harness.Events.OfType<CallEnded>().Any(), "the call ended");
        await SipServerHarness.WaitUntilAsync(() => harness.Media!.OpenEndpoints == 0, "the call's RTP endpoint is closed");
        Assert.Equal(0, harness.Media!.ActiveSessions);
        Assert.Equal(0, harness.Media.Ports.InUse);
        return Assert.Single(harness.Events.OfType<CallEnded>());
    }

    /// <summary>Root mean square of 16-bit samples.</summary>
    public static double Rms(ReadOnlySpan<short> samples)
    {
        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        return Math.Sqrt(sum / Math.Max(1, samples.Length));
    }

    /// <summary>How many 20 ms frames of <paramref name="samples"/> are louder than <paramref name="rms"/>.</summary>
    public static int LoudFrames(short[] samples, double rms)
    {
        var count = 0;
        for (var offset = 0; offset + 160 <= samples.Length; offset += 160)
        {
            if (Rms(samples.AsSpan(offset, 160)) > rms)
            {
                count++;
            }
        }

        return count;
    }
}
