using System.Diagnostics;
using Hotline.Telephony.Media.Audio;

namespace Hotline.Telephony.Tests.Media.Audio;

[Trait("Category", "Integration")]
public sealed class EspeakTtsRendererTests : IDisposable
{
    internal const string Welcome = "您好，欢迎致电12328交通运输服务监督热线";
    private readonly string _cache = AudioTestHelpers.TempFolder("tts");

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private EspeakTtsRenderer Renderer(Func<EspeakTtsOptions, EspeakTtsOptions>? change = null)
    {
        Assert.SkipUnless(File.Exists("/usr/bin/espeak-ng"), "espeak-ng is not installed");
        var options = new EspeakTtsOptions { CacheDirectory = _cache };
        return new EspeakTtsRenderer(change is null ? options : change(options));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Renders_chinese_to_8_kHz_speech_and_caches_it()
    {
        var renderer = Renderer();
        var path = await renderer.RenderAsync(Welcome, Ct);
        Assert.Equal(_cache, Path.GetDirectoryName(path));
        var audio = WavReader.Read(path);
        Assert.Equal(WavFormat.Narrowband, audio.Format);
        Assert.InRange(audio.Duration.TotalSeconds, 2, 10);
        Assert.True(AudioTestHelpers.Rms(audio.Samples) > 500, $"RMS {AudioTestHelpers.Rms(audio.Samples):0}");

        var timer = Stopwatch.StartNew();
        Assert.Equal(path, await renderer.RenderAsync(Welcome, Ct));
        Assert.True(timer.ElapsedMilliseconds < 100, $"cached call took {timer.ElapsedMilliseconds} ms");
        Assert.Equal(1, renderer.RenderCount);

        // Another renderer on the same folder (a restarted host) finds the cached file too.
        var again = Renderer();
        Assert.Equal(path, await again.RenderAsync(Welcome, Ct));
        Assert.Equal(0, again.RenderCount);
        Assert.Single(Directory.GetFiles(_cache));
    }

    [Fact]
    public async Task Concurrent_requests_for_one_text_render_once()
    {
        var renderer = Renderer();
        var paths = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => renderer.RenderAsync("请按1投诉举报", Ct), Ct)));
        Assert.Single(paths.Distinct());
        Assert.Equal(1, renderer.RenderCount);
        Assert.Single(Directory.GetFiles(_cache));
    }

    [Fact]
    public async Task A_caller_giving_up_does_not_spoil_the_rendering_for_others()
    {
        var renderer = Renderer();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var patient = renderer.RenderAsync("请您耐心等待", Ct);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => renderer.RenderAsync("请您耐心等待", cancelled.Token));
        var path = await patient;
        Assert.True(WavReader.Read(path).Samples.Length > 0);
        Assert.Equal(1, renderer.RenderCount);
    }

    [Fact]
    public async Task Voice_and_speed_are_part_of_the_cache_key()
    {
        var normal = Renderer();
        var fast = Renderer(o => o with { Speed = 260 });
        var a = await normal.RenderAsync("工单已受理", Ct);
        var b = await fast.RenderAsync("工单已受理", Ct);
        Assert.NotEqual(a, b);
        Assert.True(WavReader.Read(b).Duration < WavReader.Read(a).Duration);
    }

    [Fact]
    public async Task Sox_conversion_gives_the_same_format()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/sox"), "sox is not installed");
        var own = WavReader.Read(await Renderer().RenderAsync(Welcome, Ct));
        var soxCache = Path.Combine(_cache, "sox");
        var sox = WavReader.Read(await Renderer(o => o with { CacheDirectory = soxCache, SoxPath = "/usr/bin/sox" }).RenderAsync(Welcome, Ct));
        Assert.Equal(WavFormat.Narrowband, sox.Format);
        Assert.InRange(sox.Samples.Length, own.Samples.Length - 8, own.Samples.Length + 8);
        Assert.InRange(AudioTestHelpers.Rms(sox.Samples) / AudioTestHelpers.Rms(own.Samples), 0.8, 1.25);
    }

    [Fact]
    public async Task Text_is_never_interpreted_by_a_shell_or_as_options()
    {
        var marker = Path.Combine(_cache, "pwned");
        var text = $"--help \"; touch {marker}; $(touch {marker}) `touch {marker}` 你好";
        var path = await Renderer().RenderAsync(text, Ct);
        Assert.False(File.Exists(marker));
        Assert.True(WavReader.Read(path).Duration > TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Missing_binaries_name_the_package_to_install()
    {
        var missing = await Assert.ThrowsAsync<TtsException>(() => Renderer(o => o with { EspeakPath = "/nonexistent/espeak-ng" }).RenderAsync("你好", Ct));
        Assert.Contains("/nonexistent/espeak-ng was not found", missing.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install espeak-ng", missing.Message, StringComparison.Ordinal);

        var noSox = await Assert.ThrowsAsync<TtsException>(() => Renderer(o => o with { SoxPath = "no-such-sox-binary" }).RenderAsync("你好", Ct));
        Assert.Contains("no-such-sox-binary was not found", noSox.Message, StringComparison.Ordinal);
        Assert.Contains("'sox'", noSox.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_cache));
    }

    [Fact]
    public async Task A_failing_engine_reports_its_exit_code_and_message_and_nothing_is_cached()
    {
        var renderer = Renderer(o => o with { Voice = "nosuchvoice" });
        var e = await Assert.ThrowsAsync<TtsException>(() => renderer.RenderAsync("你好", Ct));
        Assert.Contains("espeak-ng exited with code 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("voice does not exist", e.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_cache));

        // A failure is not remembered: the next request tries again.
        await Assert.ThrowsAsync<TtsException>(() => renderer.RenderAsync("你好", Ct));
        Assert.Equal(2, renderer.RenderCount);
    }

    [Fact]
    public async Task A_hanging_engine_is_stopped_at_the_timeout()
    {
        var script = Path.Combine(_cache, "hang.sh");
        await File.WriteAllTextAsync(script, "#!/bin/sh\nsleep 30\n", Ct);
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("needs a POSIX shell script");
        }
        else
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        }

        var renderer = Renderer(o => o with { EspeakPath = script, Timeout = TimeSpan.FromMilliseconds(300) });
        var timer = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<TtsException>(() => renderer.RenderAsync("你好", Ct));
        Assert.Contains("hang.sh did not finish within 0.3 s", e.Message, StringComparison.Ordinal);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Empty_or_oversized_text_is_refused()
    {
        var renderer = Renderer(o => o with { MaxTextLength = 10 });
        await Assert.ThrowsAsync<ArgumentException>(() => renderer.RenderAsync("  ", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => renderer.RenderAsync(new string('好', 11), Ct));
    }

    [Fact]
    public async Task Rendered_text_plays_as_a_frame_source()
    {
        var source = await AudioSources.FromTextAsync(Renderer(), "请稍候", Ct);
        var frame = new short[AudioFormat.FrameSamples];
        var frames = 0;
        var loud = 0;
        while (source.ReadFrame(frame))
        {
            frames++;
            loud += AudioTestHelpers.Rms(frame) > 300 ? 1 : 0;
        }

        Assert.InRange(frames, 25, 200);
        Assert.True(loud > frames / 4);
    }
}
