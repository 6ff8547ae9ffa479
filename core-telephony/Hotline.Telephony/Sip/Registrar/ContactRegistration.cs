using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Registrar;

/// <summary>One contact of a REGISTER after expiry rules were applied: add or refresh for <see cref="Expires"/>, or remove when zero.</summary>
/// <param name="Uri">The contact URI.</param>
/// <param name="Parameters">Its header parameters other than expires.</param>
/// <param name="Q">Its q value, if any.</param>
/// <param name="Expires">The granted lifetime; zero removes the binding.</param>
public sealed record ContactRegistration(AddressUri Uri, IReadOnlyList<SipParameter> Parameters, double? Q, TimeSpan Expires);
