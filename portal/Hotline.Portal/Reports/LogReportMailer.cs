using Hotline.Reports.Archive;

namespace Hotline.Portal.Reports;

/// <summary>The mailer when no mail server is configured: logs who would have received which report.</summary>
public sealed partial class LogReportMailer(ILogger<LogReportMailer> logger) : IReportMailer
{
    /// <inheritdoc />
    public Task SendAsync(ArchivedReport entry, byte[] pdf, IReadOnlyList<string> recipients, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(recipients);
        LogWouldSend(logger, entry.Title, entry.Id, string.Join(", ", recipients));
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {Title} ({Id}) would be mailed to {Recipients}; set Hotline:Reports:Mail:SmtpHost to send it")]
    private static partial void LogWouldSend(ILogger logger, string title, string id, string recipients);
}
