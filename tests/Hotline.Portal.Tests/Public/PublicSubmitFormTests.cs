using System.Globalization;
using Bunit;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Components.Pages.Public;
using Hotline.Portal.Public;
using Hotline.Portal.Public.Captcha;
using Hotline.Portal.Tests.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Portal.Tests.Public;

/// <summary>The citizen submission form: Chinese field messages, the captcha checked before anything reaches the intake, a web ticket and a signed receipt.</summary>
[Trait("Category", "Unit")]
public sealed class PublicSubmitFormTests : PortalComponentTest
{
    private const string Secret = "form-test-secret";

    private readonly RecordingTicketIntake intake = new();
    private readonly PublicReceipts receipts = new(new EphemeralDataProtectionProvider());

    public PublicSubmitFormTests()
    {
        Services.AddSingleton<ITicketIntake>(intake);
        Services.AddSingleton<ITicketQueries>(new FixedCategories());
        Services.AddSingleton(Options.Create(new PublicSiteOptions { CaptchaSecret = Secret }));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<CaptchaStore>();
        Services.AddSingleton(receipts);
        Services.AddScoped<PublicTicketSubmitter>();
    }

    private static string Token(IRenderedComponent<PublicSubmit> form) =>
        form.Find("[data-testid=captcha-token]").GetAttribute("value") ?? throw new InvalidOperationException("the form has no captcha token");

    private static string RightAnswer(IRenderedComponent<PublicSubmit> form) =>
        CaptchaQuestion.From(CaptchaQuestion.KeyOf(Secret), Token(form)).Answer.ToString(CultureInfo.InvariantCulture);

    private static void Fill(IRenderedComponent<PublicSubmit> form, string phone = "13912345678")
    {
        form.Find("#type").Change("complaint");
        form.Find("#category").Change("urban.taxi");
        form.Find("#description").Change("出租车司机拒载，要求加价才走");
        form.Find("#plate").Change("粤B12345");
        form.Find("#location").Change("火车站东广场");
        form.Find("#phone").Change(phone);
    }

    [Fact]
    public void The_form_offers_the_enabled_categories_under_their_parents_and_a_captcha_image()
    {
        var form = Show<PublicSubmit>();

        Assert.Contains("城市客运 › 出租车", form.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("公交车", form.Markup, StringComparison.Ordinal);
        Assert.Equal(CaptchaEndpoints.ImagePath(Token(form)), form.Find("[data-testid=captcha-image]").GetAttribute("src"));
    }

    [Fact]
    public void An_empty_form_names_each_missing_field_in_Chinese_and_submits_nothing()
    {
        var form = Show<PublicSubmit>();
        form.Find("form").Submit();

        Assert.Equal("请填写诉求内容", form.Find("[data-testid=error-description]").TextContent);
        Assert.Equal("请填写手机号码", form.Find("[data-testid=error-citizenPhone]").TextContent);
        Assert.Contains("验证码错误", form.Find("[data-testid=error-captcha]").TextContent, StringComparison.Ordinal);
        Assert.Empty(intake.Submissions);
    }

    [Fact]
    public void A_wrong_captcha_is_refused_nothing_is_submitted_and_a_new_captcha_is_drawn()
    {
        var form = Show<PublicSubmit>();
        Fill(form);
        var first = Token(form);
        var wrong = (int.Parse(RightAnswer(form), CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        form.Find("#captcha").Change(wrong);
        form.Find("form").Submit();

        Assert.Contains("验证码错误或已失效", form.Find("[data-testid=error-captcha]").TextContent, StringComparison.Ordinal);
        Assert.Empty(intake.Submissions);
        Assert.NotEqual(first, Token(form));
        Assert.Equal("", form.Find("#captcha").GetAttribute("value") ?? "");
    }

    [Fact]
    public void A_malformed_phone_is_named_by_the_intake_rules_and_nothing_is_submitted()
    {
        var form = Show<PublicSubmit>();
        Fill(form, phone: "12ab");
        form.Find("#captcha").Change(RightAnswer(form));
        form.Find("form").Submit();

        Assert.Equal("手机号码格式不正确，应为 5 至 20 位数字", form.Find("[data-testid=error-citizenPhone]").TextContent);
        Assert.Empty(intake.Submissions);
    }

    [Fact]
    public void A_right_form_becomes_one_web_ticket_and_leads_to_the_signed_receipt()
    {
        var form = Show<PublicSubmit>();
        Fill(form);
        var token = Token(form);
        form.Find("#captcha").Change(RightAnswer(form));
        form.Find("form").Submit();

        var submission = Assert.Single(intake.Submissions);
        Assert.Equal(TicketChannel.Web, submission.Channel);
        Assert.Equal(TicketType.Complaint, submission.Type);
        Assert.Equal("urban.taxi", submission.CategoryCode);
        Assert.Equal("13912345678", submission.CitizenPhone);
        Assert.Null(submission.CitizenName);
        Assert.Equal("粤B12345", submission.Subject.VehiclePlate);
        Assert.Equal("火车站东广场", submission.Subject.Location);
        Assert.Equal("出租车司机拒载，要求加价才走", submission.Description);
        Assert.Equal("public-site:" + token, submission.IdempotencyKey);

        var navigation = Services.GetRequiredService<NavigationManager>();
        var uri = new Uri(navigation.Uri);
        Assert.Equal("/public/receipt", uri.AbsolutePath);
        var signed = Uri.UnescapeDataString(uri.Query["?r=".Length..]);
        Assert.Equal("T20261128001", receipts.Read(signed));
    }
}
