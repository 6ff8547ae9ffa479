using Hotline.Grains.Abstractions.Events;
using Hotline.Qa.Learning;
using Hotline.Qa.Review;
using Hotline.Qa.Scoring;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Qa.Tests.Scoring;

/// <summary>Scoring a transcribed call end to end: stored result, analytics event, review sampling, retraining from reviews.</summary>
[Trait("Category", "Unit")]
public sealed class CallScoringServiceTests : IDisposable
{
    private static readonly DateTimeOffset Arrived = new(2026, 3, 10, 9, 30, 0, TimeSpan.FromHours(8));

    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-scoring-").FullName;
    private readonly FakeTimeProvider clock = new(Arrived.AddMinutes(10));
    private readonly RecordingOutbox outbox = new();
    private readonly ScoreStore scores;
    private readonly ReviewWorkflow reviews;
    private readonly ActiveQualityModel model;

    public CallScoringServiceTests()
    {
        scores = new ScoreStore(Path.Combine(folder, "scores"));
        reviews = new ReviewWorkflow(new JsonReviewStore(folder), new SamplingPolicy(new SamplingSettings(RandomPercent: 0)), clock);
        model = new ActiveQualityModel(new QualityModelStore(Path.Combine(folder, "models")), new QualityModelTrainer(clock) { Iterations = 50 });
    }

    public void Dispose()
    {
        reviews.Dispose();
        model.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private CallScoringService Service() => new(ScorecardCatalog.Load(null), "standard", model, scores, outbox, reviews, clock);

    private static ScoringRequest Request(string name)
    {
        var data = ScoringCase.Load(name);
        return new ScoringRequest(data.Transcript, "8001", Arrived, "complaints", data.Holds, data.Ticket, IsComplaint: false, AgentStartedOn: new DateOnly(2024, 1, 1));
    }

    [Fact]
    public async Task A_poor_call_is_stored_sent_to_analytics_and_queued_for_review()
    {
        var ct = TestContext.Current.CancellationToken;

        var scored = await Service().ScoreAsync(Request("poor-complaint"), ct);

        Assert.Equal(19.75, scored.Score.Total);
        Assert.Null(scored.Prediction);
        Assert.NotNull(scored.Review);
        Assert.Equal([SamplingReason.LowScore], scored.Review.Reasons);
        Assert.Equal(scored.Score.Items.Single(i => i.ItemId == "talk-over").Score, scored.Review.ItemScores["talk-over"]);
        var sent = Assert.IsType<QaScore>(Assert.Single(Assert.Single(outbox.Appends).OfType<QaScore>()));
        Assert.Equal((19.75, "standard@1", clock.GetUtcNow()), (sent.Score, sent.Scorecard, sent.ScoredAt));

        var stored = await scores.GetAsync("poor-complaint", ct);
        Assert.NotNull(stored);
        Assert.Equal(scored.Score.Items.Select(i => (i.ItemId, i.Score, i.Status)), stored.Score.Items.Select(i => (i.ItemId, i.Score, i.Status)));
        Assert.Equal(scored.Score.Items.SelectMany(i => i.Evidence), stored.Score.Items.SelectMany(i => i.Evidence));
        Assert.Equal(2, stored.Features.Figures.LongSilences);
        Assert.Equal(210, stored.Features.Figures.HoldSeconds);
        Assert.Equal(0, stored.Features.ItemResults["greeting"]);
        Assert.Equal(9, stored.Features.HourOfDay);
    }

    [Fact]
    public async Task The_total_and_one_event_per_item_with_its_status_go_out_in_one_append()
    {
        var scored = await Service().ScoreAsync(Request("poor-complaint"), TestContext.Current.CancellationToken);

        var append = Assert.Single(outbox.Appends);
        Assert.IsType<QaScore>(append[0]);
        var items = append.Skip(1).Select(e => Assert.IsType<QaItemScore>(e)).ToList();
        Assert.Equal(scored.Score.Items.Select(i => i.ItemId), items.Select(e => e.ItemId));
        Assert.All(items.Zip(scored.Score.Items), pair =>
        {
            var (sent, item) = pair;
            Assert.Equal((item.Name, item.Points, item.Score, item.Status.ToString()), (sent.ItemName, sent.Points, sent.Score, sent.Status));
            Assert.Equal(("poor-complaint", "8001", "standard", 1, "auto"), (sent.CallId, sent.AgentId, sent.ScorecardId, sent.ScorecardVersion, sent.ScoredBy));
            Assert.Equal((clock.GetUtcNow(), Arrived), (sent.ScoredAt, sent.CallArrivedAt));
        });
        // The case's known answers (TestData/Scoring/poor-complaint.json): no greeting, half an identity check, impolite words.
        (string Status, double Score) Item(string id) => items.Where(e => e.ItemId == id).Select(e => (e.Status, e.Score)).Single();
        Assert.Equal(("Failed", 0.0), Item("greeting"));
        Assert.Equal(("Partial", 5.0), Item("identity"));
        Assert.Equal(("Failed", 0.0), Item("impolite"));
        Assert.Equal(scored.Score.Total, items.Sum(e => e.Score), 6);
        Assert.Equal(items.Count, items.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public async Task A_good_call_is_scored_but_not_queued()
    {
        var scored = await Service().ScoreAsync(Request("model-complaint"), TestContext.Current.CancellationToken);

        Assert.Equal(100, scored.Score.Total);
        Assert.Null(scored.Review);
        Assert.Single(outbox.Events.OfType<QaScore>());
        Assert.All(outbox.Events.OfType<QaItemScore>(), e => Assert.Contains(e.Status, new[] { "Passed", "NotApplicable" }));
        Assert.Equal(scored.Score.Items.Count, outbox.Events.OfType<QaItemScore>().Count());
    }

    [Fact]
    public async Task Retraining_learns_from_finished_reviews_and_the_next_score_carries_a_prediction()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new JsonReviewStore(folder);
        foreach (var example in new SyntheticTrainingSet(seed: 9).Generate(200))
        {
            var id = example.Features.CallId;
            await scores.SaveAsync(new StoredScore(new CallScore(id, "standard", 1, []), example.Features, null), ct);
            var items = new Dictionary<string, double> { ["total"] = example.Overall };
            await store.SaveAsync(new CallReview(id, "8001", Arrived, [SamplingReason.Random], example.Overall, items, new Dictionary<string, double> { ["total"] = 100 },
                ReviewStatus.Reviewed, Arrived), ct);
        }

        var info = await model.RetrainAsync(reviews, scores, SyntheticTrainingSet.ItemIds, ct);

        Assert.Equal(1, info.Version);
        Assert.Equal(200, info.Examples + info.Metrics.HeldOut);
        Assert.Equal(("done", 1.0), (model.Progress!.Stage, model.Progress.Fraction));
        Assert.NotNull(model.Current);
        var scored = await Service().ScoreAsync(Request("calm-enquiry"), ct);
        Assert.NotNull(scored.Prediction);
        Assert.InRange(scored.Prediction.Overall, 0, 100);
    }

    /// <summary>Keeps what was appended.</summary>
    private sealed class RecordingOutbox : IEventOutbox
    {
        public List<IReadOnlyList<IDomainEvent>> Appends { get; } = [];

        public IEnumerable<IDomainEvent> Events => Appends.SelectMany(a => a);

        public Task AppendAsync(IReadOnlyCollection<IDomainEvent> events, CancellationToken cancellationToken = default)
        {
            Appends.Add([.. events]);
            return Task.CompletedTask;
        }
    }
}
