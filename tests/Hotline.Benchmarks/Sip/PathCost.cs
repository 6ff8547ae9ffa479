namespace Hotline.Benchmarks.Sip;

/// <summary>Where the time went in a step of the in-process server: CPU and allocation per call, garbage collections.</summary>
internal sealed record PathCost(double CpuMicrosecondsPerCall, double KilobytesAllocatedPerCall, int Gen0Collections, int Gen1Collections, int Gen2Collections, double CpuUtilisation);
