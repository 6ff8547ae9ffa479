using System.Collections.Concurrent;
using Hotline.Telephony.Ivr;

namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>Passes every call to the platform's IVR channel and notes the prompts the flow played, so a test can act at the right moment.</summary>
internal sealed class ObservedIvrChannel(IIvrChannel inner) : IIvrChannel
{
    /// <summary>The prompts the flow started, in order (their text or file).</summary>
    public ConcurrentQueue<string> Prompts { get; } = new();

    public Task PlayAsync(IvrPrompt prompt, bool interruptible, CancellationToken cancellationToken)
    {
        Prompts.Enqueue(prompt.Say ?? prompt.File ?? string.Empty);
        return inner.PlayAsync(prompt, interruptible, cancellationToken);
    }

    public Task<CollectedDigits> CollectDigitsAsync(DigitCollectRequest request, CancellationToken cancellationToken) =>
        inner.CollectDigitsAsync(request, cancellationToken);

    public void DiscardBufferedDigits() => inner.DiscardBufferedDigits();

    public Task<IvrRecording?> RecordAsync(RecordRequest request, CancellationToken cancellationToken) =>
        inner.RecordAsync(request, cancellationToken);

    /// <summary>Waits until a prompt containing <paramref name="text"/> has started.</summary>
    public Task WaitForPromptAsync(string text, TimeSpan timeout) =>
        Peers.SipServerHarness.WaitUntilAsync(() => Prompts.Any(p => p.Contains(text, StringComparison.Ordinal)), $"the prompt \"{text}\" started", timeout);
}
