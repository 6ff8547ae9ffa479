using Hotline.Grains.Tests.Reviews;

namespace Hotline.Grains.Tests.Training;

/// <summary>Exam attempts: drawing, grading, the time limit and the archive on the PostgreSQL operational store (scale-out).</summary>
[Trait("Category", "Integration")]
public sealed class ExamAttemptPostgresTests(PostgresPeopleClusterFixture fixture) : ExamAttemptContract(fixture), IClassFixture<PostgresPeopleClusterFixture>;
