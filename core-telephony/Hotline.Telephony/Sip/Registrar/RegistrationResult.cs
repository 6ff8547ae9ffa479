namespace Hotline.Telephony.Sip.Registrar;

/// <summary>The outcome of a <see cref="RegistrationChange"/> and the AOR's live bindings afterwards (highest q first).</summary>
/// <param name="Status">Whether it was applied.</param>
/// <param name="Bindings">The live bindings of the AOR after the change (unchanged ones when it was refused).</param>
public sealed record RegistrationResult(RegistrationStatus Status, IReadOnlyList<LocationBinding> Bindings);
