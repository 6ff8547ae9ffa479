using System.Collections.Concurrent;
using Hotline.Portal.Channels.Sms;

namespace Hotline.Portal.Tests.Channels;

/// <summary>An <see cref="ISmsGateway"/> that keeps what it was asked to send.</summary>
public sealed class RecordingSmsGateway : ISmsGateway
{
    public ConcurrentQueue<(string Phone, string Text)> Sent { get; } = new();

    public Task SendAsync(string phone, string text, CancellationToken cancellationToken)
    {
        Sent.Enqueue((phone, text));
        return Task.CompletedTask;
    }
}
