using Hotline.Grains.Tests.Reviews;

namespace Hotline.Grains.Tests.Training;

/// <summary>Exam attempts: drawing, grading, the time limit and the archive on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class ExamAttemptTests(PeopleClusterFixture fixture) : ExamAttemptContract(fixture), IClassFixture<PeopleClusterFixture>;
