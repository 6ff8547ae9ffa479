using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Store.Orleans;

/// <summary>
/// Installs the Orleans schema of every store the silo was given, early in start-up: before the silo joins the
/// cluster (membership), before any grain reads its state (storage) and before the reminder service loads its range.
/// </summary>
internal sealed partial class OrleansSchemaInstaller(IEnumerable<OrleansSchemaTarget> targets, ILogger<OrleansSchemaInstaller> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(OrleansSchemaInstaller), ServiceLifecycleStage.RuntimeInitialize, InstallAsync);

    private async Task InstallAsync(CancellationToken cancellationToken)
    {
        foreach (var target in targets.Distinct())
        {
            try
            {
                await OrleansSchema.ApplyAsync(target.Database, target.ConnectionString, target.Part, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The connection string is left out: it may carry a password.
                throw new InvalidOperationException($"installing the Orleans {target.Part} schema on {target.Database} failed: {ex.Message}", ex);
            }

            LogInstalled(logger, target.Part, target.Database);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orleans {Part} schema in place on {Database}")]
    private static partial void LogInstalled(ILogger logger, OrleansSchemaPart part, OrleansDatabase database);
}
