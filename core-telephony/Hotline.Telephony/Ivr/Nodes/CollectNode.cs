namespace Hotline.Telephony.Ivr;

/// <summary>A menu or digit collection: prompt, collect with timeouts and retries, branch by digits or pattern.</summary>
/// <remarks>
/// With branches, input must match one (first match wins); without branches any input of
/// <see cref="MinDigits"/>..<see cref="MaxDigits"/> digits is valid and the run continues to <see cref="Next"/>.
/// After the last attempt: no input goes to <see cref="OnTimeout"/> (else <see cref="Default"/>), invalid input
/// to <see cref="Default"/>; with neither the call is hung up.
/// Type-ahead rule: digits beyond what the node consumed are discarded when the node finishes.
/// </remarks>
public sealed record CollectNode : PromptedInputNode
{
    /// <summary>Maximum digits (1 for a menu).</summary>
    public int MaxDigits { get; init; } = 1;

    /// <summary>Minimum digits for input to count (branches without patterns need their exact digits anyway).</summary>
    public int MinDigits { get; init; } = 1;

    /// <summary>Key that ends input early, e.g. "#".</summary>
    public string? Terminator { get; init; }

    /// <summary>Variable that receives the digits.</summary>
    public string? Variable { get; init; }

    /// <summary>Branches by exact digits or regular expression.</summary>
    public IList<DigitBranch> Branches { get; init; } = [];

    /// <summary>Next node when there are no branches.</summary>
    public string? Next { get; init; }

    /// <summary>Where to go when all attempts had invalid input (and when they timed out, if <see cref="OnTimeout"/> is unset).</summary>
    public string? Default { get; init; }

    /// <summary>Where to go when the last attempt had no input.</summary>
    public string? OnTimeout { get; init; }

    /// <inheritdoc />
    public override IEnumerable<(string Field, string? Target)> Targets()
    {
        for (var i = 0; i < Branches.Count; i++)
        {
            yield return ($"branches[{i}].next", Branches[i].Next);
        }
        yield return ("next", Next);
        yield return ("default", Default);
        yield return ("onTimeout", OnTimeout);
    }
}

/// <summary>A branch of a collect node: exact <see cref="Digits"/> or a regular expression <see cref="Pattern"/>.</summary>
public sealed record DigitBranch
{
    /// <summary>Exact digits, e.g. "1".</summary>
    public string? Digits { get; init; }

    /// <summary>Regular expression matched against the whole input, e.g. <c>^9\d{3}$</c>.</summary>
    public string? Pattern { get; init; }

    /// <summary>Node to continue to.</summary>
    public required string Next { get; init; }
}
