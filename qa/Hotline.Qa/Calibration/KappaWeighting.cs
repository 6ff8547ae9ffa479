namespace Hotline.Qa.Calibration;

/// <summary>How much a disagreement of |i − j| ordered categories costs in a weighted kappa.</summary>
public enum KappaWeighting
{
    /// <summary>|i − j| / (k − 1).</summary>
    Linear,

    /// <summary>((i − j) / (k − 1))²: near misses cost little.</summary>
    Quadratic,
}
