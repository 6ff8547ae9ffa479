using Hotline.Grains.Abstractions.Tickets;
using Hotline.Grains.Tests.Search;

namespace Hotline.Grains.Tests.Tickets.Duplicates;

/// <summary>查重 on the real store and index: same phone, same subject and similar text within their windows, across channels, with reasons; unrelated,
/// out-of-window and merged tickets are not suggested.</summary>
[Trait("Category", "Integration")]
public sealed class TicketDuplicateFinderTests(TicketClusterFixture cluster) : IClassFixture<TicketClusterFixture>, IDisposable
{
    private readonly TicketSearchHost _host = new(cluster);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_same_caller_within_the_window_is_suggested_across_channels()
    {
        var phone = TicketFlows.UniquePhone();
        var byWeb = await SubmitAsync(Caller("地铁站电梯坏了一个月没人修。", phone) with { Channel = TicketChannel.Web });
        var unrelated = await SubmitAsync(Caller("地铁站电梯坏了一个月没人修。", TicketFlows.UniquePhone()) with { Channel = TicketChannel.Sms });
        var byPhone = await SubmitAsync(Caller("上次反映的问题还没处理，再问一下进度。", phone) with { Channel = TicketChannel.Phone });

        var candidates = await FindAsync(byPhone);

        var candidate = Assert.Single(candidates, c => c.Ticket.Number == byWeb);
        Assert.Equal(TicketChannel.Web, candidate.Ticket.Channel);
        Assert.Equal(DuplicateReasonKind.SamePhone, Assert.Single(candidate.Reasons).Kind);
        Assert.Equal(phone, candidate.Reasons[0].Detail);
        Assert.DoesNotContain(candidates, c => c.Ticket.Number == unrelated);
    }

