namespace Hotline.Telephony.Ivr;

/// <summary>Sets a variable (the value may use <c>{name}</c> substitution) and continues.</summary>
public sealed record SetVariableNode : IvrNode
{
    /// <summary>Variable name.</summary>
    public string? Name { get; init; }

    /// <summary>Value template.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>Next node.</summary>
    public string? Next { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets() => [("next", Next)];
}
