using System.Net;
using System.Text;
using System.Text.Json;
using Hotline.Portal.Tests.Access;

namespace Hotline.Portal.Tests.Tickets;

/// <summary>A signed-in staff user driving <c>/api/v1/tickets</c> on the real portal: desk intake, workflow actions and reads, each answer parsed.</summary>
internal sealed class StaffTicketClient : IDisposable
{
    private readonly PortalSession _session;

    private StaffTicketClient(PortalSession session) => _session = session;

    /// <summary>Signs <paramref name="user"/> in with its demo password.</summary>
    public static async Task<StaffTicketClient> SignInAsync(Uri baseAddress, string user)
    {
        var session = new PortalSession(baseAddress);
        await session.SignInOrFailAsync(user, "demo-" + user);
        return new StaffTicketClient(session);
    }

    /// <summary>Takes a complaint in from the desk; returns status and body.</summary>
    public async Task<ApiAnswer> SubmitAsync(string phone, string description, string? plate = null, string? key = null, string? callId = null)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "complaint",
            citizenName = "李女士",
            citizenPhone = phone,
            subject = new { enterprise = "市出租汽车公司", vehiclePlate = plate },
            description,
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/tickets" + (callId is null ? "" : "?callId=" + callId), UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
        return await ApiAnswer.ReadAsync(await _session.SendAsync(request));
    }

    /// <summary>Takes a complaint in and returns its number, failing unless it was created.</summary>
    public async Task<string> SubmitOrFailAsync(string phone, string description, string? plate = null)
    {
        var answer = await SubmitAsync(phone, description, plate);
        Assert.True(answer.Status == HttpStatusCode.Created, answer.ToString());
        return answer.Body.GetProperty("number").GetString()!;
    }

    /// <summary>POSTs a workflow action with <paramref name="json"/> as its body.</summary>
    public async Task<ApiAnswer> ActAsync(string number, string action, string json = "{}") =>
        await ApiAnswer.ReadAsync(await _session.PostJsonAsync($"/api/v1/tickets/{number}/{action}", json));

    /// <summary>POSTs a workflow action and returns the ticket's state afterwards, failing unless it answered 200.</summary>
    public async Task<string> ActOrFailAsync(string number, string action, string json = "{}")
    {
        var answer = await ActAsync(number, action, json);
        Assert.True(answer.Status == HttpStatusCode.OK, $"{action}: {answer}");
        return answer.Body.GetProperty("ticket").GetProperty("state").GetString()!;
    }

    public async Task<ApiAnswer> GetAsync(string path) => await ApiAnswer.ReadAsync(await _session.GetAsync(path));

    public async Task<ApiAnswer> PostAsync(string path, string json) => await ApiAnswer.ReadAsync(await _session.PostJsonAsync(path, json));

    /// <summary>GETs <paramref name="path"/> until <paramref name="found"/> holds for its 200 body (the search index follows the store by polling), failing after a minute.</summary>
    public async Task<JsonElement> WaitForAsync(string path, Func<JsonElement, bool> found)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var answer = await GetAsync(path);
            Assert.True(answer.Status == HttpStatusCode.OK, $"{path}: {answer}");
            if (found(answer.Body))
                return answer.Body;
            Assert.True(DateTimeOffset.UtcNow < deadline, $"{path} still answers without the expected ticket after 60 s: {answer}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _session.Dispose();
}
