namespace Hotline.Qa.Tests.Warnings;

/// <summary>Daily counts with a weekly and a yearly cycle, a slow trend and Poisson noise, with anomalies injected on known days.</summary>
internal sealed class GeneratedSeries
{
    private readonly Random random;

    public GeneratedSeries(int seed) => random = new Random(seed);

    /// <summary>The expected count of a day before noise: level × weekday factor × yearly wave.</summary>
    public static double Mean(double level, DateOnly start, int index)
    {
        var day = start.AddDays(index);
        var weekday = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => 0.6,
            DayOfWeek.Sunday => 0.5,
            DayOfWeek.Monday => 1.25,
            _ => 1.0,
        };
        var yearly = 1 + (0.25 * Math.Sin(2 * Math.PI * (day.DayOfYear - 80) / 365.25));
        var trend = 1 + (0.0002 * index);
        return level * weekday * yearly * trend;
    }

    /// <summary>A Poisson draw (Knuth's product method for small means, a normal approximation above 60).</summary>
    public double Poisson(double mean)
    {
        if (mean > 60)
        {
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, Math.Round(mean + (Math.Sqrt(mean) * normal)));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            k++;
            product *= random.NextDouble();
        }

        return k;
    }

    /// <summary>A series of <paramref name="days"/> days around <paramref name="level"/>.</summary>
    public double[] Series(double level, DateOnly start, int days) =>
        [.. Enumerable.Range(0, days).Select(i => Poisson(Mean(level, start, i)))];

    /// <summary>Picks <paramref name="count"/> distinct days in [first, end) at least three days apart.</summary>
    public List<int> Days(int first, int end, int count)
    {
        var chosen = new List<int>();
        while (chosen.Count < count)
        {
            var day = random.Next(first, end);
            if (chosen.All(c => Math.Abs(c - day) >= 3))
                chosen.Add(day);
        }

        chosen.Sort();
        return chosen;
    }

    /// <summary>A uniform draw in [low, high).</summary>
    public double Between(double low, double high) => low + (random.NextDouble() * (high - low));
}
