namespace Hotline.Telephony.Ivr;

/// <summary>Plays a prompt file or TTS text, then continues to <see cref="Next"/>.</summary>
public sealed record PlayNode : IvrNode
{
    /// <summary>What to play.</summary>
    public IvrPrompt? Prompt { get; init; }

    /// <summary>Stop the prompt when the caller presses a key (the key stays buffered for the next collect).</summary>
    public bool Interruptible { get; init; }

    /// <summary>Next node.</summary>
    public string? Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() => [("next", Next)];
}
