namespace Hotline.Grains.Tests.Tickets;

/// <summary>Concurrent merges on the PostgreSQL operational store.</summary>
[Trait("Category", "Integration")]
public sealed class TicketMergePostgresTests(PostgresTicketClusterFixture fixture) : TicketMergeContract(fixture), IClassFixture<PostgresTicketClusterFixture>;
