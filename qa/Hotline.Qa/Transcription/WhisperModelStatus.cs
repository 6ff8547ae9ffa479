namespace Hotline.Qa.Transcription;

/// <summary>Whether transcription can run, and the text the portal shows when it cannot.</summary>
/// <param name="Available">True when the configured model loaded.</param>
/// <param name="Message">For the portal, in Simplified Chinese: "未配置语音识别模型" or why the model failed to load.</param>
public sealed record WhisperModelStatus(bool Available, string Message)
{
    /// <summary>No model configured: QA still measures the audio and scores everything else.</summary>
    public static WhisperModelStatus NotConfigured { get; } = new(false, "未配置语音识别模型");

    /// <summary>The model at the configured path did not load; <paramref name="reason"/> names the path and the problem.</summary>
    public static WhisperModelStatus Broken(string reason) => new(false, "语音识别模型无法加载：" + reason);

    /// <summary>The model loaded.</summary>
    public static WhisperModelStatus Ready { get; } = new(true, "语音识别模型已加载");
}
