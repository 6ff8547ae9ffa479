using Hotline.Portal.Tests.Hosting;

namespace Hotline.Portal.Tests.Access;

/// <summary>One real platform process (demo organisation) shared by the access tests of a class.</summary>
public sealed class PortalHostFixture : IAsyncLifetime
{
    internal PortalProcess Portal { get; private set; } = null!;

    public Uri BaseAddress => Portal.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        Portal = PortalProcess.Start(PortalSettings.Fresh());
        await Portal.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
    }

    public async ValueTask DisposeAsync() => await Portal.DisposeAsync();
}
