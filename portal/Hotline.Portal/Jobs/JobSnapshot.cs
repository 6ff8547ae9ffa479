namespace Hotline.Portal.Jobs;

/// <summary>A job as its owner sees it at one moment.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Kind">What kind of work (e.g. <c>report</c>).</param>
/// <param name="Owner">The user who started it.</param>
/// <param name="Title">What it makes, in the owner's words (e.g. 日报 2026-11-27).</param>
/// <param name="State">Running or how it ended.</param>
/// <param name="Fraction">The share done, 0–1.</param>
/// <param name="Stage">The stage key (see JobText).</param>
/// <param name="Result">Where the result can be fetched once it succeeded (a portal path), if it has one.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended.</param>
public sealed record JobSnapshot(
    string Id, string Kind, string Owner, string Title, JobState State, double Fraction, string Stage, string? Result, string? Error,
    DateTimeOffset StartedAt, DateTimeOffset? EndedAt)
{
    /// <summary>Whether the job may still change.</summary>
    public bool IsRunning => State == JobState.Running;
}
