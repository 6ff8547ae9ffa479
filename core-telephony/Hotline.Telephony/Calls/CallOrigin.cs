namespace Hotline.Telephony.Calls;

/// <summary>Where an incoming call entered the platform; decides what it may reach.</summary>
public enum CallOrigin
{
    /// <summary>A configured carrier trunk (a citizen from the phone network).</summary>
    Trunk,

    /// <summary>An extension that authenticated with digest (an agent's phone).</summary>
    Extension,

    /// <summary>Anyone else on the network: may reach service numbers only.</summary>
    Anonymous,
}
