using Hotline.Grains.Tests.Reviews;

namespace Hotline.Grains.Tests.Training;

/// <summary>The grading queue and attempt lists on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class ExamAttemptListPostgresTests(PostgresPeopleClusterFixture fixture) : ExamAttemptListContract(fixture), IClassFixture<PostgresPeopleClusterFixture>;
