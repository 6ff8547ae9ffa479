using System.Net;
using System.Text.RegularExpressions;

namespace Hotline.Portal.Tests.Access;

/// <summary>A browser-like HTTP session against the portal: a cookie jar, no automatic redirects, and the sign-in form filled in as a browser posts it.</summary>
internal sealed partial class PortalSession : IDisposable
{
    private readonly HttpClient _http;

    public PortalSession(Uri baseAddress)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    /// <summary>Posts the sign-in form; returns the response (a redirect on success, the form with a message on failure).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var ct = TestContext.Current.CancellationToken;
        var form = await _http.GetStringAsync(new Uri("/account/login", UriKind.Relative), ct);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
            ["_handler"] = Hidden(form, "_handler"),
            [InputName(form, "username")] = userName,
            [InputName(form, "password")] = password,
        };
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri("/account/login", UriKind.Relative), content, ct);
    }

    /// <summary>Signs in and fails unless the portal answered with the redirect home.</summary>
    public async Task SignInOrFailAsync(string userName, string password)
    {
        using var response = await SignInAsync(userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"sign-in of {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }

    /// <summary>Posts the first form of <paramref name="page"/> that targets <paramref name="path"/>, with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string page)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken") });
        return await _http.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>The path a redirect points to (absolute or relative Location), without its query.</summary>
    public static string RedirectPath(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location ?? throw new InvalidOperationException($"{(int)response.StatusCode} has no Location header.");
        return location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
    }

    /// <summary>Fails unless <paramref name="response"/> redirects to a path starting with <paramref name="pathPrefix"/>.</summary>
    public static void AssertRedirectedTo(string pathPrefix, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(pathPrefix, RedirectPath(response), StringComparison.Ordinal);
    }

    public Task<HttpResponseMessage> GetAsync(string path) =>
        _http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>Posts <paramref name="json"/> as an API client in this session would.</summary>
    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        _http.PostAsync(new Uri(path, UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    /// <summary>Sends <paramref name="request"/> in this session (for headers the helpers above do not set).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _http.SendAsync(request, TestContext.Current.CancellationToken);

    public void Dispose() => _http.Dispose();

    // The form's own field names, so the test posts exactly what a browser would.
    private static string InputName(string html, string id)
    {
        var match = InputTag().Matches(html).Select(m => m.Value).FirstOrDefault(tag => tag.Contains($"id=\"{id}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The sign-in form has no input with id '{id}':\n{html}");
        return NameAttribute().Match(match).Groups[1].Value;
    }

    private static string Hidden(string html, string name)
    {
        var match = InputTag().Matches(html).Select(m => m.Value).FirstOrDefault(tag => tag.Contains($"name=\"{name}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The sign-in form has no hidden field '{name}'.");
        return WebUtility.HtmlDecode(ValueAttribute().Match(match).Groups[1].Value);
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("name=\"([^\"]*)\"")]
    private static partial Regex NameAttribute();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
