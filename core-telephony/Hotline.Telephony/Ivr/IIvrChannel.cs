namespace Hotline.Telephony.Ivr;

/// <summary>The call as the IVR engine sees it: play, collect buffered DTMF, record. Media wiring implements it.</summary>
/// <remarks>
/// Digits the caller presses at any time (also during a prompt) are buffered by the channel in arrival order.
/// Every method throws <see cref="OperationCanceledException"/> when the token is cancelled (the caller hung up).
/// </remarks>
public interface IIvrChannel
{
    /// <summary>Plays a prompt whose <c>Say</c> text is already substituted. When <paramref name="interruptible"/>
    /// is true the prompt stops as soon as a digit is buffered (also one already buffered); the digit stays buffered.</summary>
    Task PlayAsync(IvrPrompt prompt, bool interruptible, CancellationToken cancellationToken);

    /// <summary>Takes digits from the buffer, waiting for more: up to <c>MaxDigits</c>, stopping at the terminator
    /// (consumed, not returned), or when the first-digit / inter-digit timeout passes.</summary>
    Task<CollectedDigits> CollectDigitsAsync(DigitCollectRequest request, CancellationToken cancellationToken);

    /// <summary>Drops digits still buffered (type-ahead beyond what a node consumed).</summary>
    void DiscardBufferedDigits();

    /// <summary>Records the caller (after a tone when asked) until the finish key, silence or the maximum length;
    /// returns null when nothing was recorded.</summary>
    Task<IvrRecording?> RecordAsync(RecordRequest request, CancellationToken cancellationToken);
}

/// <summary>How to collect digits.</summary>
/// <param name="MaxDigits">Stop after this many digits.</param>
/// <param name="FirstDigitTimeout">Give up when no digit arrives within this time.</param>
/// <param name="InterDigitTimeout">Stop when the next digit does not arrive within this time.</param>
/// <param name="Terminator">Key that ends the input early (e.g. '#'), or null.</param>
public sealed record DigitCollectRequest(int MaxDigits, TimeSpan FirstDigitTimeout, TimeSpan InterDigitTimeout, char? Terminator);

/// <summary>Why a digit collection ended.</summary>
public enum DigitCollectStatus
{
    /// <summary>The maximum number of digits was reached.</summary>
    MaxDigits,
    /// <summary>The terminator key was pressed.</summary>
    Terminator,
    /// <summary>A first-digit or inter-digit timeout passed (digits may be partial or empty).</summary>
    Timeout,
}

/// <summary>The digits collected and why collection ended.</summary>
public sealed record CollectedDigits(string Digits, DigitCollectStatus Status)
{
    /// <summary>Nothing was pressed before the first-digit timeout.</summary>
    public static CollectedDigits NoInput { get; } = new(string.Empty, DigitCollectStatus.Timeout);
}

/// <summary>How to record a voicemail.</summary>
/// <param name="MaxLength">Recording stops after this length.</param>
/// <param name="FinishKey">Key that ends the recording (e.g. '#'), or null.</param>
/// <param name="Beep">Play a tone before recording.</param>
public sealed record RecordRequest(TimeSpan MaxLength, char? FinishKey, bool Beep);

/// <summary>A recorded message.</summary>
public sealed record IvrRecording(string FilePath, TimeSpan Duration);
