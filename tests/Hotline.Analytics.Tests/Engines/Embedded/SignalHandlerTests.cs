using System.Globalization;
using Hotline.Analytics.Engines.Embedded;

namespace Hotline.Analytics.Tests.Engines.Embedded;

/// <summary>chdb_connect replaces the runtime's crash and GC-suspension signal handlers; the engine must put them back.</summary>
[Trait("Category", "Integration")]
public sealed class SignalHandlerTests(EmbeddedEngineFixture fixture)
{
    // SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV, SIGTSTP, SIGSYS, SIGRTMIN: the ones chdb_connect takes over here.
    private static readonly int[] s_signalsChdbTakes = [4, 5, 6, 7, 8, 11, 20, 31, 34];

    [Fact]
    public void No_signal_is_left_to_a_handler_inside_libchdb()
    {
        var engine = fixture.Engine;
        var (start, end) = MappedRange(engine.LibraryPath);

        for (var signal = 1; signal <= 64; signal++)
        {
            if (SignalHandlerGuard.Read(signal) is not { } action)
                continue;
            Assert.False(action.Handler >= start && action.Handler < end, $"signal {signal} is handled inside libchdb.so");
        }

        // Opening the engine really did take these over (so the check above proves the restore, not chDB's restraint).
        Assert.Contains(11, engine.RestoredSignals);
        Assert.Contains(34, engine.RestoredSignals);
        Assert.All(engine.RestoredSignals, signal => Assert.Contains(signal, s_signalsChdbTakes));
    }

    [Fact(Timeout = 120_000)]
    public async Task Null_references_and_forced_collections_during_queries_behave_normally()
    {
        // In this very process: the engine the other tests use is the one under test. A regression hangs the
        // run rather than failing it (a hung GC suspension stops the timeout too), hence the child variant below.
        var (collections, caught) = await RuntimeUnderStress.RunQueriesAsync(fixture.Engine, 30, TestContext.Current.CancellationToken);

        Assert.True(collections > 10, $"only {collections} forced collections ran");
        Assert.True(caught > 10, $"only {caught} null references were caught");
    }

    [Fact]
    public async Task A_fresh_process_survives_null_references_and_collections_after_starting_the_engine()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("hotline-signals-");
        try
        {
            // The child is killed if it hangs, so this fails with a message instead of stalling the run.
            var (exitCode, output) = await ChildProcess.RunAsync(ChildProcess.NullAndCollect, dataDirectory.FullName, TimeSpan.FromSeconds(60));

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
        }
    }

    private static (nint Start, nint End) MappedRange(string libraryPath)
    {
        nint start = nint.MaxValue, end = 0;
        // The maps name the file by its real path; the configured one may run through a symbolic link (a shared cache).
        var fileName = "/" + Path.GetFileName(libraryPath);
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            if (!line.EndsWith(fileName, StringComparison.Ordinal))
                continue;
            var range = line[..line.IndexOf(' ', StringComparison.Ordinal)].Split('-');
            start = Math.Min(start, nint.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            end = Math.Max(end, nint.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }

        Assert.True(end > 0, $"{libraryPath} is not mapped into this process");
        return (start, end);
    }
}
