namespace Hotline.Reports.Data;

/// <summary>How often one scorecard item (开场白规范, 信息核实, …) was passed in the period and the previous period.</summary>
public sealed record QaItemResult(string Item, long Checked, long Passed, double? PreviousPassRate)
{
    /// <summary>Passed ÷ checked, or null when the item was never checked.</summary>
    public double? PassRate => Checked == 0 ? null : (double)Passed / Checked;
}
