namespace Hotline.Analytics.Analyses;

/// <summary>How often one scorecard item was passed in a period and in the period before it.</summary>
/// <param name="Item">The item's name, e.g. 标准开场白.</param>
/// <param name="Checked">Calls the item was judged on (passed, partial or failed; not applicable and unscored items are left out).</param>
/// <param name="Passed">Calls it earned full marks on.</param>
/// <param name="PreviousChecked">The same in the previous period.</param>
/// <param name="PreviousPassed">The same in the previous period.</param>
public sealed record QaItemPassRate(string Item, long Checked, long Passed, long PreviousChecked, long PreviousPassed)
{
    /// <summary>Passed ÷ checked, null when the item was not judged.</summary>
    public double? PassRate => Checked == 0 ? null : (double)Passed / Checked;

    /// <summary>The previous period's pass rate, null when the item was not judged then.</summary>
    public double? PreviousPassRate => PreviousChecked == 0 ? null : (double)PreviousPassed / PreviousChecked;
}
