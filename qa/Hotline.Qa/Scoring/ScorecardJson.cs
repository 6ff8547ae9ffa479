using System.Text.Json;

namespace Hotline.Qa.Scoring;

/// <summary>Reads and checks scorecard JSON; every problem names the card, the item and what is wrong.</summary>
public static class ScorecardJson
{
    /// <summary>The options scorecards are read and written with (camelCase, rule "kind" discriminator).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true, AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses and validates a scorecard; <paramref name="source"/> names the file in errors.</summary>
    public static Scorecard Parse(string json, string source)
    {
        Scorecard? card;
        try
        {
            card = JsonSerializer.Deserialize<Scorecard>(json, Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Scorecard {source} is not valid scorecard JSON (an unknown rule kind is reported as an unrecognized type discriminator): {e.Message}", e);
        }
        if (card is null)
            throw new InvalidDataException($"Scorecard {source} is empty.");
        Validate(card, source);
        return card;
    }

    /// <summary>Throws when the card is inconsistent: missing id, version &lt; 1, no items, duplicate item ids, non-positive points, bad rule settings.</summary>
    public static void Validate(Scorecard card, string source)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (string.IsNullOrWhiteSpace(card.Id) || card.Version < 1)
            throw new InvalidDataException($"Scorecard {source} needs an id and a version ≥ 1 (has id '{card.Id}', version {card.Version}).");
        if (card.Items is not { Count: > 0 })
            throw new InvalidDataException($"Scorecard {card.Id} v{card.Version} ({source}) has no items.");
        var duplicate = card.Items.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"Scorecard {card.Id} v{card.Version} ({source}) has item id '{duplicate.Key}' {duplicate.Count()} times.");
        foreach (var item in card.Items)
        {
            if (string.IsNullOrWhiteSpace(item.Id) || string.IsNullOrWhiteSpace(item.Name) || item.Points <= 0 || item.Rule is null)
                throw new InvalidDataException($"Scorecard {card.Id} v{card.Version} ({source}): item '{item.Id}' needs an id, a name, points > 0 (has {item.Points}) and a rule.");
            if (item.Rule.Problem() is { } problem)
                throw new InvalidDataException($"Scorecard {card.Id} v{card.Version} ({source}): item '{item.Id}': {problem}.");
        }
    }
}
