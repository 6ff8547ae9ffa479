namespace Hotline.Qa.Calibration;

/// <summary>An agreement coefficient with the two proportions it is built from.</summary>
/// <param name="Kappa">1 = perfect agreement, 0 = what chance alone gives, below 0 = worse than chance.</param>
/// <param name="Observed">Observed agreement (weighted kappas: 1 − observed weighted disagreement).</param>
/// <param name="Expected">Agreement expected by chance from the raters' marginal distributions.</param>
/// <param name="Subjects">How many rated subjects (calls, items …) the figure rests on.</param>
public sealed record KappaResult(double Kappa, double Observed, double Expected, int Subjects);
