using Hotline.Qa.Review;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Qa.Tests.Review;

[Trait("Category", "Unit")]
public sealed class TypicalCaseLibraryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hotline-qa-cases-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Cases_are_found_by_kind_and_tag_newest_first_until_withdrawn()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));
        var library = new TypicalCaseLibrary(new JsonReviewStore(folder), clock);

        var calm = await library.MarkAsync("c1", "耐心安抚情绪激动的投诉人", TypicalCaseKind.Good, ["安抚", "投诉", "安抚"], "注意 02:10 处的共情表达", "qa1", ct);
        clock.Advance(TimeSpan.FromHours(1));
        var rude = await library.MarkAsync("c2", "使用禁语", TypicalCaseKind.Bad, ["禁语"], "", "qa1", ct);
        clock.Advance(TimeSpan.FromHours(1));
        var verify = await library.MarkAsync("c3", "规范核实身份", TypicalCaseKind.Good, ["身份核实", "投诉"], "", "qa2", ct);

        Assert.Equal(["安抚", "投诉"], calm.Tags);
        Assert.Equal([verify.Id, rude.Id, calm.Id], (await library.SearchAsync(cancellationToken: ct)).Select(c => c.Id));
        Assert.Equal([verify.Id, calm.Id], (await library.SearchAsync(TypicalCaseKind.Good, cancellationToken: ct)).Select(c => c.Id));
        Assert.Equal([verify.Id, calm.Id], (await library.SearchAsync(tag: "投诉", cancellationToken: ct)).Select(c => c.Id));

        await library.WithdrawAsync(calm.Id, ct);
        Assert.Equal([verify.Id], (await library.SearchAsync(tag: "投诉", cancellationToken: ct)).Select(c => c.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => library.MarkAsync("c4", " ", TypicalCaseKind.Good, [], "", "qa1", ct));
    }
}
