namespace Hotline.Portal.Administration;

/// <summary>The numbers page's form: a new number, or the binding, name and state of an existing one (whose number does not change).</summary>
public sealed class ServiceNumberForm
{
    public string? Number { get; set; }
    public string? DisplayName { get; set; }
    public string? Flow { get; set; }
    public bool Enabled { get; set; } = true;
}
