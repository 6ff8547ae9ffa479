using Hotline.Grains.Abstractions.People;
using Hotline.Grains.People;
using Hotline.Grains.People.Store;
using Hotline.Grains.Store;
using Hotline.Portal.Identity;
using Hotline.Portal.Qa;
using Hotline.Qa.Audio;
using Hotline.Qa.Hosting;
using Hotline.Qa.Learning;
using Hotline.Qa.Review;
using Hotline.Qa.Scoring;
using Hotline.Qa.Transcription;
using Hotline.Qa.Transcripts;
using Hotline.Qa.Work;
using Hotline.Telephony.Media.Audio;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Components;

/// <summary>A bunit context for the QA pages: the real QA pipeline over a fresh data folder (no Whisper model), the real audit log on a SQLite file,
/// and an inspector signed in; <see cref="SeedCallAsync"/> puts a scored, sampled call with its recording in place.</summary>
public abstract class QaPageTest : PortalComponentTest
{
    /// <summary>The signed-in inspector's name.</summary>
    protected const string Inspector = "inspector";

    private static readonly DateTimeOffset Arrived = new(2026, 11, 27, 9, 30, 0, TimeSpan.FromHours(8));
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-pages-").FullName;

    protected QaPageTest()
    {
        Qa = QaPipeline.Open(folder, new TranscriptionSettings(), new QaSettings(), null, TimeProvider.System);
        Services.AddSingleton(Qa);
        Services.AddSingleton(TimeProvider.System);
        Services.AddDbContextFactory<PortalIdentityDbContext>(db => db.UseSqlite($"Data Source={Path.Combine(folder, "identity.db")}"));
        Services.AddSingleton<AuditLog>();
        Services.AddSingleton<QaScoreCorrection>();
        Services.AddDbContextFactory<PeopleDbContext>(db => db.UseSqlite(PeopleConnection));
        Services.AddSingleton<IEmployeeArchive, EmployeeArchive>();
        Services.AddSingleton<QaArchiveFeed>();
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(Inspector, PlatformRole.Inspector));
        Services.AddCascadingAuthenticationState();
    }

    /// <summary>The QA pipeline the pages use.</summary>
    protected QaPipeline Qa { get; }

    /// <summary>The audit log after creating its tables.</summary>
    protected async Task<AuditLog> AuditAsync()
    {
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PortalIdentityDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
            await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return Services.GetRequiredService<AuditLog>();
    }

    /// <summary>The employee archive (the real one, on a SQLite file of this test) after creating its tables.</summary>
    protected async Task<IEmployeeArchive> ArchiveAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var store = new OperationalDbContext(new DbContextOptionsBuilder<OperationalDbContext>().UseSqlite(PeopleConnection).Options))
            await store.Database.EnsureCreatedAsync(ct);
        await using (var db = await Services.GetRequiredService<IDbContextFactory<PeopleDbContext>>().CreateDbContextAsync(ct))
            await PeopleStoreSchema.EnsureAsync(db, TimeProvider.System, ct);
        return Services.GetRequiredService<IEmployeeArchive>();
    }

    private string PeopleConnection => $"Data Source={Path.Combine(folder, "people.db")}";

    /// <summary>Stores <paramref name="callId"/>: a 4 s stereo recording (caller loud in the first half, agent in the second) queued in QA,
    /// its transcript (two caller and two agent segments), a score whose greeting item points at the agent's first words, and a complaint review.</summary>
    protected async Task SeedCallAsync(string callId)
    {
        var ct = TestContext.Current.CancellationToken;
        var recordings = Directory.CreateDirectory(Path.Combine(folder, "recordings")).FullName;
        var wav = Path.Combine(recordings, callId + ".wav");
        WavWriter.WriteFile(wav, StereoTone(8000, 4), channels: 2, sampleRate: 8000);
        await Qa.Journal.EnqueueAsync(new QaWorkItem(callId, Path.Combine("recordings", callId + ".wav"), Arrived, "8001", "complaints", Complaint: true), ct);

        TranscriptSegment[] segments =
        [
            new(SpeakerChannel.Caller, 0.2, 1.4, "你好，我要投诉出租车绕路"),
            new(SpeakerChannel.Agent, 1.6, 2.4, "您好，12328 很高兴为您服务"),
            new(SpeakerChannel.Caller, 2.5, 3.0, "车牌是粤B12345"),
            new(SpeakerChannel.Agent, 3.1, 3.9, "好的，我已为您记录"),
        ];
        var metrics = new ConversationMetrics(4, 1.7, 1.6, 0.48, [], [], [], [0.2]);
        await Qa.Transcripts.SaveAsync(callId, new CallTranscription(new Transcript(callId, segments), metrics), ct);

        ItemScore[] items =
        [
            new("greeting", "标准开场白", 10, 10, ItemStatus.Passed, [new Evidence(SpeakerChannel.Agent, 1.6, 2.4, "您好，12328 很高兴为您服务")], "已说出开场白"),
            new("closing", "结束语", 10, 0, ItemStatus.Failed, [new Evidence(SpeakerChannel.Agent, 3.1, 3.9, "好的，我已为您记录")], "未说出：结束语"),
        ];
        var score = new CallScore(callId, "standard", 1, items);
        var features = new CallFeatures(callId, items.ToDictionary(i => i.ItemId, i => i.Fraction), new ConversationFigures(4, 0.4, 0.43, 0, 0, 0, 0, 0.2), "", "complaints", 9, 400);
        await Qa.Scores.SaveAsync(new StoredScore(score, features, null), ct);
        await Qa.Reviews.OfferAsync(new ReviewCandidate(callId, "8001", Arrived, score.Percent, false, IsComplaint: true, null),
            items.ToDictionary(i => i.ItemId, i => i.Score), items.ToDictionary(i => i.ItemId, i => i.Points), ct);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        Qa.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    // A 400 Hz tone: the caller in the first half, the agent in the second (interleaved left caller, right agent).
    private static short[] StereoTone(int rate, int seconds)
    {
        var frames = rate * seconds;
        var samples = new short[frames * 2];
        for (var i = 0; i < frames; i++)
        {
            var tone = (short)(Math.Sin(2 * Math.PI * 400 * i / rate) * 16000);
            samples[(i * 2) + (i < frames / 2 ? 0 : 1)] = tone;
        }

        return samples;
    }
}
