using Microsoft.ML;

namespace Hotline.Qa.Learning;

/// <summary>A trained quality model: one regressor for the overall score, one classifier for the needs-review flag.</summary>
/// <remarks>Prediction engines are not thread-safe, so predictions are serialised; scoring is a few hundred microseconds per call.</remarks>
public sealed class QualityModel : IDisposable
{
    private readonly MLContext ml;
    private readonly PredictionEngine<QualityRow, QualityOutput> overall;
    private readonly PredictionEngine<QualityRow, QualityOutput> review;
    private readonly Lock gate = new();

    internal QualityModel(MLContext ml, ITransformer overallModel, ITransformer reviewModel, QualityModelInfo info)
    {
        this.ml = ml;
        OverallModel = overallModel;
        ReviewModel = reviewModel;
        Info = info;
        var schema = QualityRowSchema.For(info.ItemIds.Count);
        overall = ml.Model.CreatePredictionEngine<QualityRow, QualityOutput>(overallModel, inputSchemaDefinition: schema);
        review = ml.Model.CreatePredictionEngine<QualityRow, QualityOutput>(reviewModel, inputSchemaDefinition: schema);
    }

    /// <summary>Version, training time, items and held-out metrics.</summary>
    public QualityModelInfo Info { get; }

    internal ITransformer OverallModel { get; }

    internal ITransformer ReviewModel { get; }

    internal MLContext Context => ml;

    /// <summary>The model's overall score and review flag for a call.</summary>
    public QualityPrediction Predict(CallFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var row = QualityRow.From(features, Info.ItemIds);
        lock (gate)
        {
            var score = overall.Predict(row).Score;
            var probability = review.Predict(row).Probability;
            return new QualityPrediction(Math.Clamp(score, 0, 100), probability, probability >= 0.5);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        overall.Dispose();
        review.Dispose();
    }
}
