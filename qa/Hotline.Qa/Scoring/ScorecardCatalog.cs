using System.Globalization;

namespace Hotline.Qa.Scoring;

/// <summary>Every scorecard version: the built-in standard card plus the JSON files operators put in <c>&lt;DataDir&gt;/qa/scorecards</c> (named id.vN.json).</summary>
/// <remarks>Versions are never edited in place: a change is a new file with a higher version, so old scores stay explainable.</remarks>
public sealed class ScorecardCatalog
{
    private readonly Dictionary<(string Id, int Version), Scorecard> cards = [];

    /// <summary>The built-in cards plus those in <paramref name="folder"/> (null or missing folder: built-in only).</summary>
    public static ScorecardCatalog Load(string? folder)
    {
        var catalog = new ScorecardCatalog();
        var assembly = typeof(ScorecardCatalog).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal) && n.Contains(".Scorecards.", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            catalog.Add(ScorecardJson.Parse(reader.ReadToEnd(), resource));
        }

        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
                catalog.Add(ScorecardJson.Parse(File.ReadAllText(path), path));
        }

        return catalog;
    }

    /// <summary>Adds a card version; a second card with the same id and version is refused.</summary>
    public void Add(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!cards.TryAdd((card.Id, card.Version), card))
            throw new InvalidDataException($"Scorecard {card.Id} v{card.Version} is defined twice; give the changed card a new version.");
    }

    /// <summary>One version of a card.</summary>
    public Scorecard Get(string id, int version) =>
        cards.TryGetValue((id, version), out var card) ? card
            : throw new KeyNotFoundException($"There is no scorecard {id} v{version.ToString(CultureInfo.InvariantCulture)} (have: {string.Join(", ", cards.Keys.Select(k => $"{k.Id} v{k.Version}"))}).");

    /// <summary>The newest version of a card.</summary>
    public Scorecard Latest(string id) =>
        cards.Values.Where(c => c.Id == id).MaxBy(c => c.Version)
            ?? throw new KeyNotFoundException($"There is no scorecard '{id}' (have: {string.Join(", ", cards.Keys.Select(k => k.Id).Distinct())}).");

    /// <summary>Every card version, by id then version.</summary>
    public IReadOnlyList<Scorecard> All => [.. cards.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.Version)];
}
