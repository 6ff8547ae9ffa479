namespace Hotline.Telephony.Sip.Registrar;

/// <summary>A binding was added, refreshed, removed or expired.</summary>
public sealed class LocationBindingEventArgs(LocationBinding binding, LocationBindingChange change) : EventArgs
{
    /// <summary>The binding (for removals, as it was last).</summary>
    public LocationBinding Binding { get; } = binding;

    /// <summary>What happened.</summary>
    public LocationBindingChange Change { get; } = change;
}
