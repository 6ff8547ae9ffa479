using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tickets.Store;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>并案 under concurrency: tickets merged into each other at the same moment refuse instead of waiting on each other until the call times out.</summary>
/// <remarks>Without the refusal these calls block until the cluster's response timeout and then fail with a timeout, not a workflow error.</remarks>
[Trait("Category", "Integration")]
public abstract class TicketMergeContract(TicketClusterFixture fixture)
{
    [Fact]
    public async Task Two_tickets_merged_into_each_other_at_once_end_with_one_merge_and_one_refusal()
    {
        // Several pairs, all at once, so that at least some calls really overlap on a shared machine.
        var pairs = new List<(ITicketGrain A, ITicketGrain B)>();
        for (var i = 0; i < 6; i++)
            pairs.Add((await TicketFlows.SubmitAsync(fixture), await TicketFlows.SubmitAsync(fixture)));

        var outcomes = await Task.WhenAll(pairs.SelectMany(p => new[]
        {
            OutcomeAsync(p.A.MergeIntoAsync(TicketActors.Agent, p.B.GetPrimaryKeyString())),
            OutcomeAsync(p.B.MergeIntoAsync(TicketActors.Agent, p.A.GetPrimaryKeyString())),
        }));

        for (var i = 0; i < pairs.Count; i++)
        {
            var (a, b) = pairs[i];
            var (first, second) = (outcomes[2 * i], outcomes[(2 * i) + 1]);
            Assert.True(first is null ^ second is null, $"pair {i}: exactly one merge must succeed, got {first?.Message ?? "ok"} / {second?.Message ?? "ok"}");
            var (merged, carrier) = first is null ? (a, b) : (b, a);
            var mergedNumber = merged.GetPrimaryKeyString();
            var carrierNumber = carrier.GetPrimaryKeyString();
            Assert.Contains(mergedNumber, (first ?? second)!.Message, StringComparison.Ordinal);
            var mergedSnapshot = await merged.GetAsync();
            var carrierSnapshot = await carrier.GetAsync();
            Assert.Equal((TicketState.Merged, carrierNumber), (mergedSnapshot.State, mergedSnapshot.MergedInto));
            Assert.Equal((TicketState.Intake, null), (carrierSnapshot.State, carrierSnapshot.MergedInto));
            Assert.Equal([mergedNumber], carrierSnapshot.MergedSources);
            Assert.DoesNotContain("merge", (await carrier.GetHistoryAsync()).Select(h => h.Action));
        }
    }

    [Fact]
    public async Task Three_tickets_merged_in_a_circle_at_once_never_all_merge()
    {
        var tickets = new List<ITicketGrain>();
        for (var i = 0; i < 3; i++)
            tickets.Add(await TicketFlows.SubmitAsync(fixture));
        var numbers = tickets.Select(t => t.GetPrimaryKeyString()).ToList();

        var outcomes = await Task.WhenAll(tickets.Select((t, i) => OutcomeAsync(t.MergeIntoAsync(TicketActors.Agent, numbers[(i + 1) % 3]))));

        Assert.Contains(outcomes, o => o is not null);
        var states = await Task.WhenAll(tickets.Select(async t => (await t.GetAsync()).State));
        Assert.Contains(states, s => s != TicketState.Merged);
        Assert.Equal(outcomes.Count(o => o is null), states.Count(s => s == TicketState.Merged));
        await using var db = fixture.CreateDbContext();
        Assert.Equal(
            outcomes.Count(o => o is null),
            await db.Set<TicketMergeRecord>().CountAsync(m => numbers.Contains(m.SourceNumber), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_merge_into_a_ticket_that_is_being_merged_is_refused_and_changes_nothing()
    {
        var source = await TicketFlows.SubmitAsync(fixture);
        var target = await TicketFlows.SubmitAsync(fixture);
        var (sourceNumber, targetNumber) = (source.GetPrimaryKeyString(), target.GetPrimaryKeyString());
        var claims = fixture.Grains.GetGrain<ITicketMergeClaimGrain>(ITicketMergeClaimGrain.Key);
        // The target is caught in the middle of its own merge into the source.
        Assert.Null(await claims.ClaimAsync(targetNumber, sourceNumber));

        var refused = await Assert.ThrowsAsync<TicketWorkflowException>(() => source.MergeIntoAsync(TicketActors.Agent, targetNumber));

        Assert.Contains(sourceNumber, refused.Message, StringComparison.Ordinal);
        Assert.Contains("Intake", refused.Message, StringComparison.Ordinal);
        Assert.Contains("'merge'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(TicketState.Intake, (await source.GetAsync()).State);
        Assert.Empty((await target.GetAsync()).MergedSources);
        Assert.Equal(["intake"], (await source.GetHistoryAsync()).Select(h => h.Action));

        await claims.ReleaseAsync(targetNumber);
        Assert.Equal(TicketState.Merged, (await source.MergeIntoAsync(TicketActors.Agent, targetNumber)).State);
        // The finished merge released its claim: a merge into the source is no longer refused by it.
        Assert.Null(await claims.ClaimAsync("12328-20261127-5555555", sourceNumber));
        await claims.ReleaseAsync("12328-20261127-5555555");
    }

    private static async Task<TicketWorkflowException?> OutcomeAsync(Task<TicketSnapshot> merge)
    {
        try
        {
            await merge;
            return null;
        }
        catch (TicketWorkflowException refused)
        {
            return refused;
        }
    }
}
