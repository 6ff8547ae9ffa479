using System.Collections.Concurrent;
using Hotline.Portal.Jobs;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Portal.Tests.Jobs;

/// <summary>Background jobs: progress pushed to subscribers, cancellation by the owner (or an administrator) only, failures kept with their message.</summary>
[Trait("Category", "Unit")]
public sealed class PortalJobsTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly PortalJobs _jobs = new(TimeProvider.System, NullLogger<PortalJobs>.Instance);

    public void Dispose() => _jobs.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Progress_reaches_subscribers_in_order_and_the_job_ends_with_its_result()
    {
        var seen = new ConcurrentQueue<JobSnapshot>();
        _jobs.Changed += seen.Enqueue;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var started = _jobs.Start("report", "analyst", "日报 2026-11-27", async (progress, ct) =>
        {
            progress.Report(new JobStep(0.3, "report-loading"));
            await release.Task.WaitAsync(ct);
            progress.Report(new JobStep(0.8, "report-writing"));
            return "/api/v1/reports/archive/r1";
        });
        Assert.Equal((JobState.Running, PortalJobs.Queued), (started.State, started.Stage));
        release.SetResult();
        var ended = await _jobs.WhenEndedAsync(started.Id, Token).WaitAsync(Deadline, Token);

        Assert.Equal((JobState.Succeeded, 1.0, PortalJobs.Done, "/api/v1/reports/archive/r1"), (ended.State, ended.Fraction, ended.Stage, ended.Result));
        Assert.NotNull(ended.EndedAt);
        var stages = seen.Where(s => s.Id == started.Id).Select(s => (s.Stage, s.Fraction)).ToList();
        Assert.Equal([(PortalJobs.Queued, 0.0), ("report-loading", 0.3), ("report-writing", 0.8), (PortalJobs.Done, 1.0)], stages);
        Assert.Equal([started.Id], _jobs.For("analyst").Select(j => j.Id));
        Assert.Empty(_jobs.For("someone-else"));
    }

    [Fact]
    public async Task The_owner_cancels_a_running_job_and_the_work_sees_the_request()
    {
        var sawCancellation = false;
        var working = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = _jobs.Start("report", "analyst", "月度分析报告", async (progress, ct) =>
        {
            try
            {
                working.SetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            }
            catch (OperationCanceledException)
            {
                sawCancellation = true;
                throw;
            }
            return null;
        });

        await working.Task.WaitAsync(Deadline, Token);
        Assert.Throws<JobAccessException>(() => _jobs.Cancel(job.Id, "hr", mayCancelAny: false));
        Assert.True(_jobs.Find(job.Id)!.IsRunning, "a refused cancel must leave the job running");
        _jobs.Cancel(job.Id, "analyst", mayCancelAny: false);
        var ended = await _jobs.WhenEndedAsync(job.Id, Token).WaitAsync(Deadline, Token);

        Assert.Equal(JobState.Cancelled, ended.State);
        Assert.True(sawCancellation);
        Assert.Null(ended.Result);
        // Cancelling again, or after the end, changes nothing.
        Assert.Equal(JobState.Cancelled, _jobs.Cancel(job.Id, "analyst", mayCancelAny: false).State);
    }

    [Fact]
    public async Task An_administrator_may_cancel_anyones_job()
    {
        var job = _jobs.Start("export", "analyst", "导出", async (_, ct) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return null;
        });

        _jobs.Cancel(job.Id, "admin", mayCancelAny: true);

        Assert.Equal(JobState.Cancelled, (await _jobs.WhenEndedAsync(job.Id, Token).WaitAsync(Deadline, Token)).State);
    }

    [Fact]
    public async Task A_failing_job_keeps_the_reason_and_late_progress_does_not_reopen_it()
    {
        IProgress<JobStep>? kept = null;
        var job = _jobs.Start("report", "analyst", "质检报告", (progress, _) =>
        {
            kept = progress;
            throw new InvalidOperationException("分析库不可用");
        });

        var ended = await _jobs.WhenEndedAsync(job.Id, Token).WaitAsync(Deadline, Token);
        kept!.Report(new JobStep(0.5, "report-writing"));

        Assert.Equal((JobState.Failed, "分析库不可用"), (ended.State, ended.Error));
        Assert.Equal((JobState.Failed, PortalJobs.Queued), (_jobs.Find(job.Id)!.State, _jobs.Find(job.Id)!.Stage));
    }

    [Fact]
    public void Unknown_jobs_and_empty_arguments_are_refused_by_name()
    {
        var unknown = Assert.Throws<KeyNotFoundException>(() => _jobs.Cancel("nope", "analyst", mayCancelAny: true));
        Assert.Contains("'nope'", unknown.Message, StringComparison.Ordinal);
        Assert.Null(_jobs.Find("nope"));
        Assert.Throws<ArgumentException>(() => _jobs.Start("report", " ", "日报", (_, _) => Task.FromResult<string?>(null)));
    }
}
