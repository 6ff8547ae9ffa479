using Hotline.Grains.Tests.Reviews;

namespace Hotline.Grains.Tests.Rosters;

/// <summary>Rosters, leave and adherence on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class RosterBookTests(PeopleClusterFixture fixture) : RosterBookContract(fixture), IClassFixture<PeopleClusterFixture>;
