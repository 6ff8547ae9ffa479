using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace Hotline.Qa.Learning;

/// <summary>Trains the quality model on inspectors' corrected scores and evaluates it on a held-out share.</summary>
/// <remarks>
/// LightGBM with one thread: on the 2-core machines the default threading ran about 20× slower (threads fighting
/// over the cores). Text goes through jieba first, then FeaturizeText builds word uni- and bigram features.
/// Cancellation is checked between stages (ML.NET 5 has no public way to interrupt a running Fit).
/// </remarks>
public sealed class QualityModelTrainer(TimeProvider clock)
{
    /// <summary>Share of the examples kept out of training to measure the model.</summary>
    public const double HeldOutFraction = 0.2;

    /// <summary>Boosting rounds per model.</summary>
    public int Iterations { get; init; } = 200;

    /// <summary>Trains version <paramref name="version"/> on <paramref name="examples"/>, whose rule results name <paramref name="itemIds"/>.</summary>
    public QualityModel Train(IReadOnlyList<TrainingExample> examples, IReadOnlyList<string> itemIds, int version, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(itemIds);
        if (examples.Count < 50)
            throw new ArgumentException($"Training needs at least 50 reviewed calls; there are {examples.Count}.", nameof(examples));
        var flagged = examples.Count(e => e.NeedsReview);
        if (flagged == 0 || flagged == examples.Count)
            throw new ArgumentException($"Training needs calls both with and without the needs-review flag; all {examples.Count} are {(flagged == 0 ? "unflagged" : "flagged")}.", nameof(examples));

        var ml = new MLContext(seed: 1);
        progress?.Report(new TrainingProgress("segmenting", 0));
        var rows = new List<QualityRow>(examples.Count);
        foreach (var example in examples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = QualityRow.From(example.Features, itemIds);
            row.Overall = (float)example.Overall;
            row.NeedsReview = example.NeedsReview;
            rows.Add(row);
        }

        var data = ml.Data.LoadFromEnumerable(rows, QualityRowSchema.For(itemIds.Count));
        var split = ml.Data.TrainTestSplit(data, HeldOutFraction, seed: 7);
        var trainCount = (int)split.TrainSet.GetColumn<float>(nameof(QualityRow.Overall)).LongCount();

        progress?.Report(new TrainingProgress("overall", 0.2));
        var overallModel = Features(ml).Append(ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            LabelColumnName = nameof(QualityRow.Overall),
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
            NumberOfIterations = Iterations,
            NumberOfLeaves = 31,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            Seed = 1,
            Silent = true,
        })).Fit(split.TrainSet);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new TrainingProgress("review", 0.55));
        var reviewModel = Features(ml).Append(ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(QualityRow.NeedsReview),
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
            NumberOfIterations = Iterations,
            NumberOfLeaves = 31,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            Seed = 1,
            Silent = true,
        })).Fit(split.TrainSet);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new TrainingProgress("evaluating", 0.9));
        var metrics = Evaluate(ml, overallModel.Transform(split.TestSet), reviewModel.Transform(split.TestSet), split);
        progress?.Report(new TrainingProgress("done", 1));
        return new QualityModel(ml, overallModel, reviewModel, new QualityModelInfo(version, clock.GetUtcNow(), [.. itemIds], trainCount, metrics));
    }

    private static EstimatorChain<ColumnConcatenatingTransformer> Features(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText("WordFeatures", new TextFeaturizingEstimator.Options
        {
            // Words are already jieba-segmented and space-separated: word n-grams only, no character grams.
            CharFeatureExtractor = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, nameof(QualityRow.Words))
            .Append(ml.Transforms.Categorical.OneHotEncoding("QueueFeatures", nameof(QualityRow.Queue)))
            .Append(ml.Transforms.Concatenate("Features",
                nameof(QualityRow.Items), nameof(QualityRow.Figures), nameof(QualityRow.Hour), nameof(QualityRow.Tenure), "QueueFeatures", "WordFeatures"));

    private static QualityMetrics Evaluate(MLContext ml, IDataView overallPredictions, IDataView reviewPredictions, DataOperationsCatalog.TrainTestData split)
    {
        var regression = ml.Regression.Evaluate(overallPredictions, labelColumnName: nameof(QualityRow.Overall));
        var binary = ml.BinaryClassification.Evaluate(reviewPredictions, labelColumnName: nameof(QualityRow.NeedsReview));

        var trainOverall = split.TrainSet.GetColumn<float>(nameof(QualityRow.Overall)).ToList();
        var mean = trainOverall.Average();
        var testOverall = split.TestSet.GetColumn<float>(nameof(QualityRow.Overall)).ToList();
        var baselineError = testOverall.Average(v => Math.Abs(v - mean));

        var majority = split.TrainSet.GetColumn<bool>(nameof(QualityRow.NeedsReview)).Count(v => v) * 2 > trainOverall.Count;
        var testFlags = split.TestSet.GetColumn<bool>(nameof(QualityRow.NeedsReview)).ToList();
        var baselineAccuracy = testFlags.Count(v => v == majority) / (double)testFlags.Count;

        return new QualityMetrics(testOverall.Count, regression.MeanAbsoluteError, regression.RootMeanSquaredError, regression.RSquared, baselineError,
            binary.AreaUnderRocCurve, binary.Accuracy, binary.F1Score, baselineAccuracy);
    }
}
