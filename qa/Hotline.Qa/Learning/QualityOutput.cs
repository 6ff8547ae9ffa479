namespace Hotline.Qa.Learning;

/// <summary>The trainers' output columns read back after prediction.</summary>
internal sealed class QualityOutput
{
    /// <summary>Regression: the predicted overall; binary: the raw margin.</summary>
    public float Score { get; set; }

    /// <summary>Binary only: the calibrated probability.</summary>
    public float Probability { get; set; }
}
