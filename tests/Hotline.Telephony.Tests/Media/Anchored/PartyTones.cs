namespace Hotline.Telephony.Tests.Media.Anchored;

/// <summary>
/// The tone each party's baresip sends in the who-hears-whom tests, so what a phone hears can be told apart by frequency.
/// Multiples of 10 Hz (exact <see cref="ToneLevel"/> bins), clear of the music on hold's notes, and spaced unevenly so that
/// no distortion product of two tones (2a−b, a+b−c) lands on another.
/// </summary>
internal static class PartyTones
{
    /// <summary>The citizen who calls 12328.</summary>
    public const int Citizen = 1000;

    /// <summary>The agent the call is bridged to first.</summary>
    public const int Agent = 1300;

    /// <summary>A third party, or the agent a call is transferred to.</summary>
    public const int ThirdParty = 1700;

    /// <summary>A supervisor listening, whispering or barging in.</summary>
    public const int Supervisor = 2300;
}
