using Hotline.Grains.Tests.Reviews;

namespace Hotline.Grains.Tests.Training;

/// <summary>The grading queue and attempt lists on the SQLite operational store (the embedded default).</summary>
[Trait("Category", "Integration")]
public sealed class ExamAttemptListTests(PeopleClusterFixture fixture) : ExamAttemptListContract(fixture), IClassFixture<PeopleClusterFixture>;
