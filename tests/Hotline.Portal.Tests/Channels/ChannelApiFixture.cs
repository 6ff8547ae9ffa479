namespace Hotline.Portal.Tests.Channels;

/// <summary>Per test: a fresh <see cref="ChannelHost"/> with an in-memory intake, and the OpenAPI document it serves.</summary>
public abstract class ChannelApiFixture : IAsyncLifetime
{
    protected ChannelHost Host { get; private set; } = null!;

    protected OpenApiResponseChecker OpenApi { get; private set; } = null!;

    protected InMemoryTicketIntake Tickets { get; } = new();

    public async ValueTask InitializeAsync()
    {
        Host = await ChannelHost.StartAsync(Tickets, TestContext.Current.CancellationToken);
        OpenApi = await OpenApiResponseChecker.LoadAsync(Host.Client, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
