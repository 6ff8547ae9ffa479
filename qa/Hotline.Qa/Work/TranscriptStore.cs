using System.Text.Json;
using Hotline.Qa.Transcription;

namespace Hotline.Qa.Work;

/// <summary>Stores each call's transcript and metrics as <c>&lt;DataDir&gt;/qa/transcripts/&lt;callId&gt;.json</c>.</summary>
public sealed class TranscriptStore(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>Writes the result atomically (a reader never sees half a file).</summary>
    public async Task SaveAsync(string callId, CallTranscription result, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = PathOf(callId);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(result, Json), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The stored result, null when there is none.</summary>
    public async Task<CallTranscription?> LoadAsync(string callId, CancellationToken cancellationToken)
    {
        var path = PathOf(callId);
        return File.Exists(path) ? JsonSerializer.Deserialize<CallTranscription>(await File.ReadAllTextAsync(path, cancellationToken), Json) : null;
    }

    private string PathOf(string callId)
    {
        if (callId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || callId.Contains("..", StringComparison.Ordinal))
            throw new ArgumentException($"Call id '{callId}' cannot name a transcript file.", nameof(callId));
        return Path.Combine(folder, callId + ".json");
    }
}
