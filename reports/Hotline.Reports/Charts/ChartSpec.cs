namespace Hotline.Reports.Charts;

/// <summary>What a chart shows, independent of the plotting library; <see cref="ChartRenderer"/> draws it.</summary>
public abstract record ChartSpec(string Title)
{
    /// <summary>The title as drawn above the plot.</summary>
    public virtual string DisplayTitle => Title;
}
