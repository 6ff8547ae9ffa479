namespace Hotline.Portal.Channels.Sms;

/// <summary>A text the gateway received: its own message id (the idempotency key), the sender's number and the text.</summary>
public sealed record InboundSms(string? MessageId, string? From, string? Text);
