namespace Hotline.Telephony.Ivr;

/// <summary>Records a message after a tone (finish key ends it) and ends with a voicemail outcome.</summary>
public sealed record VoicemailNode : IvrNode
{
    /// <summary>Optional prompt before the tone.</summary>
    public IvrPrompt? Prompt { get; init; }

    /// <summary>Maximum message length in seconds.</summary>
    public int MaxLengthSeconds { get; init; } = 120;

    /// <summary>Key that finishes the recording.</summary>
    public string? FinishKey { get; init; } = "#";

    /// <summary>Play a tone before recording.</summary>
    public bool Beep { get; init; } = true;

    /// <summary>Played after a message was recorded.</summary>
    public IvrPrompt? ThanksPrompt { get; init; }

    /// <summary>Where to go when nothing was recorded; unset ends the run as completed.</summary>
    public string? OnEmpty { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() => [("onEmpty", OnEmpty)];
}
