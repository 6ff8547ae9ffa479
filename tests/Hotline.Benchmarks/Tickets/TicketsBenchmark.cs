using System.Diagnostics;
using System.Globalization;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Store;
using Hotline.Grains.Tickets.Search;
using Hotline.Grains.Tickets.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Benchmarks.Tickets;

/// <summary>
/// The <c>tickets</c> benchmark (issues 7 and 11): on one in-process silo with the SQLite operational store, fills the store with generated
/// tickets (100k by default), rebuilds the search index from it (tickets/s), measures ITicketSearch latency (Chinese text, filters, highlights and the
/// store read of the page) against a plain Lucene term query on the same index, the staff REST API's search and list-of-50 latency over HTTP against the same
/// calls in process (<see cref="TicketRestBenchmark"/>), the duplicate check's latency, and ticket intake through
/// ITicketIntake (grain path) against raw EF inserts of the same rows, and through POST /api/v1/tickets over HTTP against the grain path, all closed loop with the same callers for the same time.
/// </summary>
internal sealed class TicketsBenchmark(BenchReport report)
{
    /// <summary>Tickets in the store for search; HOTLINE_BENCH_TICKETS_ROWS overrides the default 100,000.</summary>
    private static readonly int Rows = Setting("HOTLINE_BENCH_TICKETS_ROWS", 100_000, 1_000, 1_000_000);

    /// <summary>Seconds of each intake phase; HOTLINE_BENCH_TICKETS_SECONDS overrides the default 8.</summary>
    private static readonly int Seconds = Setting("HOTLINE_BENCH_TICKETS_SECONDS", 8, 1, 60);

    /// <summary>Concurrent callers of the intake phases; HOTLINE_BENCH_TICKETS_CALLERS overrides the default 8.</summary>
    private static readonly int Callers = Setting("HOTLINE_BENCH_TICKETS_CALLERS", 8, 1, 128);

    private const int SearchRounds = 40;
    private const int DuplicateChecks = 150;

    public async Task RunAsync()
    {
        report.Progress($"{Environment.ProcessorCount} cores; {Rows} tickets for search, intake {Seconds} s × 2 with {Callers} callers");
        await using var silo = await TicketsSilo.StartAsync();
        var generator = new TicketCorpusGenerator(seed: 12328);
        var plates = await FillAsync(silo, generator);

        var rebuild = Stopwatch.StartNew();
        var start = await silo.Index.EnsureCurrentAsync(CancellationToken.None);
        rebuild.Stop();
        report.Progress($"index rebuilt ({start.Reason}): {start.Documents} tickets in {rebuild.Elapsed.TotalSeconds:0.0} s");
        report.Add("index_rebuild_rate", Math.Round(start.Documents / rebuild.Elapsed.TotalSeconds), "tickets/s");

        var (search, reference) = await SearchLatenciesAsync(silo, plates);
        report.AddVersus("search_p50", search.Percentile(0.50), "ms", "lucene_term_query", reference.Percentile(0.50));
        report.AddVersus("search_p99", search.Percentile(0.99), "ms", "lucene_term_query", reference.Percentile(0.99));
        report.Progress($"search: {search.Count} searches p50 {search.Percentile(0.5)} ms p95 {search.Percentile(0.95)} ms p99 {search.Percentile(0.99)} ms; term query p50 {reference.Percentile(0.5)} ms");
        report.Add("search_p95", search.Percentile(0.95), "ms");

        await new TicketRestBenchmark(report, silo).RunAsync(plates, Rows);

        var duplicates = await DuplicateLatenciesAsync(silo);
        report.Add("duplicate_check_p50", duplicates.Percentile(0.50), "ms");
        report.Add("duplicate_check_p99", duplicates.Percentile(0.99), "ms");

        var commits = silo.Services.GetRequiredService<GroupCommit>();
        var transactionsBefore = commits.Transactions;
        var intakes = 0;
        var intake = await ClosedLoopAsync(async key =>
        {
            await silo.Intake.SubmitAsync(generator.Submission(key), CancellationToken.None);
            Interlocked.Increment(ref intakes);
        });
        report.Progress($"group commit: {intakes} intakes in {commits.Transactions - transactionsBefore} transactions");
        var raw = await ClosedLoopAsync(key => RawInsertAsync(silo, generator, key));
        report.AddVersus("intake_rate", Math.Round(intake), "tickets/s", "raw_ef_insert", Math.Round(raw));
        report.Progress($"intake {intake:0} tickets/s through ITicketIntake, raw EF insert {raw:0} rows/s");
        var restIntake = await RestIntakeRateAsync(silo, generator);
        report.AddVersus("rest_intake_rate", Math.Round(restIntake), "tickets/s", "grain_intake", Math.Round(intake));
        report.Progress($"intake {restIntake:0} tickets/s through POST /api/v1/tickets over HTTP");
        report.Detail("settings", new { Rows, Seconds, Callers, SearchRounds, DuplicateChecks, Store = "SQLite (temporary file)", Index = "Lucene.Net 4.8 FSDirectory, jieba analyzer" });
        report.Detail("index_start", start);
    }

