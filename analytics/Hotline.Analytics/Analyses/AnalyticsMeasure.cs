namespace Hotline.Analytics.Analyses;

/// <summary>What is counted: inbound calls offered, or tickets created.</summary>
public enum AnalyticsMeasure
{
    Calls,
    Tickets,
}
