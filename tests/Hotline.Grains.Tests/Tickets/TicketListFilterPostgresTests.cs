namespace Hotline.Grains.Tests.Tickets;

/// <summary>The list filters on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class TicketListFilterPostgresTests(PostgresTicketClusterFixture fixture) : TicketListFilterContract(fixture), IClassFixture<PostgresTicketClusterFixture>;
