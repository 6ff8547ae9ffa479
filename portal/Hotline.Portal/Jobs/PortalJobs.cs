using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hotline.Portal.Jobs;

/// <summary>
/// The long work people start from the portal (report generation, imports, exports): runs it in the background with
/// progress, lets its owner or an administrator cancel it, and keeps the last finished jobs so their outcome stays
/// visible. Pages follow <see cref="Changed"/> (pushed, no polling); the REST API reads snapshots.
/// </summary>
public sealed partial class PortalJobs(TimeProvider clock, ILogger<PortalJobs> logger) : IDisposable
{
    /// <summary>How many finished jobs are kept in memory for their owners to see.</summary>
    public const int FinishedKept = 200;

    /// <summary>The stage key of a job that has not reported progress yet.</summary>
    public const string Queued = "queued";

    /// <summary>The stage key of a job that ended.</summary>
    public const string Done = "done";

    private readonly ConcurrentDictionary<string, RunningJob> _jobs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Raised on every change of any job (start, progress, end); handlers must be quick and must not throw.</summary>
    public event Action<JobSnapshot>? Changed;

    /// <summary>Starts <paramref name="work"/> in the background for <paramref name="owner"/> and returns its first snapshot.</summary>
    public JobSnapshot Start(string kind, string owner, string title, JobWork work)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(work);
        var id = Guid.NewGuid().ToString("N")[..16];
        var job = new RunningJob(
            new JobSnapshot(id, kind, owner, title, JobState.Running, 0, Queued, null, null, clock.GetUtcNow(), null),
            CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token));
        _jobs[id] = job;
        Publish(job.Snapshot);
        job.Completion = Task.Run(() => RunAsync(job, work));
        return job.Snapshot;
    }

    /// <summary>The job <paramref name="id"/>, or null when there is none (never started, or finished long ago).</summary>
    public JobSnapshot? Find(string id) => _jobs.TryGetValue(id, out var job) ? job.Snapshot : null;

    /// <summary>The jobs <paramref name="owner"/> started, newest first.</summary>
    public IReadOnlyList<JobSnapshot> For(string owner) =>
        [.. _jobs.Values.Select(j => j.Snapshot).Where(s => string.Equals(s.Owner, owner, StringComparison.Ordinal)).OrderByDescending(s => s.StartedAt)];

    /// <summary>Asks job <paramref name="id"/> to stop; only its owner, or someone who may cancel any job, may. A job that already ended is returned as it is.</summary>
    /// <exception cref="KeyNotFoundException">There is no such job.</exception>
    /// <exception cref="JobAccessException">The user may not cancel it.</exception>
    public JobSnapshot Cancel(string id, string user, bool mayCancelAny)
    {
        if (!_jobs.TryGetValue(id, out var job))
            throw new KeyNotFoundException($"There is no job '{id}'.");
        if (!mayCancelAny && !string.Equals(job.Snapshot.Owner, user, StringComparison.Ordinal))
            throw new JobAccessException($"Job '{id}' belongs to '{job.Snapshot.Owner}'; '{user}' may not cancel it.");
        try
        {
            if (job.Snapshot.IsRunning)
                job.Cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // It ended between the check and the request: nothing left to stop.
        }
        return job.Snapshot;
    }

    /// <summary>Waits until job <paramref name="id"/> has ended and returns its last snapshot.</summary>
    public async Task<JobSnapshot> WhenEndedAsync(string id, CancellationToken cancellationToken)
    {
        if (!_jobs.TryGetValue(id, out var job))
            throw new KeyNotFoundException($"There is no job '{id}'.");
        await job.Completion.WaitAsync(cancellationToken);
        return job.Snapshot;
    }

    /// <summary>Cancels every running job (the host is stopping).</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RunAsync(RunningJob job, JobWork work)
    {
        var token = job.Cancellation.Token;
        try
        {
            token.ThrowIfCancellationRequested();
            var result = await work(new JobProgress(this, job), token);
            Update(job, s => s with { State = JobState.Succeeded, Fraction = 1, Stage = Done, Result = result, EndedAt = clock.GetUtcNow() });
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Update(job, s => s with { State = JobState.Cancelled, EndedAt = clock.GetUtcNow() });
        }
#pragma warning disable CA1031 // Any failure of the work ends the job as failed, with the message its owner reads.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            LogFailed(failure, job.Snapshot.Id, job.Snapshot.Kind, job.Snapshot.Title);
            Update(job, s => s with { State = JobState.Failed, Error = failure.Message, EndedAt = clock.GetUtcNow() });
        }
        finally
        {
            job.Cancellation.Dispose();
            ForgetOldest();
        }
    }

    private void Update(RunningJob job, Func<JobSnapshot, JobSnapshot> change)
    {
        JobSnapshot updated;
        lock (job)
        {
            // Progress that arrives after the end (a late report from the work) must not reopen it.
            if (!job.Snapshot.IsRunning)
                return;
            updated = change(job.Snapshot);
            job.Snapshot = updated;
        }
        Publish(updated);
    }

    private void Publish(JobSnapshot snapshot)
    {
        try
        {
            Changed?.Invoke(snapshot);
        }
#pragma warning disable CA1031 // A broken page subscription must not stop the job.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            LogSubscriberFailed(failure, snapshot.Id);
        }
    }

    private void ForgetOldest()
    {
        var finished = _jobs.Values.Select(j => j.Snapshot).Where(s => !s.IsRunning).OrderByDescending(s => s.EndedAt).Skip(FinishedKept).ToList();
        foreach (var old in finished)
            _jobs.TryRemove(old.Id, out _);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Id} ({Kind}: {Title}) failed.")]
    private partial void LogFailed(Exception failure, string id, string kind, string title);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber to job {Id}'s changes failed.")]
    private partial void LogSubscriberFailed(Exception failure, string id);

    private sealed class RunningJob(JobSnapshot first, CancellationTokenSource cancellation)
    {
        public JobSnapshot Snapshot { get; set; } = first;

        public CancellationTokenSource Cancellation { get; } = cancellation;

        public Task Completion { get; set; } = Task.CompletedTask;
    }

    // Reports go straight to the job (not through Progress<T>, which would post to whatever context started the job).
    private sealed class JobProgress(PortalJobs jobs, RunningJob job) : IProgress<JobStep>
    {
        public void Report(JobStep value) =>
            jobs.Update(job, s => s with { Fraction = Math.Clamp(value.Fraction, 0, 1), Stage = value.Stage });
    }
}
