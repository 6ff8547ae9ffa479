using Hotline.Analytics.Engines.Embedded;
using Hotline.Analytics.Ingestion;
using Hotline.Analytics.Schema;
using Hotline.Analytics.Simulation;
using Hotline.Grains.Abstractions.Events;

[assembly: AssemblyFixture(typeof(Hotline.Reports.Tests.Sources.ReportHistoryFixture))]

namespace Hotline.Reports.Tests.Sources;

/// <summary>The test assembly's one embedded ClickHouse engine (chDB is one engine per process), loaded once with two years of generated history
/// ending on <see cref="End"/>; the same events stay in memory so tests can compute expected figures independently.</summary>
/// <remarks>Opened on first use, so unit tests run without the native library (HOTLINE_CHDB_LIBRARY or .cache/chdb, as ./hotline test sets up).</remarks>
public sealed class ReportHistoryFixture : IAsyncDisposable
{
    /// <summary>The analytics database holding the history.</summary>
    public const string Database = "t_reports";

    /// <summary>The day after the last generated day.</summary>
    public static readonly DateOnly End = new(2026, 11, 1);

    /// <summary>The history's options: small enough to load in seconds, long enough for 同比, with the taxi incident in September 2026.</summary>
    public static readonly HistoryOptions Options = new() { Years = 2, End = End, CallsPerDay = 120, Seed = 20261101, SnapshotDays = 1 };

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"hotline-reports-tests-{Environment.ProcessId}");
    private readonly SemaphoreSlim _gate = new(1, 1);
    private EmbeddedClickHouseEngine? _engine;
    private IReadOnlyList<IDomainEvent>? _events;

    /// <summary>The engine with the history loaded.</summary>
    public async Task<EmbeddedClickHouseEngine> EngineAsync()
    {
        await LoadAsync();
        return _engine!;
    }

    /// <summary>Every generated event.</summary>
    public async Task<IReadOnlyList<IDomainEvent>> EventsAsync()
    {
        await LoadAsync();
        return _events!;
    }

    /// <summary>Creates (if needed) an empty analytics database <c>t_<paramref name="name"/></c> with the schema.</summary>
    public async Task<string> EmptyDatabaseAsync(string name)
    {
        var engine = await EngineAsync();
        var database = $"t_{name}";
        await new SchemaMigrator(engine, new SchemaRenderer(database)).MigrateAsync();
        return database;
    }

    private async Task LoadAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_engine is not null)
                return;
            var engine = EmbeddedClickHouseEngine.Open(_dataDirectory);
            await engine.ExecuteAsync($"DROP DATABASE IF EXISTS {Database}");
            await new SchemaMigrator(engine, new SchemaRenderer(Database)).MigrateAsync();
            var events = new List<IDomainEvent>();
            var writer = new EventBatchWriter(engine, Database);
            foreach (var day in new HistoryGenerator(Options).Days(End))
            {
                events.AddRange(day);
                await writer.AddAsync(day);
            }

            await writer.FlushAsync();
            _events = events;
            _engine = engine;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_engine is not null)
            await _engine.DisposeAsync();
        _gate.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
