namespace Hotline.Telephony.Media.Audio;

/// <summary>A source of 8 kHz 16-bit mono PCM read one frame at a time (prompt, TTS, silence, tone, music on hold).</summary>
public interface IAudioSource
{
    /// <summary>
    /// Fills <paramref name="frame"/> (usually <see cref="AudioFormat.FrameSamples"/> samples). A final partial frame
    /// is padded with silence. Returns false, with the frame silent, once the source has nothing more to play.
    /// </summary>
    bool ReadFrame(Span<short> frame);
}
