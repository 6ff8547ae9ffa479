namespace Hotline.Qa.Transcription;

/// <summary>The configured Whisper model is missing, or is not a ggml model Whisper.net can load.</summary>
public sealed class WhisperModelException : Exception
{
    /// <summary>Creates the error naming the path and what is wrong.</summary>
    public WhisperModelException(string message) : base(message)
    {
    }

    /// <summary>Creates the error.</summary>
    public WhisperModelException()
    {
    }

    /// <summary>Creates the error with its cause.</summary>
    public WhisperModelException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
