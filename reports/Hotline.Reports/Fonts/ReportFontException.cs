namespace Hotline.Reports.Fonts;

/// <summary>A font the reports need is missing or unusable; the message names the file or folder and how to fix it.</summary>
public sealed class ReportFontException : Exception
{
    /// <summary>Creates the exception with a message naming what was wrong.</summary>
    public ReportFontException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public ReportFontException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message (serialisation and tooling only).</summary>
    public ReportFontException()
    {
    }
}
