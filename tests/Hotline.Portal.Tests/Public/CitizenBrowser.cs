using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Hotline.Portal.Public.Captcha;

namespace Hotline.Portal.Tests.Public;

/// <summary>
/// A citizen's browser against the public site: its own loopback source address (so each test has its own rate-limit budget, as
/// separate citizens do), a cookie jar for the antiforgery cookie, no automatic redirects, and forms posted with their own field names.
/// </summary>
internal sealed partial class CitizenBrowser : IDisposable
{
    private readonly HttpClient http;

    public CitizenBrowser(Uri baseAddress, IPAddress source)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The page's text with entities decoded (static rendering writes Chinese as numeric character references).</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(html);

    /// <summary>The body of <paramref name="response"/>, entities decoded.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        Text(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>Where a redirect points, as a path and query on this site.</summary>
    public static string Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} has no Location header.");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public async Task<HttpResponseMessage> GetAsync(string path) =>
        await http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>Fills the form on <paramref name="page"/> (fields by element id) and posts it to <paramref name="path"/> with its hidden fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string page, IReadOnlyDictionary<string, string> byId)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match tag in InputTag().Matches(page))
        {
            if (tag.Value.Contains("type=\"hidden\"", StringComparison.Ordinal) && Attribute(tag.Value, "name") is { } name)
            {
                fields[name] = Attribute(tag.Value, "value") ?? "";
            }
        }

        foreach (var (id, value) in byId)
        {
            fields[NameOf(page, id)] = value;
        }

        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>The captcha token the submission form carries.</summary>
    public static string CaptchaToken(string page)
    {
        var tag = InputTag().Matches(page).Select(m => m.Value).FirstOrDefault(t => t.Contains("data-testid=\"captcha-token\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The page has no captcha token:\n" + page);
        return Attribute(tag, "value") ?? throw new InvalidOperationException("The captcha token is empty.");
    }

    /// <summary>The answer a person would read off the captcha image (the test knows the process's key).</summary>
    public static string Answer(string token, int offset = 0) =>
        (CaptchaQuestion.From(CaptchaQuestion.KeyOf(PublicSiteFixture.CaptchaSecret), token).Answer + offset).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => http.Dispose();

    private static string NameOf(string page, string id)
    {
        var tag = ElementTag().Matches(page).Select(m => m.Value).FirstOrDefault(t => t.Contains($"id=\"{id}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The form has no field with id '{id}'.");
        return Attribute(tag, "name") ?? throw new InvalidOperationException($"The field '{id}' has no name.");
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("<(?:input|textarea|select)[^>]*>")]
    private static partial Regex ElementTag();
}
