using System.Collections.Concurrent;
using Hotline.Portal.Channels.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Portal.Tests.Channels.Handoffs;

/// <summary>A partner's result webhook on loopback Kestrel: answers 500 to the first <c>failures</c> calls, then 200, and records every call.</summary>
public sealed class HandoffReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<HandoffCall> calls = new();
    private int remainingFailures;

    private HandoffReceiver(WebApplication app, int failures)
    {
        this.app = app;
        remainingFailures = failures;
    }

    /// <summary>The URL tickets give as their result callback.</summary>
    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<HandoffCall> Calls => [.. calls];

    public static async Task<HandoffReceiver> StartAsync(int failures, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new HandoffReceiver(app, failures);
        app.MapPost("/results", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
            var accepted = Interlocked.Decrement(ref receiver.remainingFailures) < 0;
            receiver.calls.Enqueue(new HandoffCall(buffer.ToArray(), request.Headers[SmsSignature.TimestampHeader].ToString(),
                request.Headers[SmsSignature.SignatureHeader].ToString(), accepted));
            return accepted ? Results.Ok() : Results.StatusCode(StatusCodes.Status500InternalServerError);
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Url = new Uri(new Uri(address), "/results");
        return receiver;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

/// <summary>One call the receiver got: the raw body, the signature headers, and whether it answered 200.</summary>
public sealed record HandoffCall(byte[] Body, string Timestamp, string Signature, bool Accepted);
