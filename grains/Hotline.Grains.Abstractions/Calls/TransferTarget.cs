namespace Hotline.Grains.Abstractions.Calls;

/// <summary>Where a transfer or three-way call goes: an agent's extension or an outside number.</summary>
[GenerateSerializer, Immutable, Alias("Hotline.TransferTarget")]
public sealed record TransferTarget(
    [property: Id(0)] TransferTargetKind Kind,
    [property: Id(1)] string Number)
{
    /// <summary>An extension of the platform (an agent's phone).</summary>
    public static TransferTarget Extension(string number) => new(TransferTargetKind.Extension, number);

    /// <summary>An outside number, dialled through the default trunk.</summary>
    public static TransferTarget Outside(string number) => new(TransferTargetKind.Outside, number);

    /// <summary>A queue of the platform (the caller waits there for the next agent).</summary>
    public static TransferTarget Queue(string name) => new(TransferTargetKind.Queue, name);

    /// <inheritdoc />
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Number}";
}

/// <summary>The kind of a <see cref="TransferTarget"/>.</summary>
[GenerateSerializer]
public enum TransferTargetKind
{
    /// <summary>An extension.</summary>
    Extension,

    /// <summary>An outside number.</summary>
    Outside,

    /// <summary>A queue.</summary>
    Queue,
}
