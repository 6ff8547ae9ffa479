using Hotline.Qa.Scoring;

namespace Hotline.Qa.Tests.Scoring;

/// <summary>Scorecards as versioned JSON: the built-in card, operator files, and the errors bad files give.</summary>
[Trait("Category", "Unit")]
public sealed class ScorecardCatalogTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-scorecards-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private const string Version2 = """
        { "id": "standard", "version": 2, "name": "热线通话质检标准（第二版）",
          "items": [ { "id": "greeting", "name": "标准开场白", "points": 40, "rule": { "kind": "opening", "phrases": ["您好"] } },
                     { "id": "forbidden-words", "name": "禁语", "points": 60, "rule": { "kind": "forbidden", "phrases": ["不归我们管"] } } ] }
        """;

    [Fact]
    public void The_built_in_card_is_version_one_with_chinese_item_names_and_a_hundred_points()
    {
        var card = ScorecardCatalog.Load(null).Get("standard", 1);

        Assert.Equal("热线通话质检标准", card.Name);
        Assert.Equal(100, card.MaxTotal);
        Assert.Contains(card.Items, i => i.Name == "标准开场白");
        Assert.Contains(card.Items, i => i.Name == "禁语");
    }

    [Fact]
    public void An_operator_file_adds_a_newer_version_and_old_versions_stay_available()
    {
        File.WriteAllText(Path.Combine(folder, "standard.v2.json"), Version2);

        var catalog = ScorecardCatalog.Load(folder);

        Assert.Equal(2, catalog.Latest("standard").Version);
        Assert.Equal(1, catalog.Get("standard", 1).Version);
        Assert.Equal(2, catalog.All.Count);
        Assert.Throws<KeyNotFoundException>(() => catalog.Get("standard", 3));
    }

    [Fact]
    public void Redefining_a_version_is_refused()
    {
        File.WriteAllText(Path.Combine(folder, "a.json"), Version2);
        File.WriteAllText(Path.Combine(folder, "b.json"), Version2);

        var error = Assert.Throws<InvalidDataException>(() => ScorecardCatalog.Load(folder));
        Assert.Contains("standard v2 is defined twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": "x", "version": 1, "name": "x", "items": [ { "id": "a", "name": "甲", "points": 10, "rule": { "kind": "mind-reading" } } ] }""", "'mind-reading'")]
    [InlineData("""{ "id": "x", "version": 1, "name": "x", "items": [ { "id": "a", "name": "甲", "points": 10, "rule": { "kind": "opening", "phrases": [] } } ] }""", "item 'a': the phrases list is empty")]
    [InlineData("""{ "id": "x", "version": 1, "name": "x", "items": [ { "id": "a", "name": "甲", "points": 0, "rule": { "kind": "hold" } } ] }""", "item 'a' needs an id, a name, points > 0")]
    [InlineData("""{ "id": "x", "version": 1, "name": "x", "items": [ { "id": "a", "name": "甲", "points": 5, "rule": { "kind": "hold" } }, { "id": "a", "name": "乙", "points": 5, "rule": { "kind": "hold" } } ] }""", "item id 'a' 2 times")]
    [InlineData("""{ "id": "x", "version": 0, "name": "x", "items": [] }""", "version ≥ 1")]
    [InlineData("""{ "id": "x", """, "not valid scorecard JSON")]
    public void Bad_cards_are_refused_with_what_is_wrong(string json, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => ScorecardJson.Parse(json, "test.json"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
