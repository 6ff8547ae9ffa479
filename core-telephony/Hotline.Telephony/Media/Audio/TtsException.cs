namespace Hotline.Telephony.Media.Audio;

/// <summary>Text-to-speech failed: the engine is missing, failed, timed out or produced no audio.</summary>
public sealed class TtsException : Exception
{
    /// <summary>Creates an exception without context.</summary>
    public TtsException()
    {
    }

    /// <summary>Creates an exception with a description.</summary>
    public TtsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a description and a cause.</summary>
    public TtsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
