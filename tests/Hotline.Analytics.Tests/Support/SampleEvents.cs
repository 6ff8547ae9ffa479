using Hotline.Grains.Abstractions.Events;

namespace Hotline.Analytics.Tests.Support;

/// <summary>Small deterministic sets of domain events for tests; expectations are computed from the same objects with LINQ.</summary>
internal static class SampleEvents
{
    public static readonly string[] Queues = ["complaints", "enquiries"];
    public static readonly string[] Regions = ["朝阳区", "海淀区", "丰台区"];
    public static readonly string[] Agents = ["8001", "8002", "8003", "8004"];

    public static DateTimeOffset Local(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.FromHours(8));

    /// <summary><paramref name="count"/> calls spread over <paramref name="days"/> days from <paramref name="start"/>.</summary>
    public static List<CallDetailRecord> Calls(int seed, int count, DateTimeOffset start, int days)
    {
        var random = new Random(seed);
        var calls = new List<CallDetailRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var arrived = start.AddDays(random.Next(days)).AddSeconds(random.Next(86_400));
            var queue = Queues[random.Next(Queues.Length)];
            var wait = Math.Round(random.NextDouble() * 90, 1);
            var outcome = random.Next(10);
            var answered = outcome < 8;
            var abandoned = !answered && outcome == 8;
            var talk = answered ? Math.Round(30 + (random.NextDouble() * 400), 1) : 0;
            var hold = answered && random.Next(4) == 0 ? Math.Round(random.NextDouble() * 60, 1) : 0;
            var wrap = answered ? Math.Round(random.NextDouble() * 45, 1) : 0;
            var answeredAt = answered ? arrived.AddSeconds(5 + wait) : (DateTimeOffset?)null;
            var ended = arrived.AddSeconds(5 + wait + talk + hold);
            calls.Add(new CallDetailRecord
            {
                EventId = Guid.NewGuid(),
                CallId = $"call-{seed}-{i}",
                CallerNumber = $"+86138{random.Next(10_000_000, 99_999_999)}",
                CalledNumber = "12328",
                ServiceNumber = "12328",
                Region = Regions[random.Next(Regions.Length)],
                Queue = answered || abandoned ? queue : "",
                AgentId = answered ? Agents[random.Next(Agents.Length)] : "",
                Skills = queue == "complaints" ? ["complaint"] : ["enquiry"],
                IvrPath = ["welcome", queue == "complaints" ? "menu-1" : "menu-2"],
                ArrivedAt = arrived,
                QueuedAt = arrived.AddSeconds(5),
                AnsweredAt = answeredAt,
                EndedAt = ended,
                WrapUpEndedAt = answered ? ended.AddSeconds(wrap) : null,
                WaitSeconds = wait,
                TalkSeconds = talk,
                HoldSeconds = hold,
                WrapUpSeconds = wrap,
                Transfers = answered && random.Next(10) == 0 ? [new TransferHop(ended.AddSeconds(-10), "8001", "8002", true)] : [],
                EndCause = answered ? CallEndCause.Completed : abandoned ? CallEndCause.Abandoned : CallEndCause.IvrOnly,
                RecordingPath = answered ? $"recordings/{arrived:yyyyMMdd}/call-{seed}-{i}.wav" : "",
                RtcpLossFraction = Math.Round(random.NextDouble() * 0.02, 4),
                RtcpJitterMilliseconds = Math.Round(random.NextDouble() * 30, 2),
            });
        }

        return calls;
    }

    public static readonly string[][] Categories =
    [
        ["出租汽车", "服务质量", "绕路"],
        ["出租汽车", "收费", "拒载"],
        ["城市公交", "服务质量", "甩站"],
        ["道路客运", "票务", "退票"],
    ];

    public static readonly string[] Enterprises = ["北京出租一公司", "北京出租二公司", "公交集团", ""];
    public static readonly string[] Industries = ["出租汽车", "城市公交", "道路客运"];

    /// <summary>Creation events for <paramref name="count"/> tickets over <paramref name="days"/> days.</summary>
    public static List<TicketEvent> TicketsCreated(int seed, int count, DateTimeOffset start, int days, string? text = null)
    {
        var random = new Random(seed);
        var tickets = new List<TicketEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var at = start.AddDays(random.Next(days)).AddSeconds(random.Next(86_400));
            var category = Categories[random.Next(Categories.Length)];
            tickets.Add(new TicketEvent
            {
                EventId = Guid.NewGuid(),
                TicketNumber = $"T{seed}-{i:D6}",
                Sequence = 1,
                Kind = TicketEventKind.Created,
                OccurredAt = at,
                TicketCreatedAt = at,
                TicketType = random.Next(3) switch { 0 => "投诉举报", 1 => "信息咨询", _ => "意见建议" },
                CategoryPath = category,
                Channel = random.Next(2) == 0 ? "phone" : "wechat",
                Region = Regions[random.Next(Regions.Length)],
                Industry = category[0],
                Enterprise = Enterprises[random.Next(Enterprises.Length)],
                Route = category[0] == "城市公交" ? $"{random.Next(1, 5)}路" : "",
                Plate = category[0] == "出租汽车" ? $"京B{random.Next(10000, 10010)}" : "",
                State = "受理",
                Actor = Agents[random.Next(Agents.Length)],
                Text = text ?? $"市民反映{string.Join("", category)}问题，编号{i}。\n\n请尽快处理。",
            });
        }

        return tickets;
    }

    /// <summary>The next step of a ticket: same classification, a higher sequence, a new state.</summary>
    public static TicketEvent Next(TicketEvent previous, TicketEventKind kind, string state, DateTimeOffset at, IReadOnlyList<string>? categoryPath = null) => previous with
    {
        EventId = Guid.NewGuid(),
        Sequence = previous.Sequence + 1,
        Kind = kind,
        State = state,
        OccurredAt = at,
        CategoryPath = categoryPath ?? previous.CategoryPath,
        Text = "",
    };

    public static AgentStateInterval AgentState(string agent, string state, DateTimeOffset from, double seconds) => new()
    {
        EventId = Guid.NewGuid(), AgentId = agent, State = state, StartedAt = from, EndedAt = from.AddSeconds(seconds),
    };

    public static QueueSnapshotTaken QueueSnapshot(string queue, DateTimeOffset at, int waiting) => new()
    {
        EventId = Guid.NewGuid(), Queue = queue, TakenAt = at, CallsWaiting = waiting, LongestWaitSeconds = waiting * 10, AgentsReady = 2,
    };

    public static TranscriptSegment Segment(CallDetailRecord call, int index, string speaker, string text) => new()
    {
        EventId = Guid.NewGuid(), CallId = call.CallId, CallArrivedAt = call.ArrivedAt, Index = index, Speaker = speaker,
        StartSeconds = index * 5, EndSeconds = (index * 5) + 4, Text = text, Confidence = 0.9,
    };

    public static QaScore Score(CallDetailRecord call, double score) => new()
    {
        EventId = Guid.NewGuid(), CallId = call.CallId, AgentId = call.AgentId, Scorecard = "standard", Score = score, MaxScore = 100,
        ScoredBy = "auto", ScoredAt = call.EndedAt.AddMinutes(5), CallArrivedAt = call.ArrivedAt,
    };

    public static SurveyResult Survey(CallDetailRecord call, int rating) => new()
    {
        EventId = Guid.NewGuid(), CallId = call.CallId, AgentId = call.AgentId, Queue = call.Queue, Rating = rating, Channel = "ivr",
        AnsweredAt = call.EndedAt.AddSeconds(20),
    };
}
