using System.Net;
using System.Text.RegularExpressions;

namespace Hotline.Portal.Tests.Public;

/// <summary>
/// The citizen site on the real process: pages open without sign-in in Chinese; the form with a right captcha makes a ticket the
/// query page then shows; wrong and reused captchas are refused; too many posts from one address answer 429.
/// </summary>
[Trait("Category", "Integration")]
[Collection(PublicSiteCollection.Name)]
public sealed partial class PublicSiteTests(PublicSiteFixture site)
{
    private CitizenBrowser Citizen(int lastOctet) => new(site.BaseAddress, IPAddress.Parse($"127.0.0.{lastOctet}"));

    private static Dictionary<string, string> Complaint(string phone, string answer) => new()
    {
        ["type"] = "complaint",
        ["description"] = "公交车到站不停，乘客在站台等了二十分钟",
        ["route"] = "18路",
        ["location"] = "人民广场站",
        ["phone"] = phone,
        ["captcha"] = answer,
    };

    [Theory]
    [InlineData("/public", "交通运输服务监督热线")]
    [InlineData("/public/submit", "提交投诉、咨询或建议")]
    [InlineData("/public/query", "请输入工单编号和提交诉求时填写的手机号码")]
    [InlineData("/public/notices", "政务公开")]
    public async Task Each_page_opens_without_sign_in_in_Chinese(string path, string text)
    {
        using var citizen = Citizen(10);
        var page = await citizen.GetPageAsync(path);

        Assert.Contains(text, CitizenBrowser.Text(page), StringComparison.Ordinal);
        Assert.Contains("12328", page, StringComparison.Ordinal);
        Assert.DoesNotContain("circuit-ready", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_captcha_image_is_a_png_for_a_live_token_only()
    {
        using var citizen = Citizen(11);
        var token = CitizenBrowser.CaptchaToken(await citizen.GetPageAsync("/public/submit"));

        using var image = await citizen.GetAsync($"/public/captcha/{token}");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        var bytes = await image.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);

        using var unknown = await citizen.GetAsync("/public/captcha/0123456789abcdef0123456789abcdef");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_right_captcha_makes_a_web_ticket_that_the_query_page_shows_with_its_phone_only()
    {
        using var citizen = Citizen(12);
        const string Phone = "13700001212";
        var form = await citizen.GetPageAsync("/public/submit");
        using var posted = await citizen.PostFormAsync("/public/submit", form, Complaint(Phone, CitizenBrowser.Answer(CitizenBrowser.CaptchaToken(form))));

        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"the post answered {(int)posted.StatusCode}: {await CitizenBrowser.TextAsync(posted)}");
        var receipt = CitizenBrowser.Text(await citizen.GetPageAsync(CitizenBrowser.Location(posted)));
        var number = ReceiptNumber().Match(receipt).Groups[1].Value;
        Assert.Matches(@"^12328-\d{8}-\d{7}$", number);

        var query = await citizen.GetPageAsync("/public/query");
        using var found = await citizen.PostFormAsync("/public/query", query, new Dictionary<string, string> { ["number"] = number, ["phone"] = Phone });
        var result = await CitizenBrowser.TextAsync(found);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains($"data-testid=\"result-number\">{number}<", result, StringComparison.Ordinal);
        Assert.Contains("投诉举报", result, StringComparison.Ordinal);

        using var otherPhone = await citizen.PostFormAsync("/public/query", query, new Dictionary<string, string> { ["number"] = number, ["phone"] = "13700009999" });
        var refused = await CitizenBrowser.TextAsync(otherPhone);
        Assert.Contains("未找到该工单", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"query-result\"", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_captcha_and_a_reused_one_are_refused()
    {
        using var citizen = Citizen(13);
        var form = await citizen.GetPageAsync("/public/submit");
        var token = CitizenBrowser.CaptchaToken(form);
        using var wrong = await citizen.PostFormAsync("/public/submit", form, Complaint("13700001313", CitizenBrowser.Answer(token, offset: 1)));
        var wrongPage = await CitizenBrowser.TextAsync(wrong);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("验证码错误或已失效", wrongPage, StringComparison.Ordinal);
        Assert.NotEqual(token, CitizenBrowser.CaptchaToken(wrongPage));

        // The refused token is used up: the right answer does not revive it, and its image is gone.
        using var retried = await citizen.PostFormAsync("/public/submit", form, Complaint("13700001313", CitizenBrowser.Answer(token)));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains("验证码错误或已失效", await CitizenBrowser.TextAsync(retried), StringComparison.Ordinal);
        using var image = await citizen.GetAsync($"/public/captcha/{token}");
        Assert.Equal(HttpStatusCode.NotFound, image.StatusCode);

        // A token that made a ticket cannot make a second one.
        var fresh = await citizen.GetPageAsync("/public/submit");
        var used = Complaint("13700001313", CitizenBrowser.Answer(CitizenBrowser.CaptchaToken(fresh)));
        using var first = await citizen.PostFormAsync("/public/submit", fresh, used);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var replay = await citizen.PostFormAsync("/public/submit", fresh, used);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("验证码错误或已失效", await CitizenBrowser.TextAsync(replay), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_beyond_the_configured_count_from_one_address_answer_429_while_other_addresses_go_on()
    {
        using var flooder = Citizen(14);
        var form = await flooder.GetPageAsync("/public/submit");
        for (var i = 0; i < PublicSiteFixture.PostsPerWindow; i++)
        {
            using var allowed = await flooder.PostFormAsync("/public/submit", form, Complaint("13700001414", "0"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await flooder.PostFormAsync("/public/submit", form, Complaint("13700001414", "0"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("提交过于频繁", await CitizenBrowser.TextAsync(limited), StringComparison.Ordinal);

        // Viewing stays free for the same address, and another citizen still gets through.
        Assert.Contains("提交投诉", CitizenBrowser.Text(await flooder.GetPageAsync("/public/submit")), StringComparison.Ordinal);
        using var neighbour = Citizen(15);
        var theirs = await neighbour.GetPageAsync("/public/submit");
        using var passed = await neighbour.PostFormAsync("/public/submit", theirs, Complaint("13700001515", CitizenBrowser.Answer(CitizenBrowser.CaptchaToken(theirs))));
        Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);
    }

    [Fact]
    public async Task A_forged_receipt_confirms_nothing()
    {
        using var citizen = Citizen(16);
        var page = CitizenBrowser.Text(await citizen.GetPageAsync("/public/receipt?r=12328-20261128-0000001"));

        Assert.Contains("回执无效或已过期", page, StringComparison.Ordinal);
        Assert.DoesNotContain("12328-20261128-0000001", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-testid=\"receipt-number\">([^<]+)<")]
    private static partial Regex ReceiptNumber();
}
