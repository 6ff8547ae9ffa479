using Hotline.Grains;
using Hotline.Grains.Abstractions.Events;
using Hotline.Grains.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace Hotline.Grains.Tests;

/// <summary>
/// One in-process Orleans test cluster shared by a test class, with the platform's storage names in memory, an
/// in-memory reminder service and an event outbox that records what the grains emit.
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The silo's services (the silo runs in this process).</summary>
    public IServiceProvider SiloServices => ((InProcessSiloHandle)Cluster.Primary!).SiloHost!.Services;

    /// <summary>The events the grains appended to the outbox.</summary>
    public RecordingEventOutbox Events => (RecordingEventOutbox)SiloServices.GetRequiredService<IEventOutbox>();

    /// <summary>The clock the grains read; a fake one in fixtures that drive time.</summary>
    public TimeProvider Clock => SiloServices.GetRequiredService<TimeProvider>();

    public virtual async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        ConfigureBuilder(builder);
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Adds the silo configurator; a fixture with a fake clock adds its own.</summary>
    protected virtual void ConfigureBuilder(TestClusterBuilder builder) => builder.AddSiloBuilderConfigurator<SiloConfigurator>();

    /// <summary>Storage, reminders and a recording outbox, as every fixture needs them.</summary>
    internal static void ConfigureSilo(ISiloBuilder siloBuilder, TimeProvider clock)
    {
        siloBuilder.AddMemoryGrainStorage(GrainStorage.Main);
        siloBuilder.UseInMemoryReminderService();
        siloBuilder.ConfigureServices(services =>
        {
            services.AddSingleton(clock);
            services.AddSingleton<IEventOutbox, RecordingEventOutbox>();
            PinRuntimeClocksToRealTime(services);
        });
    }

    /// <summary>
    /// The grains read the fixture's clock (the default TimeProvider, which Orleans also hands to grain timers); the
    /// runtime's own loops (messaging timeouts, membership, directory, activation collection, reminders) keep real
    /// time. Left on a fake clock, those loops only moved when a test advanced it (then all at once, inline on the
    /// test's thread) and silo shutdown could wait for a delay that never elapsed.
    /// </summary>
    private static void PinRuntimeClocksToRealTime(IServiceCollection services)
    {
        string[] runtimeAreas =
        [
            TimeProviderNames.Messaging, TimeProviderNames.SystemTimers, TimeProviderNames.Membership,
            TimeProviderNames.ActivationManagement, TimeProviderNames.GrainDirectory, ReminderTimeProviderNames.Reminders,
        ];
        foreach (var area in runtimeAreas)
        {
            services.AddKeyedSingleton(area, TimeProvider.System);
        }
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => ConfigureSilo(siloBuilder, TimeProvider.System);
    }
}
