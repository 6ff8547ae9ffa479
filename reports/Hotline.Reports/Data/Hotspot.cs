namespace Hotline.Reports.Data;

/// <summary>A topic that drew many more tickets than usual (热点), with an example and where it concentrated.</summary>
public sealed record Hotspot(string Topic, long Count, long? PreviousCount, string Where, string Example);
