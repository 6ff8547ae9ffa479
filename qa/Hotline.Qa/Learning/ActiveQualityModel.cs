using Hotline.Qa.Review;
using Hotline.Qa.Scoring;

namespace Hotline.Qa.Learning;

/// <summary>The quality model in use: the newest saved version, replaced when a retraining run finishes. Null until one has been trained.</summary>
public sealed class ActiveQualityModel(QualityModelStore store, QualityModelTrainer trainer) : IDisposable
{
    private readonly SemaphoreSlim training = new(1, 1);
    private QualityModel? current;

    /// <summary>The model scoring uses now, or null.</summary>
    public QualityModel? Current => Volatile.Read(ref current);

    /// <summary>The last training run's progress (null before the first).</summary>
    public TrainingProgress? Progress { get; private set; }

    /// <summary>True while a training run is going.</summary>
    public bool Training => training.CurrentCount == 0;

    /// <summary>Why the last run failed (too few reviews, one-sided labels …); null after a success.</summary>
    public string? LastError { get; private set; }

    /// <summary>Starts a training run in the background (the portal polls <see cref="Progress"/>); false when one is already going.</summary>
    public bool TryStartRetraining(ReviewWorkflow reviews, ScoreStore scores, IReadOnlyList<string> itemIds)
    {
        if (!training.Wait(0))
            return false;
        Progress = new TrainingProgress("starting", 0);
        _ = Task.Run(async () =>
        {
            try
            {
                await TrainAndSwapAsync(reviews, scores, itemIds, CancellationToken.None);
                LastError = null;
            }
#pragma warning disable CA1031 // A failed run is reported on the status, never thrown into the thread pool.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LastError = ex.Message;
                Progress = new TrainingProgress("failed", Progress?.Fraction ?? 0);
            }
            finally
            {
                training.Release();
            }
        });
        return true;
    }

    /// <summary>Loads the newest saved version, if any.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default) => Swap(await store.LoadLatestAsync(cancellationToken));

    /// <summary>Trains a new version on every finished review whose call was scored, saves it, and puts it in use.</summary>
    /// <exception cref="InvalidOperationException">A training run is already going.</exception>
    public async Task<QualityModelInfo> RetrainAsync(ReviewWorkflow reviews, ScoreStore scores, IReadOnlyList<string> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(scores);
        if (!await training.WaitAsync(0, cancellationToken))
            throw new InvalidOperationException($"A training run is already going ({Progress?.Stage}, {Progress?.Fraction:P0}).");
        try
        {
            return await TrainAndSwapAsync(reviews, scores, itemIds, cancellationToken);
        }
        finally
        {
            training.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => training.Dispose();

    // The caller holds the training gate.
    private async Task<QualityModelInfo> TrainAndSwapAsync(ReviewWorkflow reviews, ScoreStore scores, IReadOnlyList<string> itemIds, CancellationToken cancellationToken)
    {
        var examples = new List<TrainingExample>();
        foreach (var review in await reviews.FinishedAsync(cancellationToken))
        {
            // Calls scored without a transcript have no rule results for the text items: nothing to learn from.
            if (await scores.GetAsync(review.CallId, cancellationToken) is { } stored && stored.Score.Items.All(i => i.Status != ItemStatus.NotScored))
                examples.Add(TrainingLabel.From(review, stored.Features));
        }

        var reporter = new Reporter(p => Progress = p);
        var model = await Task.Run(() => trainer.Train(examples, itemIds, store.NextVersion(), reporter, cancellationToken), cancellationToken);
        await store.SaveAsync(model, cancellationToken);
        Swap(model);
        return model.Info;
    }

    // The replaced model may still be predicting on another thread, so it is not disposed here; its prediction engines hold only managed memory.
    private void Swap(QualityModel? model) => Volatile.Write(ref current, model);

    /// <summary>Reports on the training thread: Progress&lt;T&gt; would post to a context the host may not have.</summary>
    private sealed class Reporter(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
