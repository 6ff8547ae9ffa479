using Microsoft.Extensions.Hosting;

namespace Hotline.Qa.Work;

/// <summary>Runs <paramref name="count"/> transcription workers over the shared queue until the host stops; idle workers poll.</summary>
/// <remarks>Separate worker processes run the same loop over the same <c>&lt;DataDir&gt;/qa/queue</c>: capacity grows by adding them.</remarks>
public sealed class QaWorkerPool(IReadOnlyList<QaWorker> workers, TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(workers.Select(w => Task.Run(() => RunAsync(w, stoppingToken), stoppingToken)));

    private async Task RunAsync(QaWorker worker, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await worker.RunOnceAsync(stoppingToken))
                    await Task.Delay(IdlePoll, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
