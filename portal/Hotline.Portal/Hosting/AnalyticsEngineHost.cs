using Hotline.Analytics.Engines;

namespace Hotline.Portal.Hosting;

/// <summary>Opens the analytics engine in the background at start-up and closes it at shutdown.</summary>
/// <remarks>Opening chDB maps a 559 MB library and replays its data folder; the web site and the silo need not wait for it.</remarks>
public sealed partial class AnalyticsEngineHost(Func<CancellationToken, Task<IAnalyticsEngine>> open, ILogger<AnalyticsEngineHost> logger)
    : IHostedService, IAsyncDisposable
{
    private readonly TaskCompletionSource<IAnalyticsEngine> _engine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _opening;

    /// <summary>The open engine, or null while it is starting or after it failed.</summary>
    public IAnalyticsEngine? Engine => _engine.Task.IsCompletedSuccessfully ? _engine.Task.Result : null;

    /// <summary>Why the engine could not be opened, when it could not.</summary>
    public string? Failure { get; private set; }

    /// <summary>Waits until the engine is open; throws when it failed to open.</summary>
    public Task<IAnalyticsEngine> WhenOpenAsync(CancellationToken cancellationToken = default) => _engine.Task.WaitAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _opening = Task.Run(OpenAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task OpenAsync()
    {
        try
        {
            var engine = await open(_stopping.Token);
            LogOpened(logger, engine.Description);
            _engine.TrySetResult(engine);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Failure = ex.Message;
            LogFailed(logger, ex, ex.Message);
            _engine.TrySetException(ex);
        }
        catch (OperationCanceledException ex)
        {
            _engine.TrySetCanceled(ex.CancellationToken);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_opening is not null)
        {
            await _opening.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Engine is { } engine)
        {
            await engine.DisposeAsync();
        }

        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics engine open: {Engine}")]
    private static partial void LogOpened(ILogger logger, string engine);

    [LoggerMessage(Level = LogLevel.Error, Message = "Analytics engine failed to open: {Reason}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string reason);
}
