using Hotline.Telephony.Media.Audio;
using Hotline.Telephony.Media.Mixing;
using static Hotline.Telephony.Tests.Media.Mixing.MixingTestFrames;

namespace Hotline.Telephony.Tests.Media.Mixing;

[Trait("Category", "Unit")]
public sealed class ConferenceMixerTests
{
    private static readonly short[] CallerVoice = Ramp(100);
    private static readonly short[] AgentVoice = Ramp(1000);
    private static readonly short[] ThirdVoice = Ramp(5000);
    private static readonly short[] SupervisorVoice = Ramp(-3000);

    [Fact]
    public void Two_parties_each_hear_only_the_other()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");

        caller.Submit(CallerVoice);
        agent.Submit(AgentVoice);
        mixer.Mix();

        Assert.Equal(AgentVoice, caller.Output.ToArray());
        Assert.Equal(CallerVoice, agent.Output.ToArray());
        Assert.Equal(1, mixer.Ticks);
    }

    [Fact]
    public void Three_way_call_gives_each_the_sum_of_the_other_two()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");
        var third = mixer.Add("third party");

        caller.Submit(CallerVoice);
        agent.Submit(AgentVoice);
        third.Submit(ThirdVoice);
        mixer.Mix();

        Assert.Equal(Sum(AgentVoice, ThirdVoice), caller.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, ThirdVoice), agent.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, AgentVoice), third.Output.ToArray());
    }

    [Fact]
    public void Listening_supervisor_hears_both_and_is_heard_by_neither()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");
        var supervisor = mixer.Add("supervisor", ParticipantRole.Listen);

        caller.Submit(CallerVoice);
        agent.Submit(AgentVoice);
        supervisor.Submit(SupervisorVoice);
        mixer.Mix();

        Assert.Equal(AgentVoice, caller.Output.ToArray());
        Assert.Equal(CallerVoice, agent.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, AgentVoice), supervisor.Output.ToArray());
    }

    [Fact]
    public void Whisper_is_heard_by_the_agent_only()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");
        var supervisor = mixer.Add("supervisor");
        supervisor.WhisperTo(agent);
        var observer = mixer.Add("second supervisor", ParticipantRole.Listen);

        caller.Submit(CallerVoice);
        agent.Submit(AgentVoice);
        supervisor.Submit(SupervisorVoice);
        observer.Submit(Constant(77));
        mixer.Mix();

        Assert.Equal(ParticipantRole.Whisper, supervisor.Role);
        Assert.Same(agent, supervisor.WhisperTarget);
        Assert.Equal(AgentVoice, caller.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, SupervisorVoice), agent.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, AgentVoice), supervisor.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, AgentVoice), observer.Output.ToArray());
    }

    [Fact]
    public void Barge_turns_a_listener_into_a_full_party()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");
        var supervisor = mixer.Add("supervisor", ParticipantRole.Listen);
        Tick();
        Assert.Equal(AgentVoice, caller.Output.ToArray());

        supervisor.WhisperTo(agent);
        Tick();
        Assert.Equal(AgentVoice, caller.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, SupervisorVoice), agent.Output.ToArray());

        supervisor.SetRole(ParticipantRole.Normal);
        Tick();
        Assert.Null(supervisor.WhisperTarget);
        Assert.Equal(Sum(AgentVoice, SupervisorVoice), caller.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, SupervisorVoice), agent.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, AgentVoice), supervisor.Output.ToArray());

        void Tick()
        {
            caller.Submit(CallerVoice);
            agent.Submit(AgentVoice);
            supervisor.Submit(SupervisorVoice);
            mixer.Mix();
        }
    }

    [Fact]
    public void Held_party_hears_music_on_hold_and_is_not_heard()
    {
        var music = Ramp(-7000).Concat(Ramp(-6000)).Take(200).ToArray();
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");
        var third = mixer.Add("third party");
        caller.PutOnHold(new LoopingAudioSource(music));

        var heard = new List<short>();
        for (var tick = 0; tick < 3; tick++)
        {
            caller.Submit(CallerVoice);
            agent.Submit(AgentVoice);
            third.Submit(ThirdVoice);
            mixer.Mix();
            heard.AddRange(caller.Output.ToArray());
            Assert.Equal(ThirdVoice, agent.Output.ToArray());
            Assert.Equal(AgentVoice, third.Output.ToArray());
        }

        Assert.Equal(Enumerable.Range(0, 480).Select(n => music[n % music.Length]), heard);

        caller.SetRole(ParticipantRole.Normal);
        caller.Submit(CallerVoice);
        agent.Submit(AgentVoice);
        third.Submit(ThirdVoice);
        mixer.Mix();
        Assert.Null(caller.MusicOnHold);
        Assert.Equal(Sum(AgentVoice, ThirdVoice), caller.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, ThirdVoice), agent.Output.ToArray());
    }

    [Fact]
    public void Held_party_without_music_or_after_it_ends_hears_silence()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");
        caller.PutOnHold();
        caller.Submit(CallerVoice);
        agent.Submit(AgentVoice);
        mixer.Mix();
        Assert.Equal(Silence(), caller.Output.ToArray());
        Assert.Equal(Silence(), agent.Output.ToArray());

        caller.PutOnHold(new PcmAudioSource(Ramp(1)));
        agent.Submit(AgentVoice);
        mixer.Mix();
        Assert.Equal(Ramp(1), caller.Output.ToArray());
        agent.Submit(AgentVoice);
        mixer.Mix();
        Assert.Equal(Silence(), caller.Output.ToArray());
    }

    [Fact]
    public void Muted_party_hears_everyone_and_is_not_heard()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent", ParticipantRole.Muted);
        var third = mixer.Add("third party");

        caller.Submit(CallerVoice);
        agent.Submit(AgentVoice);
        third.Submit(ThirdVoice);
        mixer.Mix();

        Assert.Equal(ThirdVoice, caller.Output.ToArray());
        Assert.Equal(Sum(CallerVoice, ThirdVoice), agent.Output.ToArray());
        Assert.Equal(CallerVoice, third.Output.ToArray());
    }

    [Fact]
    public void Missing_frames_count_as_silence_and_inputs_do_not_carry_over()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");

        caller.Submit(CallerVoice);
        agent.Submit(AgentVoice);
        mixer.Mix();
        Assert.False(caller.HasInput);

        agent.Submit(AgentVoice);
        mixer.Mix();
        Assert.Equal(Silence(), agent.Output.ToArray());
        Assert.Equal(AgentVoice, caller.Output.ToArray());

        caller.Submit(CallerVoice);
        caller.SubmitMissing();
        agent.Submit(Constant(5).AsSpan(0, 100));
        mixer.Mix();
        Assert.Equal(Silence(), agent.Output.ToArray());
        Assert.Equal(Constant(5).Take(100).Concat(new short[60]), caller.Output.ToArray());
    }

    [Fact]
    public void Loud_talkers_saturate_without_automatic_gain()
    {
        var mixer = new ConferenceMixer(new ConferenceMixerOptions { AutomaticGain = false });
        var listener = mixer.Add("listener", ParticipantRole.Listen);
        var quiet = mixer.Add("quiet");
        var a = mixer.Add("a");
        var b = mixer.Add("b");
        a.Submit(Constant(30000));
        b.Submit(Constant(20000));
        quiet.Submit(Constant(-30000));
        mixer.Mix();
        Assert.Equal(Constant(20000), listener.Output.ToArray());

        a.Submit(Constant(30000));
        b.Submit(Constant(20000));
        quiet.Submit(Constant(-30000));
        mixer.Mix();
        Assert.Equal(Constant(short.MaxValue), quiet.Output.ToArray());

        a.Submit(Constant(-30000));
        b.Submit(Constant(-20000));
        mixer.Mix();
        Assert.Equal(Constant(short.MinValue), quiet.Output.ToArray());
        Assert.Equal(1f, quiet.Gain);
    }

    [Fact]
    public void Automatic_gain_scales_a_clipping_mix_into_range_and_recovers()
    {
        var mixer = new ConferenceMixer(new ConferenceMixerOptions { GainRecoveryPerFrame = 0.25f });
        var listener = mixer.Add("listener", ParticipantRole.Listen);
        var a = mixer.Add("a");
        var b = mixer.Add("b");
        var c = mixer.Add("c");
        var loud = AudioTestSine(20000);

        a.Submit(loud);
        b.Submit(loud);
        c.Submit(loud);
        mixer.Mix();
        var output = listener.Output.ToArray();
        var peak = output.Max(s => Math.Abs((int)s));
        Assert.InRange(peak, 32000, 32767);
        Assert.InRange(listener.Gain, 0.54f, 0.55f);
        // Scaled, not flattened: the shape of the sum survives.
        for (var n = 0; n < output.Length; n++)
        {
            Assert.InRange((float)output[n], (3 * loud[n] * listener.Gain) - 1, (3 * loud[n] * listener.Gain) + 1);
        }

        a.Submit(Constant(100));
        mixer.Mix();
        Assert.InRange(listener.Gain, 0.79f, 0.80f);
        a.Submit(Constant(100));
        mixer.Mix();
        Assert.Equal(1f, listener.Gain);
        Assert.Equal(Constant(100), listener.Output.ToArray());
    }

    [Fact]
    public void Participants_join_and_leave_mid_call()
    {
        var mixer = new ConferenceMixer(new ConferenceMixerOptions { InitialCapacity = 1 });
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");
        MixerParticipant? third = null;
        for (var tick = 0; tick < 15; tick++)
        {
            if (tick == 5)
            {
                third = mixer.Add("third party");
            }

            if (tick == 10)
            {
                Assert.True(mixer.Remove(third!));
            }

            caller.Submit(CallerVoice);
            agent.Submit(AgentVoice);
            if (third is { IsInMixer: true })
            {
                third.Submit(ThirdVoice);
            }

            mixer.Mix();
            var threeWay = tick is >= 5 and < 10;
            Assert.Equal(threeWay ? Sum(AgentVoice, ThirdVoice) : AgentVoice, caller.Output.ToArray());
            Assert.Equal(threeWay ? Sum(CallerVoice, ThirdVoice) : CallerVoice, agent.Output.ToArray());
        }

        Assert.False(third!.IsInMixer);
        Assert.False(mixer.Remove(third));
        Assert.Throws<InvalidOperationException>(() => third.Submit(ThirdVoice));
        Assert.Equal([caller, agent], mixer.Participants);
    }

    [Fact]
    public void Whisperer_falls_back_to_listening_when_its_target_leaves()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");
        var supervisor = mixer.Add("supervisor");
        supervisor.WhisperTo(agent);

        mixer.Remove(agent);
        caller.Submit(CallerVoice);
        supervisor.Submit(SupervisorVoice);
        mixer.Mix();

        Assert.Equal(ParticipantRole.Listen, supervisor.Role);
        Assert.Null(supervisor.WhisperTarget);
        Assert.Equal(Silence(), caller.Output.ToArray());
        Assert.Equal(CallerVoice, supervisor.Output.ToArray());
    }

    [Fact]
    public void Roles_are_validated()
    {
        var mixer = new ConferenceMixer();
        var other = new ConferenceMixer().Add("elsewhere");
        var agent = mixer.Add("agent");
        var supervisor = mixer.Add("supervisor");

        Assert.Throws<ArgumentException>(() => mixer.Add("x", ParticipantRole.Whisper));
        Assert.Throws<ArgumentException>(() => supervisor.SetRole(ParticipantRole.Whisper));
        Assert.Throws<ArgumentOutOfRangeException>(() => supervisor.SetRole((ParticipantRole)42));
        Assert.Throws<ArgumentException>(() => supervisor.WhisperTo(supervisor));
        Assert.Throws<ArgumentException>(() => supervisor.WhisperTo(other));
        Assert.False(mixer.Remove(other));
        Assert.Equal(ParticipantRole.Normal, supervisor.Role);
        supervisor.WhisperTo(agent);
        Assert.Equal("supervisor (Whisper to agent)", supervisor.ToString());
    }

    [Fact]
    public void Steady_state_ticks_allocate_nothing()
    {
        var mixer = new ConferenceMixer();
        var caller = mixer.Add("caller");
        var agent = mixer.Add("agent");
        var third = mixer.Add("third party");
        var whisperer = mixer.Add("supervisor");
        whisperer.WhisperTo(agent);
        var listener = mixer.Add("monitor", ParticipantRole.Listen);
        var held = mixer.Add("held");
        held.PutOnHold(new LoopingAudioSource(Ramp(0)));
        var recording = new ConferenceRecordingChannels(mixer, caller);
        var loud = Constant(25000);
        var quiet = Ramp(10);

        void Tick(int tick)
        {
            caller.Submit(loud);
            agent.Submit(loud);
            if (tick % 3 != 0)
            {
                third.Submit(quiet);
            }

            whisperer.Submit(quiet);
            listener.SubmitMissing();
            held.Submit(quiet);
            mixer.Mix();
            recording.Render();
        }

        for (var tick = 0; tick < 50; tick++)
        {
            Tick(tick);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var tick = 0; tick < 5000; tick++)
        {
            Tick(tick);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0L, allocated);
        Assert.True(listener.Gain < 1f);
    }

    private static short[] AudioTestSine(int amplitude) =>
        Enumerable.Range(0, AudioFormat.FrameSamples).Select(n => (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * 400 * n / AudioFormat.SampleRate))).ToArray();
}
