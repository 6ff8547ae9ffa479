namespace Hotline.Telephony.Calls;

/// <summary>Why a call ended; every ended call carries one (they go into the CDR).</summary>
public enum CallEndCause
{
    /// <summary>A party hung up after the call was answered.</summary>
    NormalClearing,

    /// <summary>The caller hung up (CANCEL) before the call was answered.</summary>
    CallerAbandoned,

    /// <summary>The platform or the application refused the call.</summary>
    Rejected,

    /// <summary>The called party was busy (486/600).</summary>
    Busy,

    /// <summary>The called party did not answer in time.</summary>
    NoAnswer,

    /// <summary>The called party could not be reached (no registration, 404/480, transport failure).</summary>
    Unreachable,

    /// <summary>Signalling failed (no ACK, timeouts, errors).</summary>
    Failure,

    /// <summary>The call was handed to someone else and this platform's part ended (blind transfer out).</summary>
    Transferred,
}
