namespace Hotline.Telephony.Sip.Routing;

/// <summary>
/// Tells the SIP service, for each INVITE, whether the dialled number is a service number citizens may call without
/// credentials, and which IVR flow its calls run. The application decides where numbers come from (configuration, a store).
/// </summary>
public interface IServiceNumberResolver
{
    /// <summary>The route of <paramref name="dialled"/> when it is an enabled service number; null when it is not one (or is disabled).</summary>
    ServiceNumberRoute? Resolve(string dialled);
}
