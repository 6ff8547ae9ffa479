using Hotline.Qa.Learning;
using Hotline.Qa.Review;
using Hotline.Qa.Scoring;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Qa.Tests.Learning;

/// <summary>Retraining started from the portal: one run at a time, its failure reported on the model rather than thrown.</summary>
[Trait("Category", "Unit")]
public sealed class ActiveQualityModelTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-active-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_background_run_refuses_a_second_start_and_reports_why_it_failed()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider();
        using var model = new ActiveQualityModel(new QualityModelStore(Path.Combine(folder, "models")), new QualityModelTrainer(clock));
        var store = new HeldReviewStore(new JsonReviewStore(folder));
        using var reviews = new ReviewWorkflow(store, new SamplingPolicy(new SamplingSettings()), clock);
        var scores = new ScoreStore(Path.Combine(folder, "scores"));

        Assert.True(model.TryStartRetraining(reviews, scores, SyntheticTrainingSet.ItemIds));
        await store.Reading.Task.WaitAsync(ct);
        Assert.True(model.Training);
        var second = model.TryStartRetraining(reviews, scores, SyntheticTrainingSet.ItemIds);
        store.Release.SetResult();
        while (model.Training)
            await Task.Delay(20, ct);

        Assert.False(second);
        Assert.Equal("failed", model.Progress?.Stage);
        Assert.Contains("at least 50 reviewed calls; there are 0", model.LastError, StringComparison.Ordinal);
        Assert.Null(model.Current);
        Assert.True(model.TryStartRetraining(reviews, scores, SyntheticTrainingSet.ItemIds));
        while (model.Training)
            await Task.Delay(20, ct);
    }

    /// <summary>Holds the training run while it reads the reviews, until the test lets it go.</summary>
    private sealed class HeldReviewStore(IReviewStore inner) : IReviewStore
    {
        public TaskCompletionSource Reading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyList<CallReview>> AllAsync(CancellationToken cancellationToken)
        {
            Reading.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return await inner.AllAsync(cancellationToken);
        }

        public Task<CallReview?> GetAsync(string callId, CancellationToken cancellationToken) => inner.GetAsync(callId, cancellationToken);

        public Task SaveAsync(CallReview review, CancellationToken cancellationToken) => inner.SaveAsync(review, cancellationToken);

        public Task<IReadOnlyList<TypicalCase>> CasesAsync(CancellationToken cancellationToken) => inner.CasesAsync(cancellationToken);

        public Task SaveCaseAsync(TypicalCase typicalCase, CancellationToken cancellationToken) => inner.SaveCaseAsync(typicalCase, cancellationToken);
    }
}
