using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Hotline.Portal.Api;
using Hotline.Portal.Channels.Sms;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Handoffs;

/// <summary>POSTs due result deliveries to the partners' webhooks, signed like the SMS webhook, and records each attempt with its exponential back-off.</summary>
public sealed partial class HandoffResultSender(
    HandoffDeliveryStore deliveries,
    IHttpClientFactory httpClients,
    IOptionsMonitor<HandoffResultOptions> options,
    IOptionsMonitor<PartnerOptions> partners,
    TimeProvider clock,
    ILogger<HandoffResultSender> logger)
{
    /// <summary>The named HTTP client the webhook calls go through.</summary>
    public const string HttpClientName = "handoff-results";

    /// <summary>The header naming the ticket version a delivery describes (the partner's de-duplication key with the number).</summary>
    public const string VersionHeader = "X-Hotline-Ticket-Version";

    private const int BatchSize = 50;

    /// <summary>Sends every delivery due now (one batch); returns how many were accepted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var accepted = 0;
        foreach (var delivery in await deliveries.DueAsync(now, BatchSize, cancellationToken))
        {
            var lease = now + (long)(settings.RequestTimeout * 2).TotalMilliseconds;
            if (!await deliveries.TryClaimAsync(delivery, lease, cancellationToken))
                continue;
            var error = await PostAsync(delivery, settings, cancellationToken);
            var attempts = delivery.Attempts + 1;
            var at = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (error is null)
            {
                await deliveries.RecordAttemptAsync(delivery, attempts, null, at, null, cancellationToken);
                accepted++;
                continue;
            }

            long? next = attempts >= settings.MaxAttempts ? null : at + (long)RetryBackOff.Delay(attempts, settings.FirstRetryDelay, settings.MaxRetryDelay).TotalMilliseconds;
            LogFailed(logger, delivery.TicketNumber, delivery.TicketVersion, attempts, error);
            await deliveries.RecordAttemptAsync(delivery, attempts, next, null, error, cancellationToken);
        }

        return accepted;
    }

    // Null when the partner answered 2xx, else what went wrong (naming the status, the missing secret or the transport error).
    private async Task<string?> PostAsync(HandoffDelivery delivery, HandoffResultOptions settings, CancellationToken cancellationToken)
    {
        var secret = partners.CurrentValue.Accounts.FirstOrDefault(p => p.Id == delivery.PartnerId)?.ResultSecret;
        if (string.IsNullOrEmpty(secret))
            secret = settings.Secret;
        if (string.IsNullOrEmpty(secret))
            return $"No signing secret for partner '{delivery.PartnerId}': set its ResultSecret in {PartnerOptions.SectionName} or {HandoffResultOptions.SectionName}:Secret.";

        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SmsSignature.TimestampHeader, timestamp);
        request.Headers.Add(SmsSignature.SignatureHeader, SmsSignature.Compute(secret, timestamp, body));
        request.Headers.Add(VersionHeader, delivery.TicketVersion.ToString(CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            return response.IsSuccessStatusCode ? null : $"{delivery.Url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}.";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{delivery.Url} did not answer within {settings.RequestTimeout.TotalSeconds} s.";
        }
        catch (HttpRequestException ex)
        {
            return $"{delivery.Url} could not be reached: {ex.Message}";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handoff result {Number} v{Version}: attempt {Attempts} failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string number, int version, int attempts, string error);
}
