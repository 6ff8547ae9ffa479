using System.Collections.Concurrent;
using System.Net;
using Hotline.Grains;
using Hotline.Grains.Store.Orleans;
using Hotline.Portal.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Hotline.Portal.Tests.Live;

/// <summary>
/// One platform silo with the portal's live view (AddPortalLive, as the host registers it), clustered with the others through
/// PostgreSQL the way SiloSetup does it, on free loopback ports; it records what its live code logs at warning or above.
/// </summary>
internal sealed class LiveSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private LiveSilo(IHost host, ConcurrentQueue<string> problems)
    {
        _host = host;
        Problems = problems;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public SiloAddress Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    public LiveContactCentre Hub => _host.Services.GetRequiredService<LiveContactCentre>();

    public LiveTicketAlerts Alerts => _host.Services.GetRequiredService<LiveTicketAlerts>();

    public LiveRelayLink Link => _host.Services.GetRequiredService<LiveRelayLink>();

    public LiveRelayInbox Inbox => _host.Services.GetRequiredService<LiveRelayInbox>();

    /// <summary>Warnings and errors logged by the live view and the relay ("category: message").</summary>
    public ConcurrentQueue<string> Problems { get; }

    public static async Task<LiveSilo> StartAsync(string connectionString, string clusterId)
    {
        var problems = new ConcurrentQueue<string>();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(new ProblemLog(problems));
        builder.Services.AddSingleton(TimeProvider.System);
        // A grain starts on the silo whose code first calls it, so the test decides which silo hosts which grain.
        builder.Services.AddSingleton<PlacementStrategy, PreferLocalPlacement>();
        var siloPort = LoopbackPorts.Next();
        var gatewayPort = LoopbackPorts.Next();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ServiceId = GrainStorage.ServiceId;
                cluster.ClusterId = clusterId;
            });
            silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort, listenOnAnyHostAddress: false);
            silo.UseHotlinePostgresClustering(connectionString);
            silo.AddHotlineGrainStorage(OrleansDatabase.Postgres, connectionString);
            silo.UseInMemoryReminderService();
        });
        builder.Services.AddPortalLive();
        var host = builder.Build();
        try
        {
            await host.StartAsync(TestContext.Current.CancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new LiveSilo(host, problems);
    }

    /// <summary>Stops the silo the way a host shuts down: the cluster learns it left.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _host.StopAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }

    private sealed class ProblemLog(ConcurrentQueue<string> problems) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Category(categoryName, problems);

        public void Dispose()
        {
        }

        private sealed class Category(string name, ConcurrentQueue<string> problems) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning && name.StartsWith("Hotline.Portal.Live", StringComparison.Ordinal);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    problems.Enqueue($"{name}: {formatter(state, exception)}{(exception is null ? "" : " " + exception.GetType().Name)}");
                }
            }
        }
    }
}
