using System.Diagnostics;
using System.Globalization;
using Hotline.Analytics.Engines;
using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Engines.Server;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Simulation;
using Hotline.Grains.Outbox;
using Hotline.Grains.Store;
using Hotline.Portal.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hotline.Portal.Hosting;

/// <summary><c>simulate history [--years N] [--seed N] [--calls-per-day N] [--no-incident]</c>: fills the analytics store with seeded history.</summary>
/// <remarks>
/// Writes straight into the configured engine. When a running Hotline holds the embedded engine's folder (one engine per
/// process), the events go into that instance's outbox in the operational store instead, and its ingestion loads them.
/// </remarks>
public static class AnalyticsSimulateCommand
{
    private const string Usage = "usage: simulate history [--years N] [--seed N] [--calls-per-day N] [--no-incident]";

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["history", .. var rest])
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        HistoryOptions history;
        try
        {
            history = Parse(rest);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n{Usage}");
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = configuration.GetSection(HotlineOptions.SectionName).Get<HotlineOptions>() ?? new HotlineOptions();
        options.DataDir = Path.GetFullPath(options.DataDir);
        var generator = new HistoryGenerator(history);
        var today = AnalyticsTime.LocalDay(DateTimeOffset.UtcNow);
        var (from, to) = generator.Range(today);
        Console.WriteLine($"simulate: {from:yyyy-MM-dd} … {to.AddDays(-1):yyyy-MM-dd}, seed {history.Seed}, {history.CallsPerDay} calls/day at the end, growth {history.AnnualGrowth:P0}/year"
            + (generator.IncidentStart(today) is { } incident ? $", incident from {incident:yyyy-MM-dd} ({HistoryCatalog.IncidentEnterprise})" : ""));

        var clock = Stopwatch.StartNew();
        IAnalyticsEngine? engine = null;
        try
        {
            engine = await OpenEngineAsync(options);
        }
        catch (AnalyticsEngineException ex) when (ex.Message.Contains("in use by another Hotline process", StringComparison.Ordinal))
        {
            Console.WriteLine("simulate: a running Hotline holds the analytics engine; writing to its outbox instead (its ingestion loads the events)");
        }
        catch (AnalyticsEngineException ex)
        {
            await Console.Error.WriteLineAsync($"simulate: {ex.Message}");
            return 1;
        }

        long written;
        if (engine is not null)
        {
            await using (engine)
                written = await LoadAsync(generator, today, new EventBatchWriter(engine, options.Analytics.Database), engine.Description);
        }
        else
        {
            written = await AppendToOutboxAsync(generator, today, options);
        }

        Console.WriteLine($"simulate: {written.ToString("N0", CultureInfo.InvariantCulture)} events in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    private static async Task<IAnalyticsEngine> OpenEngineAsync(HotlineOptions options)
    {
        var settings = options.Analytics;
        IAnalyticsEngine engine = HotlineOptionsValidator.Is(settings.Engine, AnalyticsEngineOptions.ServerEngine)
            ? ClickHouseServerEngine.Create(settings)
            : EmbeddedClickHouseEngine.Open(options.DataDir, settings);
        await new SchemaMigrator(engine, new SchemaRenderer(settings.Database, settings.Cluster)).MigrateAsync();
        return engine;
    }

    private static async Task<long> LoadAsync(HistoryGenerator generator, DateOnly today, EventBatchWriter writer, string target)
    {
        Console.WriteLine($"simulate: loading into {target}");
        var month = 0;
        foreach (var (day, events) in Enumerate(generator, today))
        {
            await writer.AddAsync(events);
            if (day.Month != month)
            {
                month = day.Month;
                Console.WriteLine($"simulate: {day:yyyy-MM} … {writer.Written.ToString("N0", CultureInfo.InvariantCulture)} events so far");
            }
        }

        await writer.FlushAsync();
        foreach (var (table, rows) in writer.WrittenPerTable.OrderBy(p => p.Key, StringComparer.Ordinal))
            Console.WriteLine($"simulate: {table} {rows.ToString("N0", CultureInfo.InvariantCulture)}");
        return writer.Written;
    }

    private static async Task<long> AppendToOutboxAsync(HistoryGenerator generator, DateOnly today, HotlineOptions options)
    {
        var builder = new DbContextOptionsBuilder<OperationalDbContext>();
        if (HotlineOptionsValidator.Is(options.Store.Provider, StoreOptions.Postgres))
            builder.UseNpgsql(options.Store.ConnectionString);
        else
            builder.UseHotlineSqlite(string.IsNullOrWhiteSpace(options.Store.ConnectionString) ? $"Data Source={Path.Combine(options.DataDir, "hotline.db")}" : options.Store.ConnectionString);
        var contexts = new PooledDbContextFactory<OperationalDbContext>(builder.Options);
        var outbox = new EventOutbox(contexts, TimeProvider.System);
        long written = 0;
        foreach (var (day, events) in Enumerate(generator, today))
        {
            await outbox.AppendAsync(events);
            written += events.Count;
            if (day.Day == 1)
                Console.WriteLine($"simulate: {day:yyyy-MM} … {written.ToString("N0", CultureInfo.InvariantCulture)} events in the outbox");
        }

        return written;
    }

    private static IEnumerable<(DateOnly Day, IReadOnlyList<Grains.Abstractions.Events.IDomainEvent> Events)> Enumerate(HistoryGenerator generator, DateOnly today)
    {
        var (from, _) = generator.Range(today);
        var day = from;
        foreach (var events in generator.Days(today))
        {
            yield return (day, events);
            day = day.AddDays(1);
        }
    }

    private static HistoryOptions Parse(string[] args)
    {
        var options = new HistoryOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            int Number(string name)
            {
                var text = Value();
                return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n
                    : throw new FormatException($"{name} must be a positive whole number, not '{text}'");
            }

            switch (args[i])
            {
                case "--years": options.Years = Number("--years"); break;
                case "--seed": options.Seed = Number("--seed"); break;
                case "--calls-per-day": options.CallsPerDay = Number("--calls-per-day"); break;
                case "--no-incident": options.IncidentDaysBeforeEnd = null; break;
                default: throw new FormatException($"unknown option '{args[i]}'");
            }
        }

        return options;
    }
}
