using MailKit;
using MailKit.Net.Imap;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Email;

/// <summary>Watches the hotline mailbox (IMAP IDLE where the server has it, polling otherwise) and hands each pass to <see cref="EmailMailboxProcessor"/>.</summary>
public sealed partial class EmailIntakeService(
    IOptions<EmailOptions> options,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<EmailIntakeService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return;
        }

        var processor = services.GetRequiredService<EmailMailboxProcessor>();
        var backOff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var client = new ImapClient();
                await client.ConnectAsync(settings.ImapHost!, settings.ImapPort, settings.ImapSecurity, stoppingToken);
                await client.AuthenticateAsync(settings.UserName, settings.Password, stoppingToken);
                LogConnected(logger, settings.ImapHost!, settings.ImapPort, client.Capabilities.HasFlag(ImapCapabilities.Idle));
                while (!stoppingToken.IsCancellationRequested)
                {
                    var (inbox, _) = await processor.ProcessAsync(client, stoppingToken);
                    backOff = TimeSpan.FromSeconds(1);
                    await WaitForMailAsync(client, inbox, settings.PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A mail server or store outage must not stop the channel; the message waits in the inbox.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, settings.ImapHost!, backOff.TotalSeconds, ex);
                try
                {
                    await Task.Delay(backOff, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                backOff = TimeSpan.FromTicks(Math.Min(backOff.Ticks * 2, MaxBackOff.Ticks));
            }
        }
    }

    private async Task WaitForMailAsync(ImapClient client, IMailFolder inbox, TimeSpan interval, CancellationToken stoppingToken)
    {
        if (!client.Capabilities.HasFlag(ImapCapabilities.Idle))
        {
            await Task.Delay(interval, clock, stoppingToken);
            return;
        }

        // IDLE ends when a message arrives or after the poll interval (servers drop idle clients after ~30 minutes).
        using var done = new CancellationTokenSource(interval, clock);
        void Arrived(object? sender, EventArgs e) => done.Cancel();
        inbox.CountChanged += Arrived;
        try
        {
            await client.IdleAsync(done.Token, stoppingToken);
        }
        finally
        {
            inbox.CountChanged -= Arrived;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail channel watching {Host}:{Port} (IDLE: {Idle})")]
    private static partial void LogConnected(ILogger logger, string host, int port, bool idle);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail channel: {Host} failed, retrying in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, string host, double seconds, Exception ex);
}
