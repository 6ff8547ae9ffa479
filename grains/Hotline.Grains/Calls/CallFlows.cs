namespace Hotline.Grains.Calls;

/// <summary>The names of the IVR flows a call's grain asks the telephony node to run.</summary>
public static class CallFlows
{
    /// <summary>The welcome menu of the service number.</summary>
    public const string Welcome = "12328";

    /// <summary>The satisfaction survey after the agent hangs up.</summary>
    public const string Survey = "12328-survey";

    /// <summary>The queue's maximum wait: take a message.</summary>
    public const string QueueVoicemail = "12328-queue-voicemail";

    /// <summary>The queue's maximum wait: offer a call-back.</summary>
    public const string QueueCallback = "12328-queue-callback";
}
