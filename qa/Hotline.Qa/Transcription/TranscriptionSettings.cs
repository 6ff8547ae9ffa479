namespace Hotline.Qa.Transcription;

/// <summary>Configuration of transcription (section <c>Hotline:Qa</c>).</summary>
public sealed class TranscriptionSettings
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Hotline:Qa";

    /// <summary>Path of the ggml Whisper model operators place (<c>Hotline:Qa:WhisperModel</c>); empty when none.</summary>
    public string WhisperModel { get; set; } = "";

    /// <summary>The spoken language.</summary>
    public string Language { get; set; } = "zh";

    /// <summary>Decoding threads per transcription.</summary>
    public int Threads { get; set; } = 2;

    /// <summary>A call's transcription is cancelled after this many seconds per second of speech (plus <see cref="DeadlineBaseSeconds"/>).</summary>
    public double DeadlinePerSpeechSecond { get; set; } = 2;

    /// <summary>The fixed part of a call's transcription deadline.</summary>
    public double DeadlineBaseSeconds { get; set; } = 60;

    /// <summary>Speech spans are merged into windows of at most this many seconds (Whisper reads 30 s at a time).</summary>
    public double MaxWindowSeconds { get; set; } = 28;
}
