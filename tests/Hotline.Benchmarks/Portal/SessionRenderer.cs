// A circuit is simulated with the renderer a circuit uses; that API is the point here, however much it may change between releases.
#pragma warning disable BL0006
using System.Diagnostics;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.Logging;

namespace Hotline.Benchmarks.Portal;

/// <summary>
/// One simulated wallboard session at the circuit level: the real Blazor renderer and dispatcher a circuit uses, producing the same render
/// batches, minus the SignalR connection that would carry them to a browser. Records when each batch was produced.
/// </summary>
internal sealed class SessionRenderer(IServiceProvider services, ILoggerFactory logs) : Renderer(services, logs)
{
    private long _lastBatchTicks;
    private long _batches;

    /// <inheritdoc />
    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    /// <summary>Render batches produced so far.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>When the last batch was produced (<see cref="Stopwatch"/> ticks).</summary>
    public long LastBatchTicks => Interlocked.Read(ref _lastBatchTicks);

    /// <summary>The first exception a component threw, if any (a session with an error would show the error UI, not updates).</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Renders a <typeparamref name="T"/> as the session's page.</summary>
    public Task ShowAsync<T>()
        where T : IComponent =>
        Dispatcher.InvokeAsync(() => RenderRootComponentAsync(AssignRootComponentId(InstantiateComponent(typeof(T)))));

    /// <inheritdoc />
    protected override void HandleException(Exception exception) => Failure ??= exception;

    /// <inheritdoc />
    protected override Task UpdateDisplayAsync(in RenderBatch renderBatch)
    {
        Interlocked.Exchange(ref _lastBatchTicks, Stopwatch.GetTimestamp());
        Interlocked.Increment(ref _batches);
        return Task.CompletedTask;
    }
}
