namespace Hotline.Portal.Jobs;

/// <summary>The work of a job: reports its progress, honours the cancellation and returns the result's portal path (or null).</summary>
public delegate Task<string?> JobWork(IProgress<JobStep> progress, CancellationToken cancellationToken);
