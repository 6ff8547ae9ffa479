namespace Hotline.Telephony.Ivr;

/// <summary>Plays an optional goodbye and ends the run as completed.</summary>
public sealed record HangupNode : IvrNode
{
    /// <summary>Optional goodbye prompt.</summary>
    public IvrPrompt? Prompt { get; init; }

    /// <summary>Reason for the CDR.</summary>
    public string? Reason { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() => [];
}
