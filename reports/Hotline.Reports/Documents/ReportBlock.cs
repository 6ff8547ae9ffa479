namespace Hotline.Reports.Documents;

/// <summary>One piece of a section's body; the layout engine knows every kind.</summary>
public abstract record ReportBlock;
