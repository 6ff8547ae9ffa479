using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Dtmf;
using Hotline.Telephony.Tests.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Dtmf;

/// <summary>Real (synthesised) Chinese speech must not trigger the in-band detector, and digits mixed into it still do.</summary>
[Trait("Category", "Integration")]
public sealed class DtmfTalkOffTests : IDisposable
{
    private readonly string _cache = AudioTestHelpers.TempFolder("talkoff");

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    [Fact]
    public async Task Speech_gives_no_digits_and_digits_after_speech_are_found()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/espeak-ng"), "espeak-ng is not installed");
        var renderer = new EspeakTtsRenderer(new EspeakTtsOptions { CacheDirectory = _cache });
        var speech = await renderer.RenderSamplesAsync(
            EspeakTtsRendererTests.Welcome + "。投诉举报请按1，信息咨询请按2，意见建议请按3，查询工单请按4，人工服务请按0。",
            TestContext.Current.CancellationToken);
        var detector = new DtmfToneDetector();
        var digits = new List<char>();
        var audio = speech.Concat(DtmfToneGenerator.Generate("4#", TimeSpan.FromMilliseconds(80), TimeSpan.FromMilliseconds(80))).ToArray();
        for (var i = 0; i + 160 <= audio.Length; i += 160)
        {
            detector.Process(audio.AsSpan(i, 160));
            while (detector.TryReadDigit(out var d))
            {
                digits.Add(d.Digit);
            }
        }

        Assert.Equal("4#", new string([.. digits]));
    }
}
