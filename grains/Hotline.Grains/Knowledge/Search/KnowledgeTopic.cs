namespace Hotline.Grains.Knowledge.Search;

/// <summary>A word many recent tickets mention: how many, and a few of their numbers for the editor to read.</summary>
public sealed record KnowledgeTopic(string Word, int Tickets, IReadOnlyList<string> SampleTickets);
