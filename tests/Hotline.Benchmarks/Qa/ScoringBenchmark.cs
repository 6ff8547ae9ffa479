using System.Diagnostics;
using System.Globalization;
using Hotline.Qa.Learning;
using Hotline.Qa.Review;
using Hotline.Qa.Scoring;

namespace Hotline.Benchmarks.Qa;

/// <summary>
/// The scoring half of <c>./hotline bench qa</c>: quality-model training time on N generated reviewed calls (held-out error against the
/// constant baselines measured in the same run), then scoring throughput of the whole service (rules, model, stored score, analytics
/// event, sampling) against the rules alone on the same calls, and model prediction throughput. One thread (LightGBM NumberOfThreads = 1).
/// </summary>
/// <remarks>HOTLINE_BENCH_QA_TRAINING_CALLS (default 20 000; the figure is 100 000, about five times as long) sets N.</remarks>
internal sealed class ScoringBenchmark(BenchReport report, string folder)
{
    private const int RuleCalls = 20_000;
    private const int ServiceCalls = 2_000;
    private const int PredictedCalls = 5_000;

    public async Task RunAsync()
    {
        var trainingCalls = int.TryParse(Environment.GetEnvironmentVariable("HOTLINE_BENCH_QA_TRAINING_CALLS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20_000;
        var models = new QualityModelStore(Path.Combine(folder, "models"));
        using (var trained = Training(trainingCalls))
        {
            await models.SaveAsync(trained);
            Prediction(trained);
        }

        var rules = Rules();
        await ServiceAsync(models, rules);
    }

    private QualityModel Training(int calls)
    {
        var examples = new SyntheticTrainingSet(seed: 1).Generate(calls);
        var trainer = new QualityModelTrainer(TimeProvider.System);
        report.Progress($"training on {calls} generated calls ({calls * (1 - QualityModelTrainer.HeldOutFraction):F0} train, the rest held out), LightGBM 1 thread, {trainer.Iterations} rounds × 2 models");
        var watch = Stopwatch.StartNew();
        var model = trainer.Train(examples, SyntheticTrainingSet.ItemIds, 1, new ProgressLine(report, watch));
        watch.Stop();
        var m = model.Info.Metrics;
        report.Add($"model_training_time_{calls / 1000}k_calls", watch.Elapsed.TotalSeconds, "s");
        report.AddVersus("model_overall_mae", m.MeanAbsoluteError, "points", "constant_baseline", m.BaselineMeanAbsoluteError);
        report.AddVersus("model_review_accuracy", m.Accuracy, "fraction", "majority_baseline", m.BaselineAccuracy);
        report.Add("model_review_auc", m.Auc, "auc");
        return model;
    }

    private void Prediction(QualityModel model)
    {
        var calls = new SyntheticTrainingSet(seed: 2).Generate(PredictedCalls);
        model.Predict(calls[0].Features);
        var watch = Stopwatch.StartNew();
        foreach (var call in calls)
            model.Predict(call.Features);
        report.Add("model_prediction_throughput", PredictedCalls / watch.Elapsed.TotalSeconds, "calls/s");
    }

    private double Rules()
    {
        var card = ScorecardCatalog.Load(null).Latest("standard");
        var generator = new SyntheticTranscripts(seed: 1);
        var calls = Enumerable.Range(0, RuleCalls).Select(i => generator.Next($"bench-{i}")).ToList();
        ScorecardScorer.Score(card, ScoringContext.From(calls[0].Transcript, calls[0].Holds));

        var watch = Stopwatch.StartNew();
        double checksum = 0;
        foreach (var (transcript, holds) in calls)
        {
            var context = ScoringContext.From(transcript, holds);
            var score = ScorecardScorer.Score(card, context);
            checksum += ModelInput.From(score, context, "complaints", DateTimeOffset.UnixEpoch, 100).Figures.DurationSeconds + score.Total;
        }

        var throughput = RuleCalls / watch.Elapsed.TotalSeconds;
        report.Progress($"rules alone: {RuleCalls} calls (checksum {checksum:F0}) in {watch.Elapsed.TotalSeconds:F2} s");
        return throughput;
    }

    private async Task ServiceAsync(QualityModelStore models, double rulesThroughput)
    {
        using var model = new ActiveQualityModel(models, new QualityModelTrainer(TimeProvider.System));
        await model.LoadAsync();
        using var reviews = new ReviewWorkflow(new JsonReviewStore(Path.Combine(folder, "qa")), new SamplingPolicy(new SamplingSettings()), TimeProvider.System);
        var outbox = new CountingOutbox();
        var service = new CallScoringService(ScorecardCatalog.Load(null), "standard", model, new ScoreStore(Path.Combine(folder, "scores")), outbox, reviews, TimeProvider.System);
        var generator = new SyntheticTranscripts(seed: 3);
        var requests = Enumerable.Range(0, ServiceCalls).Select(i => generator.Next($"service-{i}"))
            .Select(c => new ScoringRequest(c.Transcript, "8001", DateTimeOffset.UnixEpoch, "complaints", c.Holds, null, false, null)).ToList();
        await service.ScoreAsync(requests[0]);

        var watch = Stopwatch.StartNew();
        var sampled = 0;
        foreach (var request in requests.Skip(1))
            sampled += (await service.ScoreAsync(request)).Review is null ? 0 : 1;
        var throughput = (ServiceCalls - 1) / watch.Elapsed.TotalSeconds;
        report.Progress($"whole service: {ServiceCalls - 1} calls in {watch.Elapsed.TotalSeconds:F2} s, {sampled} sampled for review, {outbox.Events} events");
        report.AddVersus("scoring_throughput", throughput, "calls/s", "rules_only", rulesThroughput);
    }

    /// <summary>Prints each training stage with the time since the start.</summary>
    private sealed class ProgressLine(BenchReport report, Stopwatch watch) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report.Progress($"training: {value.Stage} at {watch.Elapsed.TotalSeconds:F1} s");
    }
}
