using Hotline.Grains.Abstractions.Tickets;
using Microsoft.Extensions.Logging;

namespace Hotline.Grains.Tickets.Deadlines;

/// <summary>Arms the deadline sweeper's reminder when the silo becomes active (registering it again is harmless).</summary>
public sealed partial class TicketSweepStarter(IGrainFactory grains, ILogger<TicketSweepStarter> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle)
    {
        ArgumentNullException.ThrowIfNull(lifecycle);
        lifecycle.Subscribe(nameof(TicketSweepStarter), ServiceLifecycleStage.Active, StartAsync);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<ITicketSweepGrain>(ITicketSweepGrain.Key).StartAsync();
            LogStarted(logger);
        }
#pragma warning disable CA1031 // A sweeper that cannot be armed must not stop the silo; the log says so and the next start retries.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Ticket deadline sweeper could not be armed: {Reason}; tickets are not urged or escalated until the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket deadline sweeper armed")]
    private static partial void LogStarted(ILogger logger);
}
