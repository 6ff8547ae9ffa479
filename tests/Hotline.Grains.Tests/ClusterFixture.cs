using Hotline.Grains;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hotline.Grains.Tests;

/// <summary>One in-process Orleans test cluster shared by a test class, with the platform's storage names in memory.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorage(GrainStorage.Main);
            siloBuilder.ConfigureServices(services => services.AddSingleton(TimeProvider.System));
        }
    }
}