    [Fact]
    public async Task The_same_plate_is_suggested_however_it_was_typed_and_scores_above_the_same_enterprise_alone()
    {
        var enterprise = "测试出租汽车公司" + Guid.NewGuid().ToString("N")[..6];
        var plate = "粤B" + Random.Shared.Next(10000, 99999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var samePlate = await SubmitAsync(Subject(enterprise, plate.ToLowerInvariant().Insert(2, "·"), "车上空调不开，很闷热。"));
        var sameEnterprise = await SubmitAsync(Subject(enterprise, "粤B00001", "司机开车玩手机。"));
        var otherCompany = await SubmitAsync(Subject("另一家公司" + Guid.NewGuid().ToString("N")[..6], "粤B00002", "车内有烟味。"));
        var probe = await SubmitAsync(Subject(enterprise, plate, "这辆车司机态度差，骂人。") with { Channel = TicketChannel.WeChat });

        var candidates = await FindAsync(probe);

        Assert.Equal([samePlate, sameEnterprise], candidates.Select(c => c.Ticket.Number));
        Assert.Equal([DuplicateReasonKind.SamePlate, DuplicateReasonKind.SameEnterprise], candidates[0].Reasons.Select(r => r.Kind));
        Assert.Equal(plate, candidates[0].Reasons[0].Detail);
        Assert.Equal(DuplicateReasonKind.SameEnterprise, Assert.Single(candidates[1].Reasons).Kind);
        Assert.True(candidates[0].Score > candidates[1].Score);
        Assert.DoesNotContain(candidates, c => c.Ticket.Number == otherCompany);
    }

    [Fact]
    public async Task A_similar_description_from_another_caller_is_suggested_with_the_shared_words()
    {
        var original = await SubmitAsync(Anonymous("银湖隧道口的网约车司机中途甩客，还要求乘客多付五十元才肯继续开。"));
        var unrelated = await SubmitAsync(Anonymous("银湖公园附近的公交站牌被撞坏了，请尽快修复。"));

        await _host.Index.CatchUpAsync(TestContext.Current.CancellationToken);
        var candidates = await _host.Duplicates.FindForSubmissionAsync(
            Anonymous("网约车司机在银湖隧道口中途甩客，要求多付五十元。") with { Channel = TicketChannel.Email }, TestContext.Current.CancellationToken);

        var candidate = Assert.Single(candidates, c => c.Ticket.Number == original);
        var reason = Assert.Single(candidate.Reasons);
        Assert.Equal(DuplicateReasonKind.SimilarText, reason.Kind);
        Assert.InRange(reason.Weight, 0.35, 1.0);
        Assert.Contains("网约车", reason.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(candidates, c => c.Ticket.Number == unrelated);
    }

    [Fact]
    public async Task Tickets_outside_every_window_and_merged_tickets_are_not_suggested()
    {
        var phone = TicketFlows.UniquePhone();
        var old = await SubmitAsync(Caller("城际大巴票价上涨没有公示。", phone));
        cluster.Clock.Advance(TimeSpan.FromDays(8));
        var merged = await SubmitAsync(Caller("城际大巴票价上涨没有公示。", phone));
        var target = await SubmitAsync(Caller("城际大巴票价上涨没有任何公示。", phone));
        await cluster.Grains.GetGrain<ITicketGrain>(merged).MergeIntoAsync(TicketActors.Supervisor, target);

        var candidates = await FindAsync(await SubmitAsync(Caller("城际大巴票价上涨，也没有公示。", phone)));

        var suggested = candidates.Select(c => c.Ticket.Number).ToList();
        Assert.Contains(target, suggested);
        Assert.DoesNotContain(old, suggested);
        Assert.DoesNotContain(merged, suggested);
        var both = candidates.Single(c => c.Ticket.Number == target);
        Assert.Equal([DuplicateReasonKind.SamePhone, DuplicateReasonKind.SimilarText], both.Reasons.Select(r => r.Kind));
    }

    [Fact]
    public async Task The_same_bus_route_is_suggested_for_a_draft_and_another_route_is_not()
    {
        var route = "专线" + Guid.NewGuid().ToString("N")[..6];
        var sameRoute = await SubmitAsync(TicketFlows.Complaint("早高峰车太挤，半小时一班。") with { Subject = new TicketSubject(null, null, route, null, null) });
        var otherRoute = await SubmitAsync(TicketFlows.Complaint("司机没有等老人坐稳就开车。") with { Subject = new TicketSubject(null, null, route + "支线", null, null) });
        await _host.Index.CatchUpAsync(TestContext.Current.CancellationToken);

        var candidates = await _host.Duplicates.FindForSubmissionAsync(
            Anonymous("这条线路的车经常不进站。") with { Subject = new TicketSubject(null, null, route, null, null) }, TestContext.Current.CancellationToken);

        var candidate = Assert.Single(candidates, c => c.Ticket.Number == sameRoute);
        Assert.Equal(new DuplicateReason(DuplicateReasonKind.SameRoute, route, 0.3), Assert.Single(candidate.Reasons));
        Assert.DoesNotContain(candidates, c => c.Ticket.Number == otherRoute);
    }

    [Fact]
    public async Task An_unknown_ticket_number_is_named()
    {
        var missing = await Assert.ThrowsAsync<TicketNotFoundException>(() => _host.Duplicates.FindForTicketAsync("12328-20000101-0000001", TestContext.Current.CancellationToken));

        Assert.Equal("12328-20000101-0000001", missing.Number);
    }

    private static TicketSubmission Subject(string enterprise, string plate, string description) =>
        TicketFlows.Complaint(description) with { Subject = new TicketSubject(enterprise, plate, null, null, null) };

    /// <summary>A complaint with its own phone and no subject, so only its text can link it.</summary>
    private static TicketSubmission Anonymous(string description) => Caller(description, TicketFlows.UniquePhone());

    /// <summary>A complaint from <paramref name="phone"/> with no subject (the shared test plate would link every ticket).</summary>
    private static TicketSubmission Caller(string description, string phone) =>
        TicketFlows.Complaint(description, phone) with { Subject = TicketSubject.None };

    private async Task<string> SubmitAsync(TicketSubmission submission) =>
        (await cluster.Intake.SubmitAsync(submission, TestContext.Current.CancellationToken)).Number;

    private async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(string number)
    {
        await _host.Index.CatchUpAsync(TestContext.Current.CancellationToken);
        return await _host.Duplicates.FindForTicketAsync(number, TestContext.Current.CancellationToken);
    }
}
