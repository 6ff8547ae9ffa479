namespace Hotline.Grains.Abstractions.Events;

/// <summary>How a call ended, as reported in its call detail record.</summary>
[GenerateSerializer]
public enum CallEndCause
{
    /// <summary>An agent answered and the call ended normally.</summary>
    Completed,

    /// <summary>The caller hung up while waiting in a queue.</summary>
    Abandoned,

    /// <summary>The caller hung up in the IVR before asking for a queue (self-service or gave up).</summary>
    IvrOnly,

    /// <summary>The queue's maximum wait sent the caller to voicemail or a call-back.</summary>
    Overflowed,

    /// <summary>The call could not be set up (busy, rejected, network failure).</summary>
    Failed,

    /// <summary>Transferred out of the hotline (another unit or an external number).</summary>
    TransferredOut,
}
