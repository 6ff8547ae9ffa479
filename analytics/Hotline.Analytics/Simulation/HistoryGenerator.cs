using Hotline.Analytics.Schema;
using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Simulation;

/// <summary>Generates years of realistic, seeded history, one local day at a time: calls, tickets with their workflow, agent states,
/// surveys, QA scores with their item results, some transcripts and queue snapshots.</summary>
/// <remarks>
/// Demand follows <see cref="DemandProfile"/> (growth, weekday, month, Spring Festival, holidays, travel rush). About half of the
/// answered calls become tickets, other channels add more; tickets are dispatched, answered, visited back and closed over the
/// following days. The injected incident multiplies complaints about one taxi company (绕路, 多收费) for ten days.
/// Event ids derive from the seed, so regenerating the same history yields the same ids.
/// </remarks>
public sealed class HistoryGenerator(HistoryOptions options)
{
    private static readonly string[] s_queues = ["complaints", "enquiries"];
    private readonly string[] _agents = [.. Enumerable.Range(8001, Math.Max(1, options.Agents)).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    private static readonly (HistoryCatalog.Category Item, double Weight)[] s_categories = [.. HistoryCatalog.Categories.Select(c => (c, c.Weight))];

    /// <summary>The first day and the day after the last, for <paramref name="today"/>.</summary>
    public (DateOnly From, DateOnly To) Range(DateOnly today) => options.Range(today);

    /// <summary>The incident's first day, or null when none is injected.</summary>
    public DateOnly? IncidentStart(DateOnly today) => options.IncidentDaysBeforeEnd is { } days ? Range(today).To.AddDays(-days) : null;

    /// <summary>Every day's events in order; each day's list holds that day's calls and everything that follows from them.</summary>
    public IEnumerable<IReadOnlyList<IDomainEvent>> Days(DateOnly today)
    {
        var (from, to) = Range(today);
        var incident = IncidentStart(today);
        for (var day = from; day < to; day = day.AddDays(1))
            yield return Day(day, to, incident);
    }

    /// <summary>One day's events; deterministic for the seed and the day.</summary>
    public IReadOnlyList<IDomainEvent> Day(DateOnly day, DateOnly end, DateOnly? incident)
    {
        var random = new Random(HashCode.Combine(options.Seed, day.DayNumber));
        var ids = new IdSource(options.Seed, day);
        var events = new List<IDomainEvent>();
        var calls = Poisson(random, DemandProfile.CallsOn(day, end, options));
        var busy = new Dictionary<string, double>(StringComparer.Ordinal);
        var serial = 0;
        for (var i = 0; i < calls; i++)
        {
            var call = Call(random, ids, day, i);
            events.Add(call);
            if (call.AnsweredAt is null)
                continue;
            busy[call.AgentId] = busy.GetValueOrDefault(call.AgentId) + call.TalkSeconds + call.HoldSeconds + call.WrapUpSeconds;
            events.Add(new AgentStateInterval
            {
                EventId = ids.Next(), AgentId = call.AgentId, State = "Talking", Queue = call.Queue,
                StartedAt = call.AnsweredAt.Value, EndedAt = call.EndedAt,
            });
            events.Add(new AgentStateInterval
            {
                EventId = ids.Next(), AgentId = call.AgentId, State = "WrapUp", Queue = call.Queue,
                StartedAt = call.EndedAt, EndedAt = call.WrapUpEndedAt ?? call.EndedAt,
            });
            if (random.NextDouble() < 0.3)
                events.Add(new SurveyResult { EventId = ids.Next(), CallId = call.CallId, AgentId = call.AgentId, Queue = call.Queue, Rating = Rating(random), Channel = "ivr", AnsweredAt = call.EndedAt.AddSeconds(25) });
            if (random.NextDouble() < 0.1)
            {
                var score = new QaScore { EventId = ids.Next(), CallId = call.CallId, AgentId = call.AgentId, Scorecard = "标准评分表", Score = Math.Round(70 + (random.NextDouble() * 30), 1), MaxScore = 100, ScoredBy = "auto", ScoredAt = call.EndedAt.AddMinutes(30), CallArrivedAt = call.ArrivedAt };
                events.Add(score);
                // A random of its own, so the items leave the rest of the day's draws (and so the rest of the history) as they were.
                events.AddRange(QaItemHistory.Split(score, new Random(HashCode.Combine(options.Seed, day.DayNumber, i)), ids.Next));
            }
            if (random.NextDouble() < 0.5)
                events.AddRange(Ticket(random, ids, day, serial++, call.ArrivedAt.AddSeconds(call.WaitSeconds + call.TalkSeconds), "Phone", call));
        }

        // Other channels: about a third as many tickets again, spread over the day.
        var written = Poisson(random, serial * 0.6);
        for (var i = 0; i < written; i++)
        {
            var at = AnalyticsTime.StartOf(day).AddHours(DemandProfile.DrawHour(random)).AddSeconds(random.Next(3600));
            var channel = HistoryCatalog.Pick(random, HistoryCatalog.Channels);
            events.AddRange(Ticket(random, ids, day, serial++, at, channel == "Phone" ? "WeChat" : channel, null));
        }

        // The incident: extra complaints about one taxi company for ten days, with calls that say so.
        if (incident is { } start && day >= start && day < start.AddDays(10))
        {
            // Rises and falls over the ten days; at its peak half as many extra calls as the day's normal demand.
            var extra = Poisson(random, options.CallsPerDay * (0.15 + (0.35 * Math.Sin(Math.PI * (day.DayNumber - start.DayNumber + 0.5) / 10))));
            for (var i = 0; i < extra; i++)
            {
                var call = Call(random, ids, day, calls + i) with { Queue = "complaints", Skills = ["complaint"] };
                if (call.AnsweredAt is null)
                    continue;
                events.Add(call);
                events.AddRange(Ticket(random, ids, day, serial++, call.EndedAt, "Phone", call, forceIncident: true));
                events.Add(new TranscriptSegment { EventId = ids.Next(), CallId = call.CallId, CallArrivedAt = call.ArrivedAt, Index = 0, Speaker = "agent", EndSeconds = 4, Text = "您好，12328交通运输服务监督热线，请讲。", Confidence = 0.95 });
                events.Add(new TranscriptSegment { EventId = ids.Next(), CallId = call.CallId, CallArrivedAt = call.ArrivedAt, Index = 1, Speaker = "caller", StartSeconds = 5, EndSeconds = 20, Text = "京城出租的车又绕路了，还多收费，这已经是这周第二次。", Confidence = 0.9 });
            }
        }

        // Agents: the rest of each working agent's eight-hour shift was spent ready.
        foreach (var (agent, seconds) in busy)
        {
            var shift = 8 * 3600.0;
            var shiftStart = AnalyticsTime.StartOf(day).AddHours(8);
            events.Add(new AgentStateInterval { EventId = ids.Next(), AgentId = agent, State = "Ready", StartedAt = shiftStart, EndedAt = shiftStart.AddSeconds(Math.Max(shift - seconds, 600)) });
        }

        if (day >= end.AddDays(-options.SnapshotDays))
            events.AddRange(Snapshots(random, ids, day, options));
        return events;
    }

    private CallDetailRecord Call(Random random, IdSource ids, DateOnly day, int index)
    {
        var arrived = AnalyticsTime.StartOf(day).AddHours(DemandProfile.DrawHour(random)).AddSeconds(random.NextDouble() * 3600);
        var queue = random.NextDouble() < 0.55 ? s_queues[0] : s_queues[1];
        var ivrSeconds = 8 + (random.NextDouble() * 25);
        var ivrOnly = random.NextDouble() < 0.08;
        var peak = DemandProfile.HourShare(arrived.ToOffset(AnalyticsTime.Offset).Hour) > 0.07;
        var wait = Math.Round(-Math.Log(1 - random.NextDouble()) * (peak ? 35 : 12), 1);
        var abandoned = !ivrOnly && random.NextDouble() < Math.Min(0.4, wait / 400);
        var answered = !ivrOnly && !abandoned;
        var talk = answered ? Math.Round(60 + (-Math.Log(1 - random.NextDouble()) * (queue == "complaints" ? 240 : 150)), 1) : 0;
        var hold = answered && random.NextDouble() < 0.2 ? Math.Round(random.NextDouble() * 90, 1) : 0;
        var wrap = answered ? Math.Round(15 + (random.NextDouble() * 60), 1) : 0;
        var queuedAt = ivrOnly ? (DateTimeOffset?)null : arrived.AddSeconds(ivrSeconds);
        var answeredAt = answered ? queuedAt!.Value.AddSeconds(wait) : (DateTimeOffset?)null;
        var ended = ivrOnly ? arrived.AddSeconds(ivrSeconds) : abandoned ? queuedAt!.Value.AddSeconds(wait) : answeredAt!.Value.AddSeconds(talk + hold);
        var agent = answered ? _agents[random.Next(_agents.Length)] : "";
        var callId = $"c{day:yyyyMMdd}-{index:D5}";
        var transferred = answered && random.NextDouble() < 0.04;
        return new CallDetailRecord
        {
            EventId = ids.Next(),
            CallId = callId,
            CallerNumber = $"+8613{random.Next(100_000_000, 999_999_999)}",
            CalledNumber = "12328",
            ServiceNumber = "12328",
            Region = HistoryCatalog.Pick(random, HistoryCatalog.Regions),
            Queue = ivrOnly ? "" : queue,
            AgentId = agent,
            Skills = ivrOnly ? [] : [queue == "complaints" ? "complaint" : "enquiry"],
            IvrPath = ivrOnly ? ["welcome", "menu", "ticket-status"] : ["welcome", "menu", queue == "complaints" ? "complaint" : "enquiry"],
            ArrivedAt = arrived,
            QueuedAt = queuedAt,
            OfferedAt = answeredAt?.AddSeconds(-3),
            AnsweredAt = answeredAt,
            EndedAt = ended,
            WrapUpEndedAt = answered ? ended.AddSeconds(wrap) : null,
            WaitSeconds = ivrOnly ? 0 : wait,
            TalkSeconds = talk,
            HoldSeconds = hold,
            WrapUpSeconds = wrap,
            Transfers = transferred ? [new TransferHop(ended.AddSeconds(-30), agent, _agents[random.Next(_agents.Length)], random.NextDouble() < 0.5)] : [],
            EndCause = ivrOnly ? CallEndCause.IvrOnly : abandoned ? CallEndCause.Abandoned : CallEndCause.Completed,
            RecordingPath = answered ? $"recordings/{day:yyyy/MM/dd}/{callId}.wav" : "",
            RtcpLossFraction = answered ? Math.Round(random.NextDouble() * random.NextDouble() * 0.03, 4) : 0,
            RtcpJitterMilliseconds = answered ? Math.Round(2 + (random.NextDouble() * 25), 1) : 0,
        };
    }

    private static IEnumerable<IDomainEvent> Ticket(Random random, IdSource ids, DateOnly day, int serial, DateTimeOffset at, string channel,
        CallDetailRecord? call, bool forceIncident = false)
    {
        var category = forceIncident ? HistoryCatalog.Categories[0] : HistoryCatalog.Pick(random, s_categories);
        var enterprises = HistoryCatalog.Enterprises.GetValueOrDefault(category.Trade);
        var enterprise = forceIncident ? HistoryCatalog.IncidentEnterprise
            : enterprises is null || random.NextDouble() < 0.2 ? "" : HistoryCatalog.PickZipf(random, enterprises);
        var number = $"12328-{day:yyyyMMdd}-{serial:D6}";
        var created = new TicketEvent
        {
            EventId = ids.Next(),
            TicketNumber = number,
            Sequence = 1,
            Kind = TicketEventKind.Created,
            OccurredAt = at,
            TicketCreatedAt = at,
            TicketType = category.TicketType,
            CategoryPath = category.Path,
            Channel = channel,
            Region = call?.Region is { Length: > 0 } region ? region : HistoryCatalog.Pick(random, HistoryCatalog.Regions),
            Industry = category.Path[0],
            Enterprise = enterprise,
            Route = category.Trade == HistoryCatalog.Bus ? $"{1 + (int)(300 * random.NextDouble() * random.NextDouble())}路" : "",
            Plate = category.Trade is HistoryCatalog.Taxi or HistoryCatalog.RideHailing ? $"京B{10000 + (int)(90000 * Math.Pow(random.NextDouble(), 3)):D5}" : "",
            State = "已受理",
            Actor = call?.AgentId ?? "web",
            Text = $"{category.Phrases[random.Next(category.Phrases.Length)]}。{(forceIncident ? "又是京城出租，绕路还多收费。" : "")}\n\n来电人要求尽快处理并回复。",
            CallId = call?.CallId ?? "",
        };
        yield return created;
        if (category.TicketType is "Enquiry" or "Praise")
        {
            yield return Step(created, ids, TicketEventKind.Closed, "已办结", at.AddMinutes(5), "直接答复");
            yield break;
        }

        var dispatched = Step(created, ids, TicketEventKind.Dispatched, "办理中", at.AddHours(1 + (random.NextDouble() * 5)), "");
        yield return dispatched;
        var handling = dispatched;
        if (random.NextDouble() < 0.1)
        {
            handling = Step(dispatched, ids, TicketEventKind.Urged, "办理中", dispatched.OccurredAt.AddDays(2 + random.NextDouble()), "");
            yield return handling;
        }

        var replied = Step(handling, ids, TicketEventKind.Replied, "已答复", handling.OccurredAt.AddDays(0.5 + (random.NextDouble() * 5)), "经核实，已对相关人员进行教育处理。");
        yield return replied;
        var visited = Step(replied, ids, TicketEventKind.VisitedBack, "已回访", replied.OccurredAt.AddDays(1 + random.NextDouble()), "回访满意");
        yield return visited;
        yield return Step(visited, ids, TicketEventKind.Closed, "已结案", visited.OccurredAt.AddHours(2), "");
    }

    private static TicketEvent Step(TicketEvent previous, IdSource ids, TicketEventKind kind, string state, DateTimeOffset at, string text) => previous with
    {
        EventId = ids.Next(), Sequence = previous.Sequence + 1, Kind = kind, State = state, OccurredAt = at, Text = text,
        Actor = kind is TicketEventKind.Replied ? "handling-unit" : previous.Actor,
    };

    private static IEnumerable<IDomainEvent> Snapshots(Random random, IdSource ids, DateOnly day, HistoryOptions options)
    {
        for (var minute = 0; minute < 24 * 60; minute += 5)
        {
            var at = AnalyticsTime.StartOf(day).AddMinutes(minute);
            var load = DemandProfile.HourShare(minute / 60) * options.CallsPerDay / 60;
            foreach (var queue in s_queues)
            {
                var waiting = Poisson(random, load * 0.3);
                yield return new QueueSnapshotTaken
                {
                    EventId = ids.Next(), Queue = queue, TakenAt = at, CallsWaiting = waiting, LongestWaitSeconds = waiting == 0 ? 0 : Math.Round(random.NextDouble() * 20 * waiting, 1),
                    AgentsReady = random.Next(0, 6), AgentsBusy = random.Next(2, 15), AgentsWrapUp = random.Next(0, 4), AgentsNotReady = random.Next(0, 3),
                };
            }
        }

    }

    private static int Rating(Random random)
    {
        var r = random.NextDouble();
        return r < 0.55 ? 5 : r < 0.8 ? 4 : r < 0.9 ? 3 : r < 0.96 ? 2 : 1;
    }

    /// <summary>A Poisson draw (normal approximation above 50).</summary>
    private static int Poisson(Random random, double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 50)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * normal)));
        }

        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
            count++;
        return count;
    }

    /// <summary>Deterministic event ids: seed, day and a running number.</summary>
    private sealed class IdSource(int seed, DateOnly day)
    {
        private int _next;

        public Guid Next()
        {
            Span<byte> bytes = stackalloc byte[16];
            BitConverter.TryWriteBytes(bytes, seed);
            BitConverter.TryWriteBytes(bytes[4..], day.DayNumber);
            BitConverter.TryWriteBytes(bytes[8..], ++_next);
            bytes[15] = 0x48;
            return new Guid(bytes);
        }
    }
}
