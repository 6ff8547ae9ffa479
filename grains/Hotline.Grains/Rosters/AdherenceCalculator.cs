using Hotline.Grains.Abstractions.People;

namespace Hotline.Grains.Rosters;

/// <summary>
/// Schedule adherence: during scheduled work the agent should be in a working state (ready, ringing, talking, wrap-up);
/// every scheduled work minute spent otherwise (not ready, logged out, or with no state recorded) is out of adherence.
/// </summary>
public static class AdherenceCalculator
{
    /// <summary>The states that count as working.</summary>
    public static IReadOnlySet<string> WorkingStates { get; } =
        new HashSet<string>(["Ready", "Ringing", "Talking", "WrapUp"], StringComparer.Ordinal);

    /// <summary>The label of time with no recorded state.</summary>
    public const string NoState = "None";

    /// <summary>Adherence of <paramref name="agent"/> over [from, until) given its schedule and state intervals.</summary>
    public static AdherenceReport Compute(string agent, DateTimeOffset from, DateTimeOffset until, IReadOnlyList<ScheduledSpan> schedule, IReadOnlyList<AgentStateSpan> states)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(states);
        var bad = states.FirstOrDefault(s => s.To < s.From);
        if (bad is not null)
            throw new PeopleValidationException($"The {bad.State} interval of {agent} ends at {bad.To:O}, before it starts at {bad.From:O}.");
        var work = ShiftExpander.Clip(schedule.Where(s => s.Kind == ScheduledSpanKind.Work), from, until).OrderBy(s => s.From).ToList();
        var sorted = states.OrderBy(s => s.From).ToList();
        double scheduled = 0, inAdherence = 0;
        var outside = new List<AdherenceSpan>();
        foreach (var span in work)
        {
            scheduled += (span.To - span.From).TotalMinutes;
            foreach (var (segmentFrom, segmentTo, label) in Segments(span.From, span.To, sorted))
            {
                if (label is null)
                {
                    inAdherence += (segmentTo - segmentFrom).TotalMinutes;
                    continue;
                }

                // Touching spans with the same label read as one in the list.
                if (outside.Count > 0 && outside[^1].To == segmentFrom && outside[^1].Actual == label)
                    outside[^1] = outside[^1] with { To = segmentTo };
                else
                    outside.Add(new AdherenceSpan(segmentFrom, segmentTo, label));
            }
        }

        return new AdherenceReport { Agent = agent, From = from, To = until, ScheduledMinutes = scheduled, InAdherenceMinutes = inAdherence, OutOfAdherence = outside };
    }

    // Cuts [from, to) at every state boundary; each piece is labelled null (working) or with what the agent was doing instead.
    private static IEnumerable<(DateTimeOffset From, DateTimeOffset To, string? Label)> Segments(DateTimeOffset from, DateTimeOffset to, List<AgentStateSpan> states)
    {
        var overlapping = states.Where(s => s.To > from && s.From < to).ToList();
        var cuts = overlapping.SelectMany(s => new[] { s.From, s.To }).Where(t => t > from && t < to).Append(from).Append(to).Distinct().Order().ToList();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (a, b) = (cuts[i], cuts[i + 1]);
            // Intervals should not overlap; if two do, a working one wins (the agent was reachable).
            var covering = overlapping.Where(s => s.From <= a && s.To >= b).ToList();
            if (covering.Any(s => WorkingStates.Contains(s.State)))
                yield return (a, b, null);
            else if (covering.Count == 0)
                yield return (a, b, NoState);
            else
                yield return (a, b, Label(covering[^1]));
        }
    }

    private static string Label(AgentStateSpan state) => string.IsNullOrEmpty(state.Reason) ? state.State : $"{state.State}:{state.Reason}";
}
