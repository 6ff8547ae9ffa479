namespace Hotline.Grains.Tests.Reviews;

/// <summary>An employee's archive and onboarding progress on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class EmployeeArchivePostgresTests(PostgresPeopleClusterFixture fixture) : EmployeeArchiveContract(fixture), IClassFixture<PostgresPeopleClusterFixture>;
