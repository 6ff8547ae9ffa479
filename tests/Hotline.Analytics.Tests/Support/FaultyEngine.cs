using Hotline.Analytics.Engines;

namespace Hotline.Analytics.Tests.Support;

/// <summary>Wraps the real engine and fails chosen inserts: before they reach the engine, or after it stored them (a lost answer).</summary>
internal sealed class FaultyEngine(IAnalyticsEngine inner) : IAnalyticsEngine
{
    /// <summary>Decides per insert (1-based count) what goes wrong.</summary>
    public Func<int, AnalyticsInsert, InsertFault> Fault { get; set; } = (_, _) => InsertFault.None;

    public int Inserts { get; private set; }

    public string Description => "faulty " + inner.Description;

    public Task ExecuteAsync(string sql, CancellationToken cancellationToken = default) => inner.ExecuteAsync(sql, cancellationToken);

    public Task<AnalyticsResult> QueryAsync(string sql, string format = "JSONEachRow", CancellationToken cancellationToken = default) =>
        inner.QueryAsync(sql, format, cancellationToken);

    public Task<AnalyticsResult> QueryAsync(string sql, IReadOnlyDictionary<string, string> parameters, string format = "JSONEachRow", CancellationToken cancellationToken = default) =>
        inner.QueryAsync(sql, parameters, format, cancellationToken);

    public async Task InsertAsync(AnalyticsInsert insert, CancellationToken cancellationToken = default)
    {
        var fault = Fault(++Inserts, insert);
        if (fault == InsertFault.EngineDown)
            throw new AnalyticsEngineException($"simulated: the engine is stopped (insert {Inserts} into {insert.Table})");
        await inner.InsertAsync(insert, cancellationToken);
        if (fault == InsertFault.KillProcess)
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        if (fault == InsertFault.AnswerLost)
            throw new AnalyticsEngineException($"simulated: the connection broke after the engine stored insert {Inserts} into {insert.Table}");
    }

    // The shared engine belongs to the fixture.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>What goes wrong with one insert.</summary>
internal enum InsertFault
{
    None,
    EngineDown,
    AnswerLost,

    /// <summary>SIGKILL to this process right after the engine stored the insert.</summary>
    KillProcess,
}
