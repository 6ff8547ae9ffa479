namespace Hotline.Analytics.Schema;

/// <summary>A materialized view that feeds a rollup table from an event table on every insert.</summary>
/// <param name="Name">The view's name.</param>
/// <param name="Target">The table it writes to.</param>
/// <param name="Select">The SELECT over the source; <c>{db}</c> stands for the analytics database and <c>{source}</c> for the source table.</param>
/// <param name="Source">The event table it reads.</param>
public sealed record ViewDefinition(string Name, string Target, string Select, string Source);
