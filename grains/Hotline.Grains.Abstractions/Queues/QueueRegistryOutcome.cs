namespace Hotline.Grains.Abstractions.Queues;

/// <summary>The result of a registry change: done, or the refusal and its detail (see <see cref="QueueRegistryRefusal"/>).</summary>
[GenerateSerializer, Immutable, Alias("Hotline.QueueRegistryOutcome")]
public sealed record QueueRegistryOutcome(
    [property: Id(0)] QueueRegistryRefusal? Refusal,
    [property: Id(1)] string? Detail = null)
{
    /// <summary>The change was made.</summary>
    public static QueueRegistryOutcome Done { get; } = new(Refusal: null);

    /// <summary>True when the change was made.</summary>
    public bool Succeeded => Refusal is null;

    /// <summary>A refusal of <paramref name="refusal"/> about <paramref name="detail"/>.</summary>
    public static QueueRegistryOutcome Refused(QueueRegistryRefusal refusal, string detail) => new(refusal, detail);
}
