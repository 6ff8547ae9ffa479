using Hotline.Qa.Audio;
using System.Text.Json;
using Hotline.Qa.Scoring;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Tests.Scoring;

/// <summary>A transcript with known item scores, read from TestData/Scoring/*.json.</summary>
internal sealed record ScoringCase(string Name, Transcript Transcript, IReadOnlyList<SpeechSpan> Holds, IReadOnlyDictionary<string, string>? Ticket, double Total, IReadOnlyDictionary<string, ExpectedItem> Items)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "Scoring");

    public static ScoringCase Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = document.RootElement;
        var segments = root.GetProperty("segments").EnumerateArray().Select(s => new TranscriptSegment(
            s[0].GetString() == "agent" ? SpeakerChannel.Agent : SpeakerChannel.Caller, s[1].GetDouble(), s[2].GetDouble(), s[3].GetString()!)).ToList();
        var holds = root.GetProperty("holds").EnumerateArray().Select(h => new SpeechSpan(h[0].GetDouble(), h[1].GetDouble())).ToList();
        var ticket = root.GetProperty("ticket").ValueKind == JsonValueKind.Null
            ? null
            : root.GetProperty("ticket").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var expected = root.GetProperty("expected");
        var items = expected.GetProperty("items").EnumerateObject().ToDictionary(p => p.Name, p => new ExpectedItem(
            p.Value.GetProperty("score").GetDouble(),
            Enum.Parse<ItemStatus>(p.Value.GetProperty("status").GetString()!),
            [.. p.Value.GetProperty("evidence").EnumerateArray().Select(e => e.GetDouble())],
            p.Value.TryGetProperty("note", out var note) ? note.GetString() : null));
        return new ScoringCase(name, new Transcript(name, segments), holds, ticket, expected.GetProperty("total").GetDouble(), items);
    }
}

/// <summary>What one item must come out as.</summary>
internal sealed record ExpectedItem(double Score, ItemStatus Status, IReadOnlyList<double> EvidenceStarts, string? Note);
