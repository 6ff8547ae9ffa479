using System.Net;
using System.Text.Json;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.People;

/// <summary>On the real portal the system drafts last month's performance review of every agent by itself once the month is over,
/// with the figures from analytics, and leaves the rest of the workflow to people.</summary>
[Trait("Category", "Integration")]
public sealed class ReviewDraftingTests(PortalHostFixture host) : IClassFixture<PortalHostFixture>
{
    [Fact]
    public async Task Last_months_reviews_of_every_agent_are_drafted_by_the_system()
    {
        using var hr = new PortalSession(host.BaseAddress);
        await hr.SignInOrFailAsync("hr", "demo-hr");
        // The month before the current one in Beijing time, as the drafting grain computes it.
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var (from, until) = (first.ToString("yyyy-MM-dd"), first.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd"));

        var drafted = new List<JsonElement>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (drafted.Count < 10 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            using var response = await hr.GetAsync($"/api/v1/people/reviews?from={from}&until={until}");
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"list reviews: {(int)response.StatusCode} {body}");
            drafted = [.. JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.Clone())];
        }

        var employees = drafted.Select(r => r.GetProperty("employee").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(8001, 10).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), employees);
        Assert.All(drafted, review =>
        {
            var state = review.GetProperty("state");
            Assert.True(state.ValueKind == JsonValueKind.String ? state.GetString() == nameof(ReviewState.Draft) : state.GetInt32() == (int)ReviewState.Draft,
                $"review of {review.GetProperty("employee")} is {state}, not a draft");
            Assert.Equal(from, review.GetProperty("from").GetString());
            Assert.Equal(until, review.GetProperty("to").GetString());
            Assert.NotEqual(0, review.GetProperty("scores").GetArrayLength());
        });
    }
}
