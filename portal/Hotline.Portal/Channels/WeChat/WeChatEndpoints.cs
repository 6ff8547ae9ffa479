using System.Text;
using Hotline.Grains.Abstractions.Tickets;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Channels.WeChat;

/// <summary>The official-account push endpoint <c>/channels/wechat</c>: GET verifies the server (echoes <c>echostr</c>), POST takes XML messages and answers with a passive XML reply.</summary>
public static class WeChatEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/channels/wechat";

    private const int MaxBodyBytes = 16 * 1024;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapWeChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, (string? signature, string? timestamp, string? nonce, string? echostr, IOptionsMonitor<WeChatOptions> options) =>
                WeChatSignature.IsValid(options.CurrentValue.Token, signature, timestamp, nonce) && echostr is not null
                    ? Results.Text(echostr, "text/plain")
                    : Forbidden())
            .AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(Route, ReceiveAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, string? signature, string? timestamp, string? nonce,
        IOptionsMonitor<WeChatOptions> options, CitizenTextResponder responder, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!WeChatSignature.IsValid(options.CurrentValue.Token, signature, timestamp, nonce))
        {
            return Forbidden();
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The field 'body' is invalid.", detail: $"The message is larger than {MaxBodyBytes} bytes.");
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        WeChatMessage message;
        try
        {
            message = WeChatMessage.Parse(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (FormatException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The field 'body' is invalid.", detail: ex.Message);
        }

        string reply;
        if (message.MsgType != "text" || string.IsNullOrWhiteSpace(message.Content))
        {
            reply = ChannelTexts.TextOnly();
        }
        else
        {
            (reply, _) = await responder.RespondAsync(message.Content, () => new TicketSubmission
            {
                Channel = TicketChannel.WeChat,
                IdempotencyKey = message.DeliveryKey,
                // A chat message does not say what kind of contact it is; intake reclassifies.
                Type = TicketType.Enquiry,
                Description = message.Content,
                SubmittedBy = null,
            }, cancellationToken);
        }

        return Results.Text(WeChatReply.Text(message, reply, clock.GetUtcNow()), "application/xml", Encoding.UTF8);
    }

    private static IResult Forbidden() =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Bad signature", detail: "The signature does not match the configured WeChat token for this timestamp and nonce.");
}
