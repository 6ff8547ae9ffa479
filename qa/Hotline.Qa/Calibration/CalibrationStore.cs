using System.Text.Json;

namespace Hotline.Qa.Calibration;

/// <summary>Calibration sessions and their ratings as JSON files under <c>&lt;DataDir&gt;/qa/calibration</c> (one file per session).</summary>
/// <remarks>A stand-in until the operational store gets QA tables, like the review store; one gate serialises changes in this process.</remarks>
public sealed class CalibrationStore(string folder) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Creates a session; its id must be new.</summary>
    public async Task<CalibrationSession> CreateAsync(CalibrationSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.CallIds is not { Count: > 0 })
            throw new ArgumentException($"Calibration session '{session.Id}' needs at least one call.", nameof(session));
        if (session.Inspectors is not { Count: >= 2 } || session.Inspectors.Distinct(StringComparer.Ordinal).Count() != session.Inspectors.Count)
            throw new ArgumentException($"Calibration session '{session.Id}' needs two or more different inspectors (has {session.Inspectors?.Count ?? 0}).", nameof(session));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(PathOf(session.Id)))
                throw new InvalidOperationException($"Calibration session '{session.Id}' already exists.");
            await WriteAsync(new SessionFile(session, []), cancellationToken);
            return session;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Records (or replaces) one inspector's rating of one call of the session.</summary>
    public async Task RateAsync(string sessionId, CalibrationRating rating, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rating);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var file = await ReadAsync(sessionId, cancellationToken);
            if (!file.Session.Inspectors.Contains(rating.Inspector, StringComparer.Ordinal))
                throw new ArgumentException($"'{rating.Inspector}' is not an inspector of calibration session '{sessionId}' ({string.Join(", ", file.Session.Inspectors)}).", nameof(rating));
            if (!file.Session.CallIds.Contains(rating.CallId, StringComparer.Ordinal))
                throw new ArgumentException($"Call '{rating.CallId}' is not in calibration session '{sessionId}'.", nameof(rating));
            if (rating.Score is < 0 or > 100 || double.IsNaN(rating.Score))
                throw new ArgumentOutOfRangeException(nameof(rating), rating.Score, "A calibration score is on the 0–100 scale.");
            var ratings = file.Ratings.Where(r => r.Inspector != rating.Inspector || r.CallId != rating.CallId).Append(rating).ToList();
            await WriteAsync(file with { Ratings = ratings }, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A session and its ratings so far.</summary>
    public async Task<(CalibrationSession Session, IReadOnlyList<CalibrationRating> Ratings)> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var file = await ReadAsync(sessionId, cancellationToken);
        return (file.Session, file.Ratings);
    }

    /// <summary>Every session, newest first.</summary>
    public async Task<IReadOnlyList<CalibrationSession>> SessionsAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
            return [];
        var sessions = new List<CalibrationSession>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
            sessions.Add((await ReadFileAsync(path, cancellationToken)).Session);
        return [.. sessions.OrderByDescending(s => s.CreatedAt)];
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    private async Task<SessionFile> ReadAsync(string sessionId, CancellationToken cancellationToken)
    {
        var path = PathOf(sessionId);
        return File.Exists(path) ? await ReadFileAsync(path, cancellationToken) : throw new KeyNotFoundException($"There is no calibration session '{sessionId}'.");
    }

    private static async Task<SessionFile> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<SessionFile>(stream, Json, cancellationToken) ?? throw new InvalidDataException($"{path} holds no calibration session.");
    }

    private async Task WriteAsync(SessionFile file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = PathOf(file.Session.Id);
        await using (var stream = File.Create(path + ".tmp"))
            await JsonSerializer.SerializeAsync(stream, file, Json, cancellationToken);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private string PathOf(string sessionId)
    {
        if (string.IsNullOrWhiteSpace(sessionId) || sessionId.IndexOfAny([.. Path.GetInvalidFileNameChars(), '.']) >= 0)
            throw new ArgumentException($"'{sessionId}' cannot name a calibration session (empty, or holds a path character or dot).", nameof(sessionId));
        return Path.Combine(folder, sessionId + ".json");
    }

    private sealed record SessionFile(CalibrationSession Session, IReadOnlyList<CalibrationRating> Ratings);
}
