namespace Hotline.Grains.Knowledge.Search;

/// <summary>One article found: its id, library, title, code, state, score and highlighted fragments (HTML-escaped, matches in &lt;em&gt;).</summary>
public sealed record KnowledgeSearchHit(string Id, string LibraryId, string Title, string? Code, string State, float Score, IReadOnlyList<string> Highlights);
