namespace Hotline.Qa.Learning;

/// <summary>How the model did on calls held out of training, next to the constant baselines it must beat.</summary>
/// <param name="HeldOut">Held-out calls.</param>
/// <param name="MeanAbsoluteError">Overall score: mean absolute error (points).</param>
/// <param name="RootMeanSquaredError">Overall score: root mean squared error.</param>
/// <param name="RSquared">Overall score: coefficient of determination.</param>
/// <param name="BaselineMeanAbsoluteError">Mean absolute error of always predicting the training mean.</param>
/// <param name="Auc">Needs-review flag: area under the ROC curve.</param>
/// <param name="Accuracy">Needs-review flag: accuracy at 0.5.</param>
/// <param name="F1">Needs-review flag: F1 at 0.5.</param>
/// <param name="BaselineAccuracy">Accuracy of always answering the training majority.</param>
public sealed record QualityMetrics(
    int HeldOut,
    double MeanAbsoluteError,
    double RootMeanSquaredError,
    double RSquared,
    double BaselineMeanAbsoluteError,
    double Auc,
    double Accuracy,
    double F1,
    double BaselineAccuracy);
