using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Mixing;
using Hotline.Telephony.Tests.Media.Audio;
using static Hotline.Telephony.Tests.Media.Mixing.MixingTestFrames;

namespace Hotline.Telephony.Tests.Media.Mixing;

[Trait("Category", "Unit")]
public sealed class ConferenceRecordingChannelsTests : IDisposable
{
    private static readonly short[] CallerVoice = Ramp(100);
    private static readonly short[] AgentVoice = Ramp(1000);
    private static readonly short[] ThirdVoice = Ramp(5000);
    private static readonly short[] SupervisorVoice = Ramp(-3000);

    private readonly string _root = AudioTestHelpers.TempFolder("mix");
    private readonly ConferenceMixer _mixer = new();
    private readonly MixerParticipant _caller;
    private readonly MixerParticipant _agent;
    private readonly MixerParticipant _third;
    private readonly MixerParticipant _whisperer;
    private readonly MixerParticipant _listener;
    private readonly ConferenceRecordingChannels _channels;

    public ConferenceRecordingChannelsTests()
    {
        _caller = _mixer.Add("caller");
        _agent = _mixer.Add("agent");
        _third = _mixer.Add("third party");
        _whisperer = _mixer.Add("whispering supervisor");
        _whisperer.WhisperTo(_agent);
        _listener = _mixer.Add("listening supervisor", ParticipantRole.Listen);
        _channels = new ConferenceRecordingChannels(_mixer, _caller);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Left_is_the_caller_and_right_the_agent_side_the_caller_heard()
    {
        Tick();
        Assert.Equal(CallerVoice, _channels.Left.ToArray());
        Assert.Equal(Sum(AgentVoice, ThirdVoice), _channels.Right.ToArray());
        Assert.Equal(_caller.Output.ToArray(), _channels.Right.ToArray());
    }

    [Fact]
    public void Barging_supervisor_is_recorded_on_the_agent_side()
    {
        _whisperer.SetRole(ParticipantRole.Normal);
        Tick();
        Assert.Equal(CallerVoice, _channels.Left.ToArray());
        Assert.Equal(Sum(AgentVoice, ThirdVoice, SupervisorVoice), _channels.Right.ToArray());
    }

    [Fact]
    public void Held_caller_is_silent_and_music_on_hold_is_not_recorded()
    {
        _caller.PutOnHold(new LoopingAudioSource(Constant(9999)));
        Tick();
        Assert.Equal(Constant(9999), _caller.Output.ToArray());
        Assert.Equal(Silence(), _channels.Left.ToArray());
        Assert.Equal(Sum(AgentVoice, ThirdVoice), _channels.Right.ToArray());
    }

    [Fact]
    public void Held_agent_side_party_is_silent_on_the_right()
    {
        _agent.PutOnHold();
        Tick();
        Assert.Equal(CallerVoice, _channels.Left.ToArray());
        Assert.Equal(ThirdVoice, _channels.Right.ToArray());
    }

    [Fact]
    public void Caller_not_in_the_mix_records_silence_on_the_left()
    {
        var channels = new ConferenceRecordingChannels(_mixer, caller: null);
        Tick();
        channels.Render();
        Assert.Equal(Silence(), channels.Left.ToArray());
        Assert.Equal(Sum(CallerVoice, AgentVoice, ThirdVoice), channels.Right.ToArray());

        _mixer.Remove(_caller);
        _agent.Submit(AgentVoice);
        _mixer.Mix();
        _channels.Render();
        Assert.Equal(Silence(), _channels.Left.ToArray());
        Assert.Equal(AgentVoice, _channels.Right.ToArray());
    }

    [Fact]
    public void Right_channel_saturates()
    {
        _caller.SubmitMissing();
        _agent.Submit(Constant(30000));
        _third.Submit(Constant(30000));
        _mixer.Mix();
        var left = new short[AudioFormat.FrameSamples];
        var right = new short[AudioFormat.FrameSamples];
        _channels.Render(left, right);
        Assert.Equal(Silence(), left);
        Assert.Equal(Constant(short.MaxValue), right);
    }

    [Fact]
    public void Ticks_are_written_to_the_call_recording()
    {
        string path;
        using (var recorder = CallRecorder.Start(_root, "conference-1"))
        {
            path = recorder.FilePath;
            Tick();
            _channels.WriteTo(recorder);
            _caller.PutOnHold();
            Tick();
            _channels.WriteTo(recorder);
        }

        var audio = WavReader.Read(path);
        Assert.Equal(2 * AudioFormat.FrameSamples, audio.FrameCount);
        Assert.Equal(CallerVoice.Concat(Silence()), audio.Channel(0));
        Assert.Equal(Sum(AgentVoice, ThirdVoice).Concat(Sum(AgentVoice, ThirdVoice)), audio.Channel(1));
    }

    private void Tick()
    {
        _caller.Submit(CallerVoice);
        _agent.Submit(AgentVoice);
        _third.Submit(ThirdVoice);
        _whisperer.Submit(SupervisorVoice);
        _listener.Submit(Constant(42));
        _mixer.Mix();
        _channels.Render();
    }
}
