namespace Hotline.Telephony.Calls;

/// <summary>Who a call is connected to.</summary>
public abstract record CallTarget
{
    /// <summary>A platform extension, reached at its registered contacts.</summary>
    public sealed record Extension(string Number) : CallTarget
    {
        public override string ToString() => $"extension {Number}";
    }

    /// <summary>An outside number, reached through a carrier trunk (the named one, or the default).</summary>
    public sealed record External(string Number, string? Trunk = null) : CallTarget
    {
        public override string ToString() => $"external {Number} via {Trunk ?? "default trunk"}";
    }
}
