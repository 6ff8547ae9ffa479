using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Grains.Tests.Tickets;

/// <summary>The merge claim register: a merge whose target is itself merging is refused, and released claims stop refusing.</summary>
[Trait("Category", "Integration")]
public sealed class TicketMergeClaimTests(TicketClusterFixture fixture) : IClassFixture<TicketClusterFixture>
{
    private ITicketMergeClaimGrain Claims => fixture.Grains.GetGrain<ITicketMergeClaimGrain>(ITicketMergeClaimGrain.Key);

    [Fact]
    public async Task A_claim_whose_target_is_merging_names_where_the_target_goes_and_a_chain_is_allowed()
    {
        Assert.Null(await Claims.ClaimAsync("A-1", "B-1"));

        Assert.Equal("B-1", await Claims.ClaimAsync("B-1", "A-1"));
        Assert.Equal("B-1", await Claims.ClaimAsync("C-1", "A-1"));
        // B is only a target: merging B onwards waits for nothing that waits for B.
        Assert.Null(await Claims.ClaimAsync("B-1", "D-1"));
        Assert.Equal("D-1", await Claims.ClaimAsync("E-1", "B-1"));

        await Claims.ReleaseAsync("A-1");
        await Claims.ReleaseAsync("B-1");
        Assert.Null(await Claims.ClaimAsync("C-1", "A-1"));
        Assert.Null(await Claims.ClaimAsync("E-1", "B-1"));
        await Claims.ReleaseAsync("C-1");
        await Claims.ReleaseAsync("E-1");
    }
}
