namespace Hotline.Grains.Tests.Tickets;

/// <summary>Concurrent merges on the SQLite operational store.</summary>
[Trait("Category", "Integration")]
public sealed class TicketMergeTests(TicketClusterFixture fixture) : TicketMergeContract(fixture), IClassFixture<TicketClusterFixture>;
