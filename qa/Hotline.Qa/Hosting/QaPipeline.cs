using Hotline.Grains.Abstractions.Events;
using Hotline.Qa.Audio;
using Hotline.Qa.Calibration;
using Hotline.Qa.Learning;
using Hotline.Qa.Review;
using Hotline.Qa.Scoring;
using Hotline.Qa.Transcription;
using Hotline.Qa.Work;

namespace Hotline.Qa.Hosting;

/// <summary>The QA parts over one data folder (<c>&lt;DataDir&gt;/qa</c>): queue, transcripts, scores, reviews, calibration,
/// the quality model, and workers over them. The platform and every <c>qa-worker</c> process build the same one.</summary>
public sealed class QaPipeline : IDisposable
{
    private readonly WhisperChannelTranscriber? whisper;
    private readonly TimeProvider clock;

    private QaPipeline(string dataDir, TranscriptionSettings transcription, QaSettings settings, WhisperChannelTranscriber? whisper,
        WhisperModelStatus status, IEventOutbox? outbox, TimeProvider clock)
    {
        this.whisper = whisper;
        this.clock = clock;
        DataDir = Path.GetFullPath(dataDir);
        Settings = settings;
        ModelStatus = status;
        var qa = Path.Combine(DataDir, "qa");
        Journal = new QaWorkJournal(Path.Combine(qa, "queue"), settings.QueueCapacity, TimeSpan.FromMinutes(settings.LeaseMinutes), settings.MaxAttempts, clock);
        Transcripts = new TranscriptStore(Path.Combine(qa, "transcripts"));
        Transcriber = new CallTranscriber(whisper, transcription, new SpeechDetector(), new ConversationAnalyzer());
        Scorecards = ScorecardCatalog.Load(Path.Combine(qa, "scorecards"));
        Scores = new ScoreStore(Path.Combine(qa, "scores"));
        var reviewStore = new JsonReviewStore(qa);
        Reviews = new ReviewWorkflow(reviewStore, new SamplingPolicy(settings.Sampling), clock);
        Cases = new TypicalCaseLibrary(reviewStore, clock);
        Calibrations = new CalibrationStore(Path.Combine(qa, "calibration"));
        Models = new QualityModelStore(Path.Combine(qa, "models"));
        Model = new ActiveQualityModel(Models, new QualityModelTrainer(clock));
        Outbox = outbox;
        Scoring = outbox is null ? null : new CallScoringService(Scorecards, settings.Scorecard, Model, Scores, outbox, Reviews, clock);
    }

    /// <summary>Opens the pipeline; a missing or broken Whisper model is reported in <see cref="ModelStatus"/>, never thrown:
    /// QA then measures the audio and scores what needs no words.</summary>
    public static QaPipeline Open(string dataDir, TranscriptionSettings transcription, QaSettings settings, IEventOutbox? outbox, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDir);
        ArgumentNullException.ThrowIfNull(transcription);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        ScorecardCatalog.Load(Path.Combine(dataDir, "qa", "scorecards")).Latest(settings.Scorecard);
        if (string.IsNullOrWhiteSpace(transcription.WhisperModel))
            return new QaPipeline(dataDir, transcription, settings, null, WhisperModelStatus.NotConfigured, outbox, clock);
        try
        {
            return new QaPipeline(dataDir, transcription, settings, WhisperChannelTranscriber.Load(transcription), WhisperModelStatus.Ready, outbox, clock);
        }
        catch (WhisperModelException ex)
        {
            return new QaPipeline(dataDir, transcription, settings, null, WhisperModelStatus.Broken(ex.Message), outbox, clock);
        }
    }

    /// <summary>The data folder (absolute).</summary>
    public string DataDir { get; }

    /// <summary>The settings it runs with.</summary>
    public QaSettings Settings { get; }

    /// <summary>Whether transcription runs, in words for the portal.</summary>
    public WhisperModelStatus ModelStatus { get; }

    /// <summary>The durable work queue.</summary>
    public QaWorkJournal Journal { get; }

    /// <summary>Transcripts and audio metrics per call.</summary>
    public TranscriptStore Transcripts { get; }

    /// <summary>The per-call pipeline.</summary>
    public CallTranscriber Transcriber { get; }

    /// <summary>Every scorecard version.</summary>
    public ScorecardCatalog Scorecards { get; }

    /// <summary>Scores with their evidence and features.</summary>
    public ScoreStore Scores { get; }

    /// <summary>The inspectors' review queue.</summary>
    public ReviewWorkflow Reviews { get; }

    /// <summary>The typical-case library.</summary>
    public TypicalCaseLibrary Cases { get; }

    /// <summary>Calibration sessions and their ratings.</summary>
    public CalibrationStore Calibrations { get; }

    /// <summary>The saved model versions.</summary>
    public QualityModelStore Models { get; }

    /// <summary>The model in use and its retraining.</summary>
    public ActiveQualityModel Model { get; }

    /// <summary>Where transcripts and scores go to analytics (null: nowhere, and calls are not scored).</summary>
    public IEventOutbox? Outbox { get; }

    /// <summary>Scores transcribed calls (null without an outbox).</summary>
    public CallScoringService? Scoring { get; }

    /// <summary>A worker named <paramref name="name"/> over this pipeline.</summary>
    public QaWorker Worker(string name) => new(name, Journal, Transcriber, Transcripts, Outbox, DataDir, Scoring);

    /// <summary><paramref name="count"/> workers named <c>prefix:0</c>, <c>prefix:1</c> … run until the host stops.</summary>
    public QaWorkerPool Pool(int count, string prefix) =>
        new([.. Enumerable.Range(0, Math.Max(0, count)).Select(i => Worker($"{prefix}:{i}"))], clock);

    /// <inheritdoc />
    public void Dispose()
    {
        Reviews.Dispose();
        Model.Dispose();
        whisper?.Dispose();
    }
}
