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
        var (start, end) = Period(from, until);
        var counts = await analytics.CountsAsync(employee, from, until, start, end, clock.GetUtcNow(), cancellationToken);
        return await DraftWithAsync(actor, employee, role, from, until, (start, end), counts, cancellationToken);
    }

    /// <summary>Drafts the reviews of all <paramref name="employees"/> for the days [from, until] with one pass of the period's queries; a review
    /// already past its draft is left alone (it is not in the result). Returns the drafted reviews.</summary>
    public async Task<IReadOnlyList<ReviewSnapshot>> DraftAllAsync(PeopleActor actor, IReadOnlyList<string> employees, string role, DateOnly from, DateOnly until,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(employees);
        foreach (var employee in employees)
            ReviewPolicy.RequireDrafter(actor, employee);
        var (start, end) = Period(from, until);
        var counts = await analytics.CountsByAgentAsync(from, until, start, end, clock.GetUtcNow(), cancellationToken);
        var drafted = new List<ReviewSnapshot>();
        foreach (var employee in employees)
        {
            try
            {
                drafted.Add(await DraftWithAsync(actor, employee, role, from, until, (start, end), counts.GetValueOrDefault(employee) ?? new AgentPeriodCounts(), cancellationToken));
            }
            catch (PeopleWorkflowException)
            {
                // HR has taken this review further already; a new draft must not overwrite it.
            }
        }

        return drafted;
    }

    private (DateTimeOffset Start, DateTimeOffset End) Period(DateOnly from, DateOnly until) => until < from
        ? throw new PeopleValidationException($"The review period {from:yyyy-MM-dd} … {until:yyyy-MM-dd} ends before it starts.")
        : (calendar.StartOf(from), calendar.StartOf(until.AddDays(1)));

    // Adherence (the roster against analytics' state intervals) and exam results are per employee; the counts come in.
    private async Task<ReviewSnapshot> DraftWithAsync(PeopleActor actor, string employee, string role, DateOnly from, DateOnly until,
        (DateTimeOffset Start, DateTimeOffset End) period, AgentPeriodCounts counts, CancellationToken cancellationToken)
    {
        var (start, end) = period;
        var states = await analytics.StatesAsync(employee, start, end, cancellationToken);
        var adherence = await rosters.GetAdherenceAsync(PeopleActor.System, employee, start, end, states, cancellationToken);
        var exams = (await archive.GetTimelineAsync(PeopleActor.System, employee, cancellationToken))
            .Where(e => e.Kind == ArchiveEntryKind.Exam && e.At >= start && e.At < end && e.Score is not null).Select(e => e.Score!.Value).ToList();
        var figures = KpiFigureBuilder.Build(counts with { Adherence = adherence, ExamPercents = exams }, from, until);
        return await grains.GetGrain<IPerformanceReviewGrain>(ReviewKey.For(employee, from, until)).DraftAsync(actor, employee, role, from, until, figures);
    }
}
