using Hotline.Grains.Abstractions.Events;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hotline.Grains.Tests.Support;

/// <summary>A test cluster without a reminder service, as a host that configures none runs its silo.</summary>
public sealed class NoRemindersClusterFixture : ClusterFixture
{
    protected override void ConfigureBuilder(TestClusterBuilder builder) => builder.AddSiloBuilderConfigurator<SiloConfigurator>();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(GrainStorage.Main);
            siloBuilder.ConfigureServices(services =>
            {
                services.AddSingleton(TimeProvider.System);
                services.AddSingleton<IEventOutbox, RecordingEventOutbox>();
            });
        }
    }
}
