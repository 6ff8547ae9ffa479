namespace Hotline.Grains.Tests.Tickets;

/// <summary>The workflow transitions on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class TicketWorkflowTests(TicketClusterFixture fixture) : TicketWorkflowContract(fixture), IClassFixture<TicketClusterFixture>;
