using Hotline.Grains.Tests.Reviews;

namespace Hotline.Grains.Tests.Rosters;

/// <summary>Rosters, leave and adherence on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class RosterBookPostgresTests(PostgresPeopleClusterFixture fixture) : RosterBookContract(fixture), IClassFixture<PostgresPeopleClusterFixture>;
