namespace Hotline.Reports.Sources;

/// <summary>A report request cannot be served as asked (unknown kind, missing agent, a period the report cannot cover); the message is for the person who asked.</summary>
public sealed class ReportRequestException : Exception
{
    /// <summary>Creates the exception without a message (tooling only).</summary>
    public ReportRequestException()
    {
    }

    /// <summary>Creates the exception with the message shown to the person who asked.</summary>
    public ReportRequestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public ReportRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
