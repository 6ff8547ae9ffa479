namespace Hotline.Grains.Tests.Reviews;

/// <summary>The review workflow and its role checks on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class ReviewWorkflowTests(PeopleClusterFixture fixture) : ReviewWorkflowContract(fixture), IClassFixture<PeopleClusterFixture>;
