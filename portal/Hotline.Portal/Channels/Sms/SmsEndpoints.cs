using System.Globalization;
using System.Text.Json;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Api;
using Hotline.Portal.Channels.Sms.Notifications;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.Sms;

/// <summary>The SMS gateway webhook <c>/channels/sms</c>: a signed JSON <see cref="InboundSms"/> becomes a ticket (or a "查询" query), and the answer goes back as an SMS.</summary>
public static class SmsEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/channels/sms";

    private const int MaxBodyBytes = 16 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapSms(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, ReceiveAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptionsMonitor<SmsOptions> options, CitizenTextResponder responder, ISmsGateway gateway,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (request.ContentLength > MaxBodyBytes)
        {
            return Invalid("body", $"The body is larger than {MaxBodyBytes} bytes.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBodyBytes)
        {
            return Invalid("body", $"The body is larger than {MaxBodyBytes} bytes.");
        }

        var body = buffer.ToArray();
        var timestamp = request.Headers[SmsSignature.TimestampHeader].ToString();
        if (!SmsSignature.IsValid(settings.Secret, timestamp, request.Headers[SmsSignature.SignatureHeader], body))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Bad signature",
                detail: $"{SmsSignature.SignatureHeader} does not sign this body and {SmsSignature.TimestampHeader} with the configured secret.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > settings.MaxClockSkew)
        {
            return Invalid(SmsSignature.TimestampHeader, $"'{timestamp}' is not a Unix time within {settings.MaxClockSkew} of the hotline's clock.");
        }

        InboundSms? sms;
        try
        {
            sms = JsonSerializer.Deserialize<InboundSms>(body, Json);
        }
        catch (JsonException ex)
        {
            return Invalid(string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.'), $"The body is not valid JSON: {ex.Message}");
        }

        if (sms is null || string.IsNullOrWhiteSpace(sms.MessageId))
        {
            return Invalid("messageId", "The gateway's message id is required (it keeps a retried delivery from creating a second ticket).");
        }

        if (string.IsNullOrWhiteSpace(sms.From))
        {
            return Invalid("from", "The sender's number is required.");
        }

        if (string.IsNullOrWhiteSpace(sms.Text))
        {
            return Invalid("text", "The text is empty.");
        }

        // A lone digit after a survey text is the citizen's rating, not a new matter (only where the texts' store runs).
        if (request.HttpContext.RequestServices.GetService<SmsSurveyReplies>() is { } surveys
            && await surveys.TryRecordAsync(sms.From, sms.Text, cancellationToken) is { } thanks)
        {
            await gateway.SendAsync(sms.From, thanks, cancellationToken);
            return Results.Ok(null);
        }

        var (reply, receipt) = await responder.RespondAsync(sms.Text, () => new TicketSubmission
        {
            Channel = TicketChannel.Sms,
            IdempotencyKey = sms.MessageId,
            Type = TicketType.Enquiry,
            CitizenPhone = sms.From,
            Description = sms.Text,
        }, cancellationToken);

        // A retried delivery was answered the first time; only a new ticket or a query sends a text.
        if (receipt is null or { Created: true })
        {
            await gateway.SendAsync(sms.From, reply, cancellationToken);
        }

        return Results.Ok(receipt is null ? null : new TicketReceiptResponse(receipt.Number, receipt.Created, receipt.Deadline));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: $"The field '{field}' is invalid.");
}
