using System.Net;
using Hotline.Portal.Configuration;
using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Sessions;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Portal.Hosting;

/// <summary>Builds the media engine from <c>Hotline:Media</c>: RTP range, recordings and voicemail under the data folder, espeak-ng TTS.</summary>
public static class MediaSetup
{
    public static IServiceCollection AddMediaEngine(this IServiceCollection services, HotlineOptions options, IReadOnlyList<SipListenAddress> listen)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(listen);
        var engineOptions = ToEngineOptions(options, listen);
        var ttsOptions = new EspeakTtsOptions { CacheDirectory = Path.Combine(options.DataDir, "tts"), Voice = options.Media.TtsVoice };
        services.AddSingleton<ITtsRenderer>(_ => new EspeakTtsRenderer(ttsOptions));
        services.AddSingleton(sp => new MediaEngine(engineOptions, sp.GetRequiredService<ITtsRenderer>(), sp.GetRequiredService<ILogger<MediaEngine>>()));
        return services;
    }

    /// <summary>Maps the configuration onto the engine's options; a bad value stops start-up naming its key.</summary>
    public static MediaEngineOptions ToEngineOptions(HotlineOptions options, IReadOnlyList<SipListenAddress> listen)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(listen);
        var media = options.Media;
        IPAddress address;
        if (string.IsNullOrWhiteSpace(media.RtpAddress))
        {
            address = listen.Count > 0 ? listen[0].EndPoint.Address : IPAddress.Loopback;
        }
        else if (!IPAddress.TryParse(media.RtpAddress, out address!))
        {
            throw HotlineStartupException.ForSetting("Hotline:Media:RtpAddress", media.RtpAddress, "an IP address such as 127.0.0.1");
        }

        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            throw HotlineStartupException.ForSetting("Hotline:Media:RtpAddress", address.ToString(), "a concrete address phones can send RTP to (not 0.0.0.0)");
        }

        if (media.RtpPortMin < 1024 || media.RtpPortMax > 65534 || media.RtpPortMax - media.RtpPortMin < 3)
        {
            throw HotlineStartupException.ForSetting(
                "Hotline:Media:RtpPortMin/RtpPortMax", $"{media.RtpPortMin}-{media.RtpPortMax}", "a range within 1024-65534 holding at least two port pairs");
        }

        if (media.MediaTimeoutSeconds < 0)
        {
            throw HotlineStartupException.ForSetting("Hotline:Media:MediaTimeoutSeconds", media.MediaTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "0 (never) or more seconds");
        }

        return new MediaEngineOptions
        {
            LocalAddress = address,
            PortMin = media.RtpPortMin,
            PortMax = media.RtpPortMax,
            RecordingsRoot = Path.Combine(options.DataDir, "recordings"),
            VoicemailRoot = Path.Combine(options.DataDir, "voicemail"),
            PromptsFolder = string.IsNullOrWhiteSpace(media.PromptsFolder) ? Path.Combine(options.DataDir, "prompts") : media.PromptsFolder,
            MusicOnHoldFile = string.IsNullOrWhiteSpace(media.MusicOnHoldFile) ? null : media.MusicOnHoldFile,
            MediaTimeout = media.MediaTimeoutSeconds == 0 ? null : TimeSpan.FromSeconds(media.MediaTimeoutSeconds),
        };
    }
}
