using AngleSharp.Dom;
using Bunit;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Components.Pages.Desk;
using Hotline.Portal.Live;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Portal.Tests.Components;

/// <summary>The desk's ticket form: pre-filled from the call, validated on the server with Chinese field messages, submitted through the intake.</summary>
[Trait("Category", "Unit")]
public sealed class TicketFormTests : PortalComponentTest
{
    private readonly RecordingTicketIntake intake = new();

    public TicketFormTests() => Services.AddSingleton<ITicketIntake>(intake);

    private static LiveCall Call => new("call-42", "13800138000", "12328", DateTimeOffset.UnixEpoch) { Queue = "complaints" };

    private IRenderedComponent<TicketForm> RenderForm() =>
        Show<TicketForm>(p => p.Add(c => c.Call, Call).Add(c => c.Agent, "8001"));

    private static IElement Field(IRenderedComponent<TicketForm> form, string id) =>
        form.Find($"[data-testid={id}] input, [data-testid={id}] textarea, input[data-testid={id}], textarea[data-testid={id}]");

    [Fact]
    public void The_phone_is_pre_filled_from_the_caller()
    {
        var form = RenderForm();
        Assert.Equal("13800138000", Field(form, "ticket-phone").GetAttribute("value"));
    }

    [Fact]
    public void An_empty_description_is_refused_with_a_Chinese_message_and_nothing_reaches_the_intake()
    {
        var form = RenderForm();
        form.Find("[data-testid=ticket-submit]").Click();

        Assert.Contains("请填写诉求内容", form.Markup, StringComparison.Ordinal);
        Assert.Empty(intake.Submissions);
    }

    [Fact]
    public void A_malformed_phone_and_a_short_description_are_both_named()
    {
        var form = RenderForm();
        Field(form, "ticket-phone").Change("12ab");
        Field(form, "ticket-description").Change("太吵");
        form.Find("[data-testid=ticket-submit]").Click();

        Assert.Contains("电话号码格式不正确", form.Markup, StringComparison.Ordinal);
        Assert.Contains("诉求内容至少 5 个字", form.Markup, StringComparison.Ordinal);
        Assert.Empty(intake.Submissions);
    }

    [Fact]
    public void A_valid_form_becomes_a_phone_ticket_of_the_call_and_shows_its_number()
    {
        var form = RenderForm();
        Field(form, "ticket-description").Change("出租车司机拒载，车牌号粤B12345");
        form.Find("[data-testid=ticket-submit]").Click();

        var submission = Assert.Single(intake.Submissions);
        Assert.Equal(TicketChannel.Phone, submission.Channel);
        Assert.Equal("call-42", submission.CallId);
        Assert.Equal("call-42", submission.IdempotencyKey);
        Assert.Equal("13800138000", submission.CitizenPhone);
        Assert.Equal("8001", submission.SubmittedBy);
        Assert.Equal(TicketType.Complaint, submission.Type);
        Assert.Contains("T20261128001", form.Find("[data-testid=ticket-receipt]").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "请填写")]
    [InlineData("12", "PhoneInvalid")]
    [InlineData("0755-12345678", null)]
    [InlineData("+8613800138000", null)]
    public void Phone_rules(string phone, string? expected)
    {
        var errors = TicketDraftRules.Check(new TicketDraft { CitizenPhone = phone, Description = "足够长的诉求内容" });
        if (expected is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.True(errors.ContainsKey(TicketDraft.PhoneField));
            Assert.Equal(expected == "请填写" ? "PhoneRequired" : expected, errors[TicketDraft.PhoneField]);
        }
    }
}
