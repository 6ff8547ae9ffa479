namespace Hotline.Telephony.Ivr;

/// <summary>Runs IVR flows against a call's <see cref="IIvrChannel"/> and returns what to do with the call.</summary>
/// <remarks>
/// The engine is stateless and thread-safe; each run keeps its own variables and path. A run never spins:
/// validation rejects cycles without a waiting node, and <see cref="MaxSteps"/> caps the nodes entered per run.
/// Cancelling the token (the caller hung up) ends the run at the next await with <see cref="IvrOutcomeKind.CallerHungUp"/>.
/// </remarks>
public sealed class IvrEngine
{
    /// <summary>Default cap on nodes entered in one run.</summary>
    public const int DefaultMaxSteps = 200;

    /// <summary>Creates an engine.</summary>
    /// <param name="ticketLookup">Answers query-ticket nodes; null makes them say the service is unavailable.</param>
    /// <param name="timeProvider">Clock for time branches and the path; defaults to the system clock.</param>
    /// <param name="maxSteps">Cap on nodes entered per run.</param>
    public IvrEngine(ITicketStatusLookup? ticketLookup = null, TimeProvider? timeProvider = null, int maxSteps = DefaultMaxSteps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSteps, 1);
        TicketLookup = ticketLookup;
        Time = timeProvider ?? TimeProvider.System;
        MaxSteps = maxSteps;
    }

    /// <summary>Cap on nodes entered per run.</summary>
    public int MaxSteps { get; }

    internal ITicketStatusLookup? TicketLookup { get; }

    internal TimeProvider Time { get; }

    /// <summary>Runs <paramref name="flow"/> on <paramref name="channel"/> until an outcome.</summary>
    /// <exception cref="ArgumentException">The flow has validation errors.</exception>
    public async Task<IvrOutcome> RunAsync(IvrFlow flow, IIvrChannel channel, IvrContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(context);
        var validation = IvrFlowValidator.Validate(flow);
        if (!validation.IsValid)
        {
            throw new ArgumentException(
                $"Flow '{flow.Id}' is not valid: {string.Join("; ", validation.Errors)}", nameof(flow));
        }
        var run = new IvrRun(this, flow, channel, context, cancellationToken);
        try
        {
            return await run.ExecuteAsync();
        }
        catch (OperationCanceledException)
        {
            // The channel may notice the call ended (its media closed) before the caller's token is cancelled.
            return run.Finish(IvrOutcomeKind.CallerHungUp, reason: cancellationToken.IsCancellationRequested ? "caller hung up" : "call ended");
        }
    }
}
