namespace Hotline.Portal.Reports;

/// <summary>The report command could not produce the report; the message says why (the host refused, or nothing can reach the engine).</summary>
public sealed class ReportCommandException : Exception
{
    /// <summary>Creates the exception without a message (tooling only).</summary>
    public ReportCommandException()
    {
    }

    /// <summary>Creates the exception with the reason.</summary>
    public ReportCommandException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and cause.</summary>
    public ReportCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
