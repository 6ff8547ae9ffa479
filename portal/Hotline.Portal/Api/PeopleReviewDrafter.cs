using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Reviews;

namespace Hotline.Portal.Api;

/// <summary>Drafts a review the way the design asks: the host gathers the figures (analytics, the roster's adherence over analytics' state intervals, exam results from the archive) and hands them to the review grain.</summary>
public sealed class PeopleReviewDrafter(PeopleAnalytics analytics, IRosterBook rosters, IEmployeeArchive archive, IGrainFactory grains, PeopleCalendar calendar, TimeProvider clock)
{
    /// <summary>Gathers <paramref name="employee"/>'s figures for the days [from, until] and drafts (or redrafts) the review as <paramref name="actor"/>.</summary>
    public async Task<ReviewSnapshot> DraftAsync(PeopleActor actor, string employee, string role, DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        // Checked before the analytics queries so a refused caller costs nothing.
        ReviewPolicy.RequireDrafter(actor, employee);
        if (until < from)
            throw new PeopleValidationException($"The review period {from:yyyy-MM-dd} … {until:yyyy-MM-dd} ends before it starts.");
        var (start, end) = (calendar.StartOf(from), calendar.StartOf(until.AddDays(1)));
        var counts = await analytics.CountsAsync(employee, from, until, start, end, clock.GetUtcNow(), cancellationToken);
        var states = await analytics.StatesAsync(employee, start, end, cancellationToken);
        var adherence = await rosters.GetAdherenceAsync(PeopleActor.System, employee, start, end, states, cancellationToken);
        var exams = (await archive.GetTimelineAsync(PeopleActor.System, employee, cancellationToken))
            .Where(e => e.Kind == ArchiveEntryKind.Exam && e.At >= start && e.At < end && e.Score is not null).Select(e => e.Score!.Value).ToList();
        var figures = KpiFigureBuilder.Build(counts with { Adherence = adherence, ExamPercents = exams }, from, until);
        return await grains.GetGrain<IPerformanceReviewGrain>(ReviewKey.For(employee, from, until)).DraftAsync(actor, employee, role, from, until, figures);
    }
}
