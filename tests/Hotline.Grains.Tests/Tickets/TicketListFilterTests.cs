namespace Hotline.Grains.Tests.Tickets;

/// <summary>The list filters on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class TicketListFilterTests(TicketClusterFixture fixture) : TicketListFilterContract(fixture), IClassFixture<TicketClusterFixture>;
