namespace Hotline.Grains.Tests.Tickets;

/// <summary>The workflow transitions on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class TicketWorkflowPostgresTests(PostgresTicketClusterFixture fixture) : TicketWorkflowContract(fixture), IClassFixture<PostgresTicketClusterFixture>;
