namespace Hotline.Telephony.Media.Audio;

/// <summary>Renders text to an 8 kHz 16-bit mono WAV prompt.</summary>
public interface ITtsRenderer
{
    /// <summary>Renders (or finds in the cache) the text and returns the WAV file's path.</summary>
    Task<string> RenderAsync(string text, CancellationToken cancellationToken = default);
}
