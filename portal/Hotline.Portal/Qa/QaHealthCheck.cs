using Hotline.Portal.Health;
using Hotline.Qa.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hotline.Portal.Qa;

/// <summary>QA is ready whether or not a Whisper model is configured (it scores what needs no words); the detail says which, and the queue's state.</summary>
public sealed class QaHealthCheck(QaPipeline pipeline) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var queue = await pipeline.Journal.ProgressAsync(cancellationToken);
        return PartState.ReadyResult($"{pipeline.ModelStatus.Message}；待转写 {queue.Queued}，转写中 {queue.Transcribing}，已完成 {queue.Done}，失败 {queue.Failed}");
    }
}
