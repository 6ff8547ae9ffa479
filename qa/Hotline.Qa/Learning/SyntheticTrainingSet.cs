namespace Hotline.Qa.Learning;

/// <summary>Generated reviewed calls with a known relationship between features and verdict: demo data and benchmark load.</summary>
/// <remarks>
/// The overall score is the points of the passed items, minus a penalty per long silence, minus 15 when the caller
/// complains about the agent's attitude (visible only in the text), plus noise. A call needs review when it scores
/// under 60 or the caller threatens a complaint about the agent (again only in the text). So a model that beats the
/// constant baseline must use the rule results, and one that catches every flag must also read the words.
/// </remarks>
public sealed class SyntheticTrainingSet(int seed)
{
    /// <summary>The item ids and points the generated calls are scored on (a 100-point card).</summary>
    public static IReadOnlyList<(string Id, double Points)> Items { get; } =
    [
        ("greeting", 10), ("closing", 10), ("identity", 10), ("disclosure", 10), ("forbidden-words", 20),
        ("empathy", 10), ("dead-air", 10), ("talk-over", 5), ("hold", 5), ("ticket", 10),
    ];

    private static readonly string[] Topics = ["出租车绕路", "公交车晚点", "网约车多收费", "长途客运站退票", "地铁换乘咨询", "驾驶员态度", "道路施工", "车辆违规停放"];
    private static readonly string[] Queues = ["complaints", "enquiries"];

    private readonly Random random = new(seed);

    /// <summary>The item ids in card order.</summary>
    public static IReadOnlyList<string> ItemIds { get; } = [.. Items.Select(i => i.Id)];

    /// <summary>Generates <paramref name="count"/> calls.</summary>
    public IReadOnlyList<TrainingExample> Generate(int count) => [.. Enumerable.Range(0, count).Select(Next)];

    private TrainingExample Next(int index)
    {
        var results = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (id, _) in Items)
            results[id] = random.NextDouble() < 0.82 ? 1 : (random.NextDouble() < 0.5 ? 0 : 0.5);

        var silences = random.NextDouble() < 0.7 ? 0 : random.Next(1, 5);
        var attitude = random.NextDouble() < 0.12;
        var threat = random.NextDouble() < 0.06;
        var duration = 60 + (random.NextDouble() * 540);
        var figures = new ConversationFigures(duration, 0.35 + (random.NextDouble() * 0.3), 0.25 + (random.NextDouble() * 0.3), silences,
            silences == 0 ? random.NextDouble() * 4 : 5 + (random.NextDouble() * 20), random.NextDouble() * 8, random.NextDouble() < 0.2 ? random.NextDouble() * 120 : 0,
            0.5 + (random.NextDouble() * 3));

        var text = new List<string>();
        text.Add(results["greeting"] >= 1 ? "您好，很高兴为您服务，请问有什么可以帮您" : "喂，说吧");
        text.Add($"我要反映{Topics[random.Next(Topics.Length)]}的问题");
        if (attitude)
            text.Add("你这个态度太差了，一点都不耐烦");
        if (threat)
            text.Add("我要投诉你，把你的工号告诉我");
        if (results["empathy"] >= 1)
            text.Add("非常理解您的心情，请您别着急");
        if (results["forbidden-words"] < 1)
            text.Add("你听不懂吗，这不归我们管");
        text.Add(results["closing"] >= 1 ? "感谢您的来电，祝您生活愉快，再见" : "好了挂了");

        var overall = Items.Sum(i => i.Points * results[i.Id]) - (3 * silences) - (attitude ? 15 : 0) + Normal(0, 3);
        overall = Math.Clamp(overall, 0, 100);
        var features = new CallFeatures($"synthetic-{seed}-{index}", results, figures, string.Join("。", text),
            Queues[random.Next(Queues.Length)], random.Next(8, 21), random.Next(0, 1500));
        return new TrainingExample(features, Math.Round(overall, 1), overall < 60 || threat);
    }

    private double Normal(double mean, double deviation)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (deviation * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
