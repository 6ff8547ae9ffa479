namespace Hotline.Telephony.Media.Audio;

/// <summary>Settings of <see cref="EspeakTtsRenderer"/>.</summary>
public sealed record EspeakTtsOptions
{
    /// <summary>Where rendered prompts are kept, one WAV per (voice, speed, text).</summary>
    public required string CacheDirectory { get; init; }

    /// <summary>The espeak-ng voice; <c>cmn</c> is Mandarin.</summary>
    public string Voice { get; init; } = "cmn";

    /// <summary>Speaking rate in words per minute (espeak-ng's <c>-s</c>; its default is 175).</summary>
    public int Speed { get; init; } = 175;

    /// <summary>The espeak-ng executable: a path, or a name looked up on PATH.</summary>
    public string EspeakPath { get; init; } = "espeak-ng";

    /// <summary>The sox executable used to convert to 8 kHz; null uses the built-in <see cref="Resampler"/>.</summary>
    public string? SoxPath { get; init; }

    /// <summary>How long one external process may run.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest text accepted, in characters.</summary>
    public int MaxTextLength { get; init; } = 2000;
}
