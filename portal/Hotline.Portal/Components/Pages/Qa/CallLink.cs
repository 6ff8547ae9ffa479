namespace Hotline.Portal.Components.Pages.Qa;

/// <summary>The address of a call's review page (the call id is escaped: ids come from the telephony layer, not from us).</summary>
public static class CallLink
{
    /// <summary>The review page of <paramref name="callId"/>.</summary>
    public static string To(string callId) => "/qa/calls/" + Uri.EscapeDataString(callId);
}
