namespace Hotline.Portal.People;

/// <summary>The monthly review drafting (one grain, key "default"): drafts last month's performance review of every member of the
/// configured role once the month is over, woken by an Orleans reminder, catching up months missed while the platform was down.</summary>
public interface IReviewDraftScheduleGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the wake-up is registered (and drafts what is due, in the background).</summary>
    Task StartAsync();

    /// <summary>Drafts every review due now; returns the review keys drafted.</summary>
    Task<IReadOnlyList<string>> RunDueAsync();
}
