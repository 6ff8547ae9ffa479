using System.Net;
using System.Net.Http.Json;
using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Api;

namespace Hotline.Benchmarks.Tickets;

/// <summary>Submits a generated ticket through the staff API (<c>POST /api/v1/tickets</c> with an Idempotency-Key) over HTTP, failing unless it was created.</summary>
internal sealed class TicketRestIntake(HttpClient http)
{
    public async Task SubmitAsync(TicketSubmission submission)
    {
        var body = new TicketRequest
        {
            Type = "complaint",
            CategoryCode = submission.CategoryCode,
            CitizenPhone = submission.CitizenPhone,
            Subject = new TicketSubjectRequest(submission.Subject?.Enterprise, submission.Subject?.VehiclePlate, null, submission.Subject?.Location, null),
            Description = submission.Description,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/tickets", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", submission.IdempotencyKey);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"POST /api/v1/tickets (key {submission.IdempotencyKey}) answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
