namespace Hotline.Portal.Components.Pages.Qa;

/// <summary>Reads a kappa in words on the Landis–Koch scale, the one QA leads quote (below 0 poor … above 0.8 almost perfect).</summary>
public static class KappaLevel
{
    /// <summary>The QaText key naming the agreement level of <paramref name="kappa"/>.</summary>
    public static string KeyOf(double kappa) => kappa switch
    {
        double.NaN => "Agreement_None",
        < 0 => "Agreement_Poor",
        <= 0.2 => "Agreement_Slight",
        <= 0.4 => "Agreement_Fair",
        <= 0.6 => "Agreement_Moderate",
        <= 0.8 => "Agreement_Substantial",
        _ => "Agreement_AlmostPerfect",
    };
}
