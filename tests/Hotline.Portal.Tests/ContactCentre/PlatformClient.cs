using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Portal.Tests.ContactCentre;

/// <summary>An Orleans client of a running platform process (its gateway on loopback), for driving agents and reading calls.</summary>
internal sealed class PlatformClient : IAsyncDisposable
{
    private readonly IHost _host;

    private PlatformClient(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<PlatformClient> ConnectAsync(int gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort, "hotline", "hotline"));
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new PlatformClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
