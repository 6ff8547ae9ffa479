using Hotline.Qa.Learning;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Qa.Tests.Learning;

/// <summary>The ML.NET quality model on generated reviewed calls (known relationship, held-out evaluation, save/load).</summary>
[Trait("Category", "Unit")]
public sealed class QualityModelTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-models-").FullName;
    private readonly QualityModelTrainer trainer = new(new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero))) { Iterations = 100 };

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_model_beats_the_constant_baselines_on_held_out_calls()
    {
        var examples = new SyntheticTrainingSet(seed: 1).Generate(3000);
        var stages = new List<string>();

        using var model = trainer.Train(examples, SyntheticTrainingSet.ItemIds, version: 1, new SynchronousProgress(p => stages.Add(p.Stage)), TestContext.Current.CancellationToken);

        var m = model.Info.Metrics;
        TestContext.Current.TestOutputHelper?.WriteLine($"held out {m.HeldOut}: MAE {m.MeanAbsoluteError:F2} (baseline {m.BaselineMeanAbsoluteError:F2}), R² {m.RSquared:F3}, AUC {m.Auc:F3}, accuracy {m.Accuracy:F3} (baseline {m.BaselineAccuracy:F3}), F1 {m.F1:F3}");
        Assert.InRange(m.HeldOut, 450, 750);
        Assert.Equal(3000 - m.HeldOut, model.Info.Examples);
        Assert.True(m.MeanAbsoluteError < 0.5 * m.BaselineMeanAbsoluteError, $"MAE {m.MeanAbsoluteError:F2} vs constant {m.BaselineMeanAbsoluteError:F2}");
        Assert.True(m.Accuracy > m.BaselineAccuracy + 0.05, $"accuracy {m.Accuracy:F3} vs majority {m.BaselineAccuracy:F3}");
        Assert.True(m.Auc > 0.9, $"AUC {m.Auc:F3}");
        Assert.Equal(["segmenting", "overall", "review", "evaluating", "done"], stages);
    }

    [Fact]
    public void The_words_matter_a_complaint_threat_in_the_text_raises_the_review_probability()
    {
        using var model = trainer.Train(new SyntheticTrainingSet(seed: 2).Generate(3000), SyntheticTrainingSet.ItemIds, 1, cancellationToken: TestContext.Current.CancellationToken);
        var allPassed = SyntheticTrainingSet.ItemIds.ToDictionary(id => id, _ => 1.0);
        var figures = new ConversationFigures(300, 0.5, 0.4, 0, 2, 1, 0, 1.5);
        const string Calm = "您好，很高兴为您服务，请问有什么可以帮您。我要反映出租车绕路的问题。非常理解您的心情，请您别着急。感谢您的来电，祝您生活愉快，再见";
        const string Threat = "您好，很高兴为您服务，请问有什么可以帮您。我要反映出租车绕路的问题。我要投诉你，把你的工号告诉我。非常理解您的心情，请您别着急。感谢您的来电，祝您生活愉快，再见";

        var calm = model.Predict(new CallFeatures("a", allPassed, figures, Calm, "complaints", 10, 300));
        var threat = model.Predict(new CallFeatures("b", allPassed, figures, Threat, "complaints", 10, 300));

        Assert.False(calm.NeedsReview, $"calm call flagged at {calm.ReviewProbability:F2}");
        Assert.True(threat.ReviewProbability > calm.ReviewProbability + 0.3, $"threat {threat.ReviewProbability:F2} vs calm {calm.ReviewProbability:F2}");
        Assert.InRange(calm.Overall, 85, 100);
    }

    [Fact]
    public async Task Saved_versions_load_back_and_predict_the_same()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new QualityModelStore(folder);
        var examples = new SyntheticTrainingSet(seed: 3).Generate(600);
        Assert.Equal(1, store.NextVersion());

        using var first = trainer.Train(examples, SyntheticTrainingSet.ItemIds, store.NextVersion(), cancellationToken: ct);
        await store.SaveAsync(first, ct);
        using var second = trainer.Train(examples, SyntheticTrainingSet.ItemIds, store.NextVersion(), cancellationToken: ct);
        await store.SaveAsync(second, ct);

        Assert.Equal([1, 2], store.Versions());
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(first, ct));
        using var loaded = await store.LoadLatestAsync(ct);
        Assert.NotNull(loaded);
        Assert.Equal(2, loaded.Info.Version);
        Assert.Equal(second.Info.Metrics, loaded.Info.Metrics);
        Assert.Equal(SyntheticTrainingSet.ItemIds, loaded.Info.ItemIds);
        foreach (var example in examples.Take(20))
            Assert.Equal(second.Predict(example.Features), loaded.Predict(example.Features));
    }

    [Fact]
    public async Task Missing_and_damaged_versions_are_named()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new QualityModelStore(folder);
        Assert.Null(await store.LoadLatestAsync(ct));
        var missing = await Assert.ThrowsAsync<FileNotFoundException>(() => store.LoadAsync(4, ct));
        Assert.Contains("version 4", missing.Message, StringComparison.Ordinal);

        using var model = trainer.Train(new SyntheticTrainingSet(seed: 4).Generate(300), SyntheticTrainingSet.ItemIds, 1, cancellationToken: ct);
        await store.SaveAsync(model, ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "quality-v1.overall.zip"), "not a model", ct);
        var damaged = await Assert.ThrowsAsync<InvalidDataException>(() => store.LoadAsync(1, ct));
        Assert.Contains("version 1", damaged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_or_one_sided_examples_are_refused()
    {
        var examples = new SyntheticTrainingSet(seed: 5).Generate(200);

        var few = Assert.Throws<ArgumentException>(() => trainer.Train([.. examples.Take(10)], SyntheticTrainingSet.ItemIds, 1, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("there are 10", few.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => trainer.Train([.. examples.Select(e => e with { NeedsReview = false })], SyntheticTrainingSet.ItemIds, 1, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Jieba_splits_chinese_into_words_and_drops_punctuation()
    {
        var words = ChineseSegmenter.Segment("我要投诉出租车绕路，司机态度很差！").Split(' ');

        Assert.Contains("投诉", words);
        Assert.Contains("出租车", words);
        Assert.DoesNotContain("，", words);
        Assert.True(words.Length is >= 6 and <= 10, string.Join("/", words));
    }

    /// <summary>Progress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
