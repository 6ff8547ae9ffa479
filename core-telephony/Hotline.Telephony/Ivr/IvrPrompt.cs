using System.Text.Json.Serialization;

namespace Hotline.Telephony.Ivr;

/// <summary>Audio a node plays: a prompt file, or a text rendered by TTS (<c>{name}</c> variables substituted).</summary>
public sealed record IvrPrompt
{
    /// <summary>Prompt file (WAV) relative to the prompt folder.</summary>
    public string? File { get; init; }

    /// <summary>Text for text-to-speech; <c>{name}</c> is replaced by the run's variable of that name.</summary>
    public string? Say { get; init; }

    /// <summary>A TTS prompt.</summary>
    public static IvrPrompt Text(string say) => new() { Say = say };

    /// <summary>A prompt file.</summary>
    public static IvrPrompt FromFile(string file) => new() { File = file };

    /// <summary>True when exactly one of <see cref="File"/> and <see cref="Say"/> is given (derived, so never written to a flow's JSON).</summary>
    [JsonIgnore]
    public bool IsValid => string.IsNullOrWhiteSpace(File) != string.IsNullOrWhiteSpace(Say);
}
