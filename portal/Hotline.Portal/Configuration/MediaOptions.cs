namespace Hotline.Portal.Configuration;

/// <summary>Settings of the media the platform anchors for every call (<c>Hotline:Media</c>).</summary>
public sealed class MediaOptions
{
    /// <summary>The address RTP binds to and SDP advertises; empty means the first SIP listen address.</summary>
    public string? RtpAddress { get; set; }

    /// <summary>The first port of the RTP range (each call leg takes an even/odd pair).</summary>
    public int RtpPortMin { get; set; } = 20000;

    /// <summary>The last port of the RTP range.</summary>
    public int RtpPortMax { get; set; } = 29999;

    /// <summary>Seconds without RTP from a party (not on hold) before its call is ended; 0 never.</summary>
    public int MediaTimeoutSeconds { get; set; } = 60;

    /// <summary>A WAV file looped as music on hold; empty uses the platform's generated melody.</summary>
    public string? MusicOnHoldFile { get; set; }

    /// <summary>Where IVR prompt files are looked up; empty means <c>&lt;DataDir&gt;/prompts</c>.</summary>
    public string? PromptsFolder { get; set; }

    /// <summary>The espeak-ng voice for Chinese text-to-speech.</summary>
    public string TtsVoice { get; set; } = "cmn";
}
