using System.Security.Claims;
using Bunit;
using Hotline.Grains.Abstractions.People;
using Hotline.Grains.Abstractions.Queues;
using Hotline.Portal.Administration;
using Hotline.Portal.Components.Pages.Admin;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.Portal.Tests.Admin;

/// <summary>The queues page: configurations listed in Chinese with unregistered queues flagged, an edit sent as the signed-in admin with
/// unshown fields kept, a new queue created, a retirement confirmed first, and refusals shown with their reason at their field.</summary>
[Trait("Category", "Unit")]
public sealed class QueuesPageTests : PortalComponentTest
{
    private readonly RecordingQueues queues = new();

    public QueuesPageTests()
    {
        Services.AddSingleton<IQueueAdministration>(queues);
        Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState("admin", PlatformRole.Admin));
        Services.AddCascadingAuthenticationState();
        Services.AddAuthorizationCore();
    }

    [Fact]
    public void Lists_queues_with_skill_wait_and_overflow()
    {
        var page = Show<QueuesPage>();

        Assert.Contains("complaint (≥ 2)", page.Find("[data-testid='queue-skill-complaints']").TextContent, StringComparison.Ordinal);
        Assert.Contains("300 秒 → 转留言", page.Find("[data-testid='queue-maxwait-complaints']").TextContent, StringComparison.Ordinal);
        Assert.Contains("等待 60 秒后溢出到 enquiries", page.Find("[data-testid='queues-table']").TextContent, StringComparison.Ordinal);
        Assert.Contains("尚未配置", page.Find("[data-testid='queues-table']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_is_saved_as_the_admin_and_keeps_the_unshown_fields()
    {
        var page = Show<QueuesPage>();
        page.Find("[data-testid='queue-edit-complaints']").Click();

        Field(page, "queue-form-maxwait").Change("120");
        await page.FindComponent<MudSelect<MaxWaitAction>>().InvokeAsync(() => page.FindComponent<MudSelect<MaxWaitAction>>().Instance.ValueChanged.InvokeAsync(MaxWaitAction.CallbackOffer));
        page.Find("[data-testid='queue-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("队列“complaints”已保存", page.Find("[data-testid='queue-message']").TextContent, StringComparison.Ordinal));
        var (actor, saved) = Assert.Single(queues.Saves);
        Assert.Equal("admin", actor);
        Assert.Equal(RecordingQueues.Complaints with { MaxWait = TimeSpan.FromSeconds(120), MaxWaitAction = MaxWaitAction.CallbackOffer }, saved);
    }

    [Fact]
    public void The_queue_refusal_is_shown_with_its_reason()
    {
        queues.Refusal = new AdminOutcome(GrainQueueAdministration.RefusedKey, "queue 'complaints': minimum level 11 is outside 1–10");
        var page = Show<QueuesPage>();
        page.Find("[data-testid='queue-edit-complaints']").Click();

        Field(page, "queue-form-level").Change("11");
        page.Find("[data-testid='queue-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("队列拒绝了这项配置：queue 'complaints': minimum level 11 is outside 1–10", page.Find("[data-testid='queue-message']").TextContent, StringComparison.Ordinal));
        Assert.Equal(11, Assert.Single(queues.Saves).Configuration.MinimumLevel);
        // The form stays open with the refused value, so the admin can correct it.
        Assert.NotNull(page.Find("[data-testid='queue-form']"));
    }

    [Fact]
    public void An_unregistered_queue_a_flow_routes_to_is_flagged_with_who_refers_to_it()
    {
        var page = Show<QueuesPage>();

        Assert.Contains("未登记", page.Find("[data-testid='queue-unregistered-vip']").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid='queue-unregistered-complaints']"));
        Assert.Equal("IVR 流程 12328；IVR 流程 queue-callback", page.Find("[data-testid='queue-used-vip']").TextContent.Trim());
        Assert.Equal("自 complaints 溢出", page.Find("[data-testid='queue-used-enquiries']").TextContent.Trim());
        // An unregistered queue is registered, not edited or retired.
        Assert.NotNull(page.Find("[data-testid='queue-register-vip']"));
        Assert.Empty(page.FindAll("[data-testid='queue-edit-vip'], [data-testid='queue-retire-vip']"));
    }

    [Fact]
    public async Task A_new_queue_is_created_as_the_admin_with_the_typed_name_and_rules()
    {
        var page = Show<QueuesPage>();
        page.Find("[data-testid='queue-new']").Click();

        Type(page, "queue-form-name", " night-shift ");
        Type(page, "queue-form-skill", "enquiry");
        Type(page, "queue-form-level", "3");
        await ChooseAsync(page, "queue-form-strategy", QueueStrategy.LeastOccupied);
        page.Find("[data-testid='queue-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("队列“night-shift”已创建", page.Find("[data-testid='queue-message']").TextContent, StringComparison.Ordinal));
        var (actor, created) = Assert.Single(queues.Creates);
        Assert.Equal("admin", actor);
        Assert.Equal(new QueueConfiguration { Name = "night-shift", Skill = "enquiry", MinimumLevel = 3, Strategy = QueueStrategy.LeastOccupied }, created);
        Assert.Empty(queues.Saves);
        Assert.Empty(page.FindAll("[data-testid='queue-form']"));
    }

    [Fact]
    public void A_refused_name_is_marked_at_the_name_field_in_chinese_and_the_form_stays()
    {
        queues.Refusal = new AdminOutcome(GrainQueueAdministration.NameTakenKey, "complaints", QueueField.Name);
        var page = Show<QueuesPage>();
        page.Find("[data-testid='queue-new']").Click();

        Type(page, "queue-form-name", "complaints");
        Type(page, "queue-form-skill", "complaint");
        page.Find("[data-testid='queue-save']").Click();

        page.WaitForAssertion(() => Assert.Contains("队列名称：队列“complaints”已存在", page.Find("[data-testid='queue-message']").TextContent, StringComparison.Ordinal));
        var nameField = page.FindComponents<MudTextField<string>>().Single(f => Equals(f.Instance.UserAttributes.GetValueOrDefault("data-testid"), "queue-form-name"));
        // The error text is rendered under the name field (and only under it).
        Assert.Contains("已存在", nameField.Markup, StringComparison.Ordinal);
        var skillField = page.FindComponents<MudTextField<string>>().Single(f => Equals(f.Instance.UserAttributes.GetValueOrDefault("data-testid"), "queue-form-skill"));
        Assert.DoesNotContain("已存在", skillField.Markup, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid='queue-form']"));
    }

    [Fact]
    public void Registering_a_flagged_queue_creates_it_under_its_referenced_name()
    {
        var page = Show<QueuesPage>();
        page.Find("[data-testid='queue-register-vip']").Click();

        Assert.Equal("vip", page.Find("input[data-testid='queue-form-name'], [data-testid='queue-form-name'] input").GetAttribute("value"));
        Type(page, "queue-form-skill", "vip");
        page.Find("[data-testid='queue-save']").Click();

        page.WaitForAssertion(() => Assert.Equal("vip", Assert.Single(queues.Creates).Configuration.Name));
    }

    [Fact]
    public void Retiring_asks_first_then_retires_as_the_admin_and_reloads_the_list()
    {
        var page = Show<QueuesPage>();
        page.Find("[data-testid='queue-retire-enquiries']").Click();
        Assert.Empty(queues.Retires);
        Assert.Contains("确定停用队列“enquiries”", page.Find("[data-testid='queue-retire-confirm']").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid='queue-retire-yes']").Click();

        page.WaitForAssertion(() => Assert.Contains("队列“enquiries”已停用", page.Find("[data-testid='queue-message']").TextContent, StringComparison.Ordinal));
        Assert.Equal(("admin", "enquiries"), Assert.Single(queues.Retires));
        Assert.Equal(2, queues.Lists);
    }

    [Fact]
    public void A_refused_retirement_names_the_flow()
    {
        queues.Refusal = new AdminOutcome(GrainQueueAdministration.RoutedByFlowKey, "12328");
        var page = Show<QueuesPage>();
        page.Find("[data-testid='queue-retire-complaints']").Click();
        page.Find("[data-testid='queue-retire-yes']").Click();

        page.WaitForAssertion(() => Assert.Contains("IVR 流程 12328 仍路由到此队列", page.Find("[data-testid='queue-message']").TextContent, StringComparison.Ordinal));
        Assert.Equal(1, queues.Lists);
    }

    // MudBlazor puts the test id on the input itself or on its wrapper, depending on the component.
    private static AngleSharp.Dom.IElement Field(IRenderedComponent<QueuesPage> page, string testId) =>
        page.Find($"input[data-testid='{testId}'], [data-testid='{testId}'] input");

    private sealed class RecordingQueues : IQueueAdministration
    {
        public static QueueConfiguration Complaints { get; } = new()
        {
            Name = "complaints", Skill = "complaint", MinimumLevel = 2, OverflowQueue = "enquiries", RingTimeout = TimeSpan.FromSeconds(22),
        };

        public List<(string Actor, QueueConfiguration Configuration)> Saves { get; } = [];

        public AdminOutcome Refusal { get; set; } = AdminOutcome.Done;

        public List<(string Actor, QueueConfiguration Configuration)> Creates { get; } = [];

        public List<(string Actor, string Queue)> Retires { get; } = [];

        public int Lists { get; private set; }

        public Task<IReadOnlyList<QueueSetting>> ListAsync(CancellationToken cancellationToken)
        {
            Lists++;
            return Task.FromResult<IReadOnlyList<QueueSetting>>(
            [
                new QueueSetting("complaints", Complaints, Registered: true, ["12328"], []),
                new QueueSetting("enquiries", Complaints with { Name = "enquiries", OverflowQueue = null }, Registered: true, [], ["complaints"]),
                new QueueSetting("night", null),
                new QueueSetting("vip", null, Registered: false, ["12328", "queue-callback"], []),
            ]);
        }

        public Task<AdminOutcome> CreateAsync(ClaimsPrincipal actor, QueueConfiguration configuration, CancellationToken cancellationToken)
        {
            Creates.Add((actor.Identity?.Name ?? "", configuration));
            return Task.FromResult(Refusal);
        }

        public Task<AdminOutcome> SaveAsync(ClaimsPrincipal actor, QueueConfiguration configuration, CancellationToken cancellationToken)
        {
            Saves.Add((actor.Identity?.Name ?? "", configuration));
            return Task.FromResult(Refusal);
        }

        public Task<AdminOutcome> RetireAsync(ClaimsPrincipal actor, string queue, CancellationToken cancellationToken)
        {
            Retires.Add((actor.Identity?.Name ?? "", queue));
            return Task.FromResult(Refusal);
        }
    }
}
