using Hotline.Grains.Abstractions.Events;

namespace Hotline.Benchmarks.Analytics;

/// <summary>Call detail records made in C#, as producers hand them over, for the ingest-rate figures.</summary>
internal static class CdrFactory
{
    private static readonly string[] Regions = ["朝阳区", "海淀区", "丰台区", "东城区", "西城区", "通州区", "昌平区", "大兴区"];

    public static CallDetailRecord[] Make(int count, int seed)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        var calls = new CallDetailRecord[count];
        for (var i = 0; i < count; i++)
        {
            var arrived = start.AddMilliseconds(i * 1_500L);
            var answered = random.Next(100) < 85;
            var wait = random.Next(90_000) / 1000.0;
            var talk = answered ? 60 + (random.Next(600_000) / 1000.0) : 0;
            var queue = random.Next(100) < 55 ? "complaints" : "enquiries";
            calls[i] = new CallDetailRecord
            {
                EventId = Guid.NewGuid(),
                CallId = $"csharp-{i}",
                CallerNumber = $"+86138{random.Next(10_000_000, 99_999_999)}",
                CalledNumber = "12328",
                ServiceNumber = "12328",
                Region = Regions[random.Next(Regions.Length)],
                Queue = queue,
                AgentId = answered ? $"80{10 + random.Next(40)}" : "",
                Skills = ["complaint"],
                IvrPath = ["welcome", "menu"],
                ArrivedAt = arrived,
                QueuedAt = arrived.AddSeconds(10),
                OfferedAt = arrived.AddSeconds(10 + wait),
                AnsweredAt = answered ? arrived.AddSeconds(10 + wait) : null,
                EndedAt = arrived.AddSeconds(10 + wait + talk),
                WrapUpEndedAt = answered ? arrived.AddSeconds(40 + wait + talk) : null,
                WaitSeconds = wait,
                TalkSeconds = talk,
                HoldSeconds = random.Next(5) == 0 ? random.Next(60) : 0,
                WrapUpSeconds = answered ? 30 : 0,
                EndCause = answered ? CallEndCause.Completed : CallEndCause.Abandoned,
                RtcpLossFraction = random.Next(300) / 10_000.0,
                RtcpJitterMilliseconds = random.Next(250) / 10.0,
            };
        }

        return calls;
    }
}
