namespace Hotline.Telephony.Media.Audio;

/// <summary>The format chunk of a WAV file; <see cref="FormatTag"/> is already resolved for WAVE_FORMAT_EXTENSIBLE.</summary>
public sealed record WavFormat(int FormatTag, int Channels, int SampleRate, int BitsPerSample)
{
    /// <summary>WAVE_FORMAT_PCM.</summary>
    public const int Pcm = 1;

    /// <summary>WAVE_FORMAT_IEEE_FLOAT.</summary>
    public const int IeeeFloat = 3;

    /// <summary>WAVE_FORMAT_ALAW (G.711 A-law).</summary>
    public const int ALaw = 6;

    /// <summary>WAVE_FORMAT_MULAW (G.711 µ-law).</summary>
    public const int MuLaw = 7;

    /// <summary>WAVE_FORMAT_EXTENSIBLE, whose sub-format GUID carries the real tag.</summary>
    public const int Extensible = 0xFFFE;

    /// <summary>The media engine's format: 8 kHz 16-bit mono PCM.</summary>
    public static WavFormat Narrowband { get; } = new(Pcm, 1, AudioFormat.SampleRate, 16);

    /// <summary>Bytes per sample frame (all channels).</summary>
    public int BlockAlign => Channels * ((BitsPerSample + 7) / 8);

    /// <summary>A readable description, e.g. "44100 Hz stereo 16-bit PCM".</summary>
    public override string ToString()
    {
        var channels = Channels switch { 1 => "mono", 2 => "stereo", _ => $"{Channels}-channel" };
        var encoding = FormatTag switch
        {
            Pcm => "PCM",
            IeeeFloat => "IEEE float",
            ALaw => "A-law",
            MuLaw => "µ-law",
            _ => $"format 0x{FormatTag:X4}",
        };
        return $"{SampleRate} Hz {channels} {BitsPerSample}-bit {encoding}";
    }
}
