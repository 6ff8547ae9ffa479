namespace Hotline.Grains.Abstractions.Calls;

/// <summary>A call that reached a service number, as the telephony node offers it to the call's grain.</summary>
/// <param name="CallerNumber">The caller's number (or user part when anonymous).</param>
/// <param name="CalledNumber">The service number dialled, e.g. 12328.</param>
/// <param name="Trunk">The carrier trunk it came in on, or null (a SIP client).</param>
/// <param name="ArrivedAt">When the INVITE arrived.</param>
/// <param name="Node">The node that terminates the call's media and carries out the grain's commands.</param>
/// <param name="Flow">The IVR flow the service number is bound to (the registry's binding when the call arrived); null runs the welcome flow.</param>
[GenerateSerializer, Immutable, Alias("Hotline.IncomingCallInfo")]
public sealed record IncomingCallInfo(
    [property: Id(0)] string CallerNumber,
    [property: Id(1)] string CalledNumber,
    [property: Id(2)] string? Trunk,
    [property: Id(3)] DateTimeOffset ArrivedAt,
    [property: Id(4)] ITelephonyNode Node,
    [property: Id(5)] string? Flow = null);
