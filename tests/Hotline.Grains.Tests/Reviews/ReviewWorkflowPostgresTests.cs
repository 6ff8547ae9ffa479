namespace Hotline.Grains.Tests.Reviews;

/// <summary>The review workflow and its role checks on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class ReviewWorkflowPostgresTests(PostgresPeopleClusterFixture fixture) : ReviewWorkflowContract(fixture), IClassFixture<PostgresPeopleClusterFixture>;
