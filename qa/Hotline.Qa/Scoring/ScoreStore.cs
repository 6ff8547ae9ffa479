using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Qa.Scoring;

/// <summary>Scored calls as JSON files under <c>&lt;DataDir&gt;/qa/scores/&lt;callId&gt;.json</c> (read by the review pages and by retraining).</summary>
public sealed class ScoreStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly string folder;

    /// <summary>A store in <paramref name="folder"/>, created when missing.</summary>
    public ScoreStore(string folder) => this.folder = Directory.CreateDirectory(folder).FullName;

    /// <summary>Writes (or replaces) a call's result.</summary>
    public async Task SaveAsync(StoredScore stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var path = PathOf(stored.Score.CallId);
        await using (var stream = File.Create(path + ".tmp"))
            await JsonSerializer.SerializeAsync(stream, stored, Json, cancellationToken);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>A call's result, or null when it has not been scored.</summary>
    public async Task<StoredScore?> GetAsync(string callId, CancellationToken cancellationToken = default)
    {
        var path = PathOf(callId);
        if (!File.Exists(path))
            return null;
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<StoredScore>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"{path} holds no score.");
    }

    private string PathOf(string callId)
    {
        if (string.IsNullOrWhiteSpace(callId) || callId.IndexOfAny([.. Path.GetInvalidFileNameChars(), '.']) >= 0)
            throw new ArgumentException($"'{callId}' cannot name a score file (empty, or holds a path character or dot).", nameof(callId));
        return Path.Combine(folder, callId + ".json");
    }
}
