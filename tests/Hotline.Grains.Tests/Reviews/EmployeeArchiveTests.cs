namespace Hotline.Grains.Tests.Reviews;

/// <summary>An employee's archive and onboarding progress on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class EmployeeArchiveTests(PeopleClusterFixture fixture) : EmployeeArchiveContract(fixture), IClassFixture<PeopleClusterFixture>;
