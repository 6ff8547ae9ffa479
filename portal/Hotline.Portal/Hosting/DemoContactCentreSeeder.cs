using System.Globalization;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Callbacks;
using Hotline.Grains.Abstractions.Calls;
using Hotline.Grains.Abstractions.Campaigns;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Hosting;

/// <summary>
/// The demo organisation's contact centre (DESIGN.md): queues complaints and enquiries, agents 8001–8010 with skills.
/// 8001–8005 take complaints (level 5) and enquiries (level 3); 8006–8010 take enquiries (level 5). Both queues keep
/// a call-back list; a satisfaction-survey return-visit campaign (回访) waits as a draft for a supervisor to start.
/// </summary>
public sealed class DemoContactCentreSeeder(IGrainFactory grains, ILogger<DemoContactCentreSeeder> logger) : IHostedService
{
    /// <summary>The complaints queue (skill "complaint"), reached with 1 in the 12328 menu.</summary>
    public const string ComplaintsQueue = "complaints";

    /// <summary>The enquiries queue (skill "enquiry"), reached with 2, 3 and 0.</summary>
    public const string EnquiriesQueue = "enquiries";

    /// <summary>The demo return-visit campaign: enquiries agents call citizens back, who then take the survey.</summary>
    public const string SurveyCampaign = "demo-satisfaction-visits";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Through the registry, once: a restart keeps the rules and skills an administrator changed since, and a retired
        // demo queue stays retired.
        var registry = grains.GetGrain<IQueueRegistryGrain>(0);
        await registry.SeedAsync(new QueueConfiguration { Name = EnquiriesQueue, Skill = "enquiry" });
        await registry.SeedAsync(new QueueConfiguration
        {
            Name = ComplaintsQueue,
            Skill = "complaint",
            OverflowQueue = EnquiriesQueue,
            OverflowAfter = TimeSpan.FromMinutes(2),
        });
        foreach (var extension in DemoOrganisationSeeder.Extensions)
        {
            var agent = grains.GetGrain<IAgentGrain>(extension);
            if (await agent.GetProfileAsync() is not null)
            {
                continue;
            }

            var number = int.Parse(extension, CultureInfo.InvariantCulture);
            IReadOnlyList<AgentSkill> skills = number <= 8005
                ? [new AgentSkill("complaint", 5), new AgentSkill("enquiry", 3)]
                : [new AgentSkill("enquiry", 5)];
            await agent.ConfigureAsync(new AgentProfile(extension, $"坐席 {extension}", skills, TimeSpan.FromSeconds(30)));
        }

        foreach (var queue in new[] { ComplaintsQueue, EnquiriesQueue })
        {
            await grains.GetGrain<ICallbackSchedulerGrain>(queue).ConfigureAsync(new CallbackPolicy
            {
                Retry = new RetryRule { MaxAttempts = 3, Interval = TimeSpan.FromMinutes(15) },
                OfferTimeout = TimeSpan.FromMinutes(1),
            });
        }

        await SeedCampaignAsync();
        logger.LogInformation("Demo contact centre ready: queues {Complaints} and {Enquiries}, agents {First}–{Last}",
            ComplaintsQueue, EnquiriesQueue, DemoOrganisationSeeder.Extensions[0], DemoOrganisationSeeder.Extensions[^1]);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates the draft campaign once; a restart keeps the stored one with its progress.</summary>
    private async Task SeedCampaignAsync()
    {
        var campaign = grains.GetGrain<ICampaignGrain>(SurveyCampaign);
        if ((await campaign.GetProgressAsync()).Definition is not null)
        {
            return;
        }

        await campaign.CreateAsync(
            new CampaignDefinition
            {
                Name = "满意度回访（演示）",
                Queue = EnquiriesQueue,
                Mode = CampaignMode.Preview,
                Retry = new RetryRule { MaxAttempts = 3, Interval = TimeSpan.FromHours(2), RetryOn = [OutboundResult.NoAnswer, OutboundResult.Busy] },
                Window = new CallingWindow { Opens = new TimeOnly(9, 0), Closes = new TimeOnly(20, 0), TimeZone = "Asia/Shanghai" },
                SurveyAfterAgent = true,
            },
            [.. Enumerable.Range(1, 5).Select(i => new CampaignContact(string.Create(CultureInfo.InvariantCulture, $"1390000{i:0000}")))]);
    }
}
