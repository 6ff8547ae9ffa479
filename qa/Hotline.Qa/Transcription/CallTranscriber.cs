using Hotline.Qa.Audio;
using Hotline.Qa.Transcripts;

namespace Hotline.Qa.Transcription;

/// <summary>The whole per-call pipeline: read the stereo recording, detect speech per channel, measure the conversation and,
/// when a model is loaded, transcribe each channel's speech at 16 kHz under a deadline.</summary>
public sealed class CallTranscriber(WhisperChannelTranscriber? whisper, TranscriptionSettings settings, SpeechDetector detector, ConversationAnalyzer analyzer)
{
    /// <summary>Transcribes the call; throws <see cref="RecordingFormatException"/>, <see cref="FileNotFoundException"/> or
    /// <see cref="TimeoutException"/> (the deadline passed) with the reason.</summary>
    public async Task<CallTranscription> TranscribeAsync(string callId, string recordingPath, IReadOnlyList<SpeechSpan>? holds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var recording = WavReader.ReadStereo(recordingPath);
        var callerSpeech = detector.Detect(recording.Caller, recording.SampleRate);
        var agentSpeech = detector.Detect(recording.Agent, recording.SampleRate);
        var metrics = analyzer.Analyze(callerSpeech, agentSpeech, recording.Duration, holds);
        if (whisper is null)
            return new CallTranscription(null, metrics, callerSpeech, agentSpeech);
        if (callerSpeech.Count == 0 && agentSpeech.Count == 0)
            return new CallTranscription(new Transcript(callId, []), metrics, callerSpeech, agentSpeech);
        if (recording.SampleRate * 2 != WhisperChannelTranscriber.SampleRate && recording.SampleRate != WhisperChannelTranscriber.SampleRate)
            throw new RecordingFormatException($"'{recordingPath}' is recorded at {recording.SampleRate} Hz; transcription needs 8000 or 16000 Hz.");

        var speechSeconds = callerSpeech.Concat(agentSpeech).Sum(s => s.Length);
        var deadline = TimeSpan.FromSeconds(settings.DeadlineBaseSeconds + settings.DeadlinePerSpeechSecond * speechSeconds);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        try
        {
            var caller = await whisper.TranscribeAsync(To16k(recording.Caller, recording.SampleRate), callerSpeech, SpeakerChannel.Caller, timeout.Token);
            var agent = await whisper.TranscribeAsync(To16k(recording.Agent, recording.SampleRate), agentSpeech, SpeakerChannel.Agent, timeout.Token);
            return new CallTranscription(new Transcript(callId, [.. caller.Concat(agent).OrderBy(s => s.Start)]), metrics, callerSpeech, agentSpeech);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Transcribing call '{callId}' passed its deadline of {deadline.TotalSeconds:0} s.");
        }
    }

    private static float[] To16k(float[] samples, int sampleRate) =>
        sampleRate == WhisperChannelTranscriber.SampleRate ? samples : Upsampler.Upsample(samples);
}
