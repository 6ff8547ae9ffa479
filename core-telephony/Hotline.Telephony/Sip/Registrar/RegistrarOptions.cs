namespace Hotline.Telephony.Sip.Registrar;

/// <summary>Configuration of <see cref="Registrar"/>.</summary>
public sealed class RegistrarOptions
{
    /// <summary>The domains (host names or addresses, case-insensitive) whose AORs are served; empty: any domain (single-tenant setups).</summary>
    public ISet<string> Domains { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether REGISTER must carry valid digest credentials of the AOR's user. Default true.</summary>
    public bool RequireAuthentication { get; set; } = true;

    /// <summary>The lifetime granted when neither the contact nor the request says (RFC 3261 §10.2.1.1 suggests 3600 s).</summary>
    public TimeSpan DefaultExpires { get; set; } = TimeSpan.FromSeconds(3600);

    /// <summary>Shorter non-zero requests get 423 Interval Too Brief with this as Min-Expires (§10.3 step 7). Default 60 s.</summary>
    public TimeSpan MinExpires { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longer requests are shortened to this (a registrar may shorten, never lengthen). Default 7200 s.</summary>
    public TimeSpan MaxExpires { get; set; } = TimeSpan.FromSeconds(7200);
}
