namespace Hotline.Telephony.Tests.Peers;

/// <summary>baresip could not be brought up on the chosen ports (another attempt may succeed).</summary>
internal sealed class BaresipStartException(string message) : Exception(message);
