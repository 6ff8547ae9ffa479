namespace Hotline.Qa.Audio;

/// <summary>A recording that cannot be analysed: not a 16-bit PCM WAV, mono, truncated or empty.</summary>
public sealed class RecordingFormatException : Exception
{
    /// <summary>Creates the error with the reason that names what was wrong.</summary>
    public RecordingFormatException(string message) : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    public RecordingFormatException()
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    public RecordingFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
