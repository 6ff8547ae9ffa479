using System.Net.Http.Json;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Store;
using Hotline.Portal.Api;
using Hotline.Portal.Channels.Handoffs;
using Hotline.Portal.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Portal.Tests.Channels.Handoffs;

/// <summary>A real SQLite ticket store in a temporary file, with the channels (and so the result webhook) run on loopback over it as the portal wires them.</summary>
public sealed class HandoffRig : IDisposable
{
    public const string PartnerId = "transport-bureau";
    public const string PartnerToken = "handoff-token-1";
    public const string PartnerSecret = "bureau-result-secret";
    public const string OtherPartnerToken = "handoff-token-2";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "hotline-handoff-" + Guid.NewGuid().ToString("N")[..12]);

    public HandoffRig()
    {
        Directory.CreateDirectory(folder);
        // No connection pooling: the temporary folder can be deleted once the portals are gone.
        ConnectionString = $"Data Source={Path.Combine(folder, "hotline.db")};Pooling=False";
        Contexts = new PooledDbContextFactory<OperationalDbContext>(new DbContextOptionsBuilder<OperationalDbContext>().UseHotlineSqlite(ConnectionString).Options);
    }

    public string ConnectionString { get; }

    public IDbContextFactory<OperationalDbContext> Contexts { get; }

    public async Task CreateStoreAsync(CancellationToken cancellationToken)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        await TicketStoreSchema.EnsureAsync(db, cancellationToken);
    }

    /// <summary>A ticket as the grain stores it: the row at <paramref name="version"/>, submitted (history entry 1) by <paramref name="submitter"/>.</summary>
    public async Task AddTicketAsync(string number, TicketState state, Uri? callback, int version, string? reply, CancellationToken cancellationToken, string submitter = PartnerId)
    {
        await using var db = await Contexts.CreateDbContextAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        db.Add(new TicketRecord
        {
            Number = number, Type = nameof(TicketType.Complaint), Channel = nameof(TicketChannel.TransferIn), Description = "出租车拒载",
            State = state.ToString(), Version = version, Reply = reply, ExternalReference = "REF-" + number, ResultCallbackUrl = callback?.ToString(),
            CreatedAtUnixMs = now, UpdatedAtUnixMs = now, DeadlineUnixMs = now + 86_400_000,
        });
        db.Add(new TicketHistoryRecord { TicketNumber = number, Sequence = 1, Action = "Intake", Actor = submitter, AtUnixMs = now, ToState = nameof(TicketState.Intake) });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Starts the portal's channels over this store; <paramref name="states"/> overrides which states are reported.</summary>
    public async Task<HandoffPortal> StartPortalAsync(CancellationToken cancellationToken, params string[] states)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var settings = new Dictionary<string, string?>
        {
            ["Hotline:Channels:Partners:0:Id"] = PartnerId,
            ["Hotline:Channels:Partners:0:TokenSha256"] = PartnerTokenHandler.Hash(PartnerToken),
            ["Hotline:Channels:Partners:0:Roles:0"] = PartnerRoles.HandoffPartner,
            ["Hotline:Channels:Partners:0:ResultSecret"] = PartnerSecret,
            ["Hotline:Channels:Partners:1:Id"] = "other-bureau",
            ["Hotline:Channels:Partners:1:TokenSha256"] = PartnerTokenHandler.Hash(OtherPartnerToken),
            ["Hotline:Channels:Partners:1:Roles:0"] = PartnerRoles.HandoffPartner,
            ["Hotline:Channels:Handoffs:ScanInterval"] = "00:00:00.05",
            ["Hotline:Channels:Handoffs:SendInterval"] = "00:00:00.05",
            ["Hotline:Channels:Handoffs:FirstRetryDelay"] = "00:00:00.2",
            ["Hotline:Channels:Handoffs:MaxRetryDelay"] = "00:00:01",
        };
        for (var i = 0; i < states.Length; i++)
            settings[$"Hotline:Channels:Handoffs:States:{i}"] = states[i];
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<ITicketIntake>(new InMemoryTicketIntake());
        builder.Services.AddProblemDetails();
        builder.Services.AddDbContextFactory<OperationalDbContext>(db => db.UseHotlineSqlite(ConnectionString));
        builder.Services.AddTicketChannels(builder.Configuration);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseTicketChannels();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HandoffPortal(app, new Uri(address));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}

/// <summary>A running portal (channels only) and a client for its API.</summary>
public sealed class HandoffPortal(WebApplication app, Uri address) : IAsyncDisposable
{
    private readonly HttpClient client = new() { BaseAddress = address };

    public async Task<HttpResponseMessage> GetDeliveriesAsync(string number, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/handoffs/{number}/deliveries");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>The ticket's deliveries as the partner reads them, polled until <paramref name="done"/> holds (the webhook works in the background).</summary>
    public async Task<IReadOnlyList<HandoffDeliveryResponse>> WaitForDeliveriesAsync(
        string number, Func<IReadOnlyList<HandoffDeliveryResponse>, bool> done, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var response = await GetDeliveriesAsync(number, HandoffRig.PartnerToken, limit.Token);
            response.EnsureSuccessStatusCode();
            var deliveries = await response.Content.ReadFromJsonAsync<List<HandoffDeliveryResponse>>(limit.Token) ?? [];
            if (done(deliveries))
                return deliveries;
            await Task.Delay(50, limit.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