    private Task<List<string>> FillAsync(TicketsSilo silo, TicketCorpusGenerator generator)
    {
        var (plates, elapsed) = new TicketBulkSeeder(silo, generator).Fill(Rows, DateTimeOffset.UtcNow);
        report.Progress($"store filled with {Rows} tickets in {elapsed.TotalSeconds:0.0} s (bulk insert)");
        report.Add("store_fill_rate", Math.Round(Rows / elapsed.TotalSeconds), "tickets/s");
        return Task.FromResult(plates);
    }

    private static async Task<(TicketLatencies Search, TicketLatencies Reference)> SearchLatenciesAsync(TicketsSilo silo, List<string> plates)
    {
        var month = DateTimeOffset.UtcNow - TimeSpan.FromDays(30);
        var queries = new List<TicketSearchQuery>
        {
            new() { Text = "拒载" },
            new() { Text = "网约车 加价" },
            new() { Text = "出租车 绕路", CategoryCode = "urban.taxi" },
            new() { Text = "甩客", CreatedFrom = month },
            new() { Text = "不打表 议价", Channels = [TicketChannel.Phone, TicketChannel.Web] },
            new() { Text = "机场 拒载", Page = 3 },
            new() { CitizenPhone = "13900000042" },
        };
        queries.AddRange(plates.Take(5).Select(p => new TicketSearchQuery { Text = p }));
        var search = new TicketLatencies();
        var reference = new TicketLatencies();
        var term = new TermQuery(new Term(TicketSearchFields.Description, "拒载"));
        foreach (var query in queries)
            await silo.Search.SearchAsync(query, CancellationToken.None); // warm-up
        for (var round = 0; round < SearchRounds; round++)
        {
            foreach (var query in queries)
            {
                await search.MeasureAsync(() => silo.Search.SearchAsync(query, CancellationToken.None));
                await reference.MeasureAsync(() => Task.FromResult(silo.Index.Search(s => s.Search(term, 20).TotalHits)));
            }
        }
        return (search, reference);
    }

    private static async Task<TicketLatencies> DuplicateLatenciesAsync(TicketsSilo silo)
    {
        var random = new Random(7);
        var latencies = new TicketLatencies();
        for (var i = 0; i < DuplicateChecks; i++)
        {
            var number = $"B-{random.Next(0, Rows):D8}";
            await latencies.MeasureAsync(() => silo.Duplicates.FindForTicketAsync(number, CancellationToken.None));
        }
        return latencies;
    }

    private static async Task<double> ClosedLoopAsync(Func<string, Task> submit)
    {
        var prefix = Guid.NewGuid().ToString("N")[..8];
        var done = 0;
        await submit($"{prefix}-warm");
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(Seconds);
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            for (var n = 0; clock.Elapsed < until; n++)
            {
                await submit(string.Create(CultureInfo.InvariantCulture, $"{prefix}-{caller}-{n}"));
                Interlocked.Increment(ref done);
            }
        })));
        return done / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The same closed loop through the staff API over loopback HTTP; the grain path's rate above is its reference.</summary>
    private static async Task<double> RestIntakeRateAsync(TicketsSilo silo, TicketCorpusGenerator generator)
    {
        await using var rest = await TicketRestHost.StartAsync(silo);
        using var http = new HttpClient { BaseAddress = rest.BaseAddress };
        var intake = new TicketRestIntake(http);
        return await ClosedLoopAsync(key => intake.SubmitAsync(generator.Submission(key)));
    }

    /// <summary>The rows an intake writes (ticket, first history entry, idempotency key), in one transaction, without grain or validation.</summary>
    private static async Task RawInsertAsync(TicketsSilo silo, TicketCorpusGenerator generator, string key)
    {
        var ticket = generator.Next("R-" + key, DateTimeOffset.UtcNow);
        await using var db = silo.CreateDbContext();
        db.Add(ticket);
        db.Add(History(ticket));
        db.Add(new TicketIdempotencyRecord { Channel = ticket.Channel, IdempotencyKey = key, TicketNumber = ticket.Number });
        await db.SaveChangesAsync();
    }

    private static TicketHistoryRecord History(TicketRecord ticket) => new()
    {
        TicketNumber = ticket.Number,
        Sequence = 1,
        Action = "Create",
        Actor = "bench",
        AtUnixMs = ticket.CreatedAtUnixMs,
        ToState = ticket.State,
    };

    private static int Setting(string name, int fallback, int min, int max) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? Math.Clamp(value, min, max)
            : fallback;
}
