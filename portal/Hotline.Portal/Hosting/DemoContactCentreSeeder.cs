using System.Globalization;
using Hotline.Grains.Abstractions.Agents;
using Hotline.Grains.Abstractions.Queues;

namespace Hotline.Portal.Hosting;

/// <summary>
/// The demo organisation's contact centre (DESIGN.md): queues complaints and enquiries, agents 8001–8010 with skills.
/// 8001–8005 take complaints (level 5) and enquiries (level 3); 8006–8010 take enquiries (level 5).
/// </summary>
public sealed class DemoContactCentreSeeder(IGrainFactory grains, ILogger<DemoContactCentreSeeder> logger) : IHostedService
{
    /// <summary>The complaints queue (skill "complaint"), reached with 1 in the 12328 menu.</summary>
    public const string ComplaintsQueue = "complaints";

    /// <summary>The enquiries queue (skill "enquiry"), reached with 2, 3 and 0.</summary>
    public const string EnquiriesQueue = "enquiries";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await grains.GetGrain<IQueueGrain>(ComplaintsQueue).ConfigureAsync(new QueueConfiguration
        {
            Name = ComplaintsQueue,
            Skill = "complaint",
            OverflowQueue = EnquiriesQueue,
            OverflowAfter = TimeSpan.FromMinutes(2),
        });
        await grains.GetGrain<IQueueGrain>(EnquiriesQueue).ConfigureAsync(new QueueConfiguration { Name = EnquiriesQueue, Skill = "enquiry" });
        foreach (var extension in DemoOrganisationSeeder.Extensions)
        {
            var number = int.Parse(extension, CultureInfo.InvariantCulture);
            IReadOnlyList<AgentSkill> skills = number <= 8005
                ? [new AgentSkill("complaint", 5), new AgentSkill("enquiry", 3)]
                : [new AgentSkill("enquiry", 5)];
            await grains.GetGrain<IAgentGrain>(extension).ConfigureAsync(
                new AgentProfile(extension, $"坐席 {extension}", skills, TimeSpan.FromSeconds(30)));
        }

        logger.LogInformation("Demo contact centre ready: queues {Complaints} and {Enquiries}, agents {First}–{Last}",
            ComplaintsQueue, EnquiriesQueue, DemoOrganisationSeeder.Extensions[0], DemoOrganisationSeeder.Extensions[^1]);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
