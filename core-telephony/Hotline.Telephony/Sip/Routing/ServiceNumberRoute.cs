namespace Hotline.Telephony.Sip.Routing;

/// <summary>An enabled service number and the name of the IVR flow its calls start with.</summary>
public sealed record ServiceNumberRoute(string Number, string Flow);
