namespace Hotline.Telephony.Ivr;

/// <summary>Takes a call-back request: confirm the caller's own number (press 1) or key in another, ending with a callback outcome.</summary>
/// <remarks>When the caller's number is unknown the confirm step is skipped. <see cref="PromptedInputNode.Prompt"/>
/// asks for the number; <see cref="ConfirmPrompt"/> may use <c>{caller}</c>.</remarks>
public sealed record CallbackRequestNode : PromptedInputNode
{
    /// <summary>"Press 1 to be called back at {caller}, 2 for another number."</summary>
    public IvrPrompt? ConfirmPrompt { get; init; }

    /// <summary>Regular expression a keyed-in number must match.</summary>
    public string NumberPattern { get; init; } = @"^\d{5,20}$";

    /// <summary>Maximum digits of a keyed-in number.</summary>
    public int MaxDigits { get; init; } = 20;

    /// <summary>Key that ends a keyed-in number.</summary>
    public string? Terminator { get; init; } = "#";

    /// <summary>Played once the request is taken.</summary>
    public IvrPrompt? ThanksPrompt { get; init; }

    /// <summary>Where to go when no valid number was given; unset ends the run as completed.</summary>
    public string? Default { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() => [("default", Default)];
}
