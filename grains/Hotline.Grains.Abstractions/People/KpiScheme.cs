namespace Hotline.Grains.Abstractions.People;

/// <summary>The KPI definitions reviews of one role use.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.People.KpiScheme")]
public sealed record KpiScheme(
    [property: Id(0)] string Role,
    [property: Id(1)] IReadOnlyList<KpiDefinition> Kpis);
