namespace Hotline.Telephony.Media.Audio;

/// <summary>A WAV file that is malformed or in a format the media engine cannot play; names the file and its format.</summary>
public sealed class WavFormatException : FormatException
{
    /// <summary>Creates an exception without context.</summary>
    public WavFormatException()
    {
    }

    /// <summary>Creates an exception with a description.</summary>
    public WavFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a description and a cause.</summary>
    public WavFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a file, with its format when the format chunk was read.</summary>
    public WavFormatException(string fileName, WavFormat? format, string problem)
        : base(format is null ? $"{fileName}: {problem}" : $"{fileName} ({format}): {problem}")
    {
        FileName = fileName;
        Format = format;
    }

    /// <summary>The file (or stream name) that failed.</summary>
    public string? FileName { get; }

    /// <summary>The file's format, when it could be read.</summary>
    public WavFormat? Format { get; }
}
