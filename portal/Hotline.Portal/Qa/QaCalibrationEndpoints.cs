using System.Security.Claims;
using Hotline.Qa.Calibration;
using Hotline.Qa.Hosting;

namespace Hotline.Portal.Qa;

/// <summary>Calibration (校准) operations: sessions, each inspector's ratings, and the agreement report (Cohen's or Fleiss' kappa, weighted kappa on bands).</summary>
public static class QaCalibrationEndpoints
{
    /// <summary>Maps <c>/calibration</c> on the QA group.</summary>
    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/calibration", (QaPipeline qa, CancellationToken ct) => qa.Calibrations.SessionsAsync(ct))
            .WithName("ListQaCalibrationSessions").WithSummary("Every calibration session, newest first");
        group.MapPost("/calibration", async (QaCalibrationSessionRequest body, QaPipeline qa, TimeProvider clock, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(body.Id) || string.IsNullOrWhiteSpace(body.Title) || body.CallIds is null || body.Inspectors is null)
                    throw new ArgumentException("A calibration session needs id, title, callIds and inspectors.");
                var session = await qa.Calibrations.CreateAsync(new CalibrationSession(body.Id, body.Title, body.CallIds, body.Inspectors, clock.GetUtcNow()), ct);
                return Results.Created($"{QaEndpoints.Prefix}/calibration/{session.Id}", session);
            })
            .WithName("CreateQaCalibrationSession").WithSummary("Sets up a session: the calls every named inspector scores independently")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/calibration/{id}/ratings", async (string id, QaCalibrationRatingRequest body, ClaimsPrincipal user, QaPipeline qa, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(body.CallId) || body.ItemPassed is not { Count: > 0 } || body.Score is not { } score)
                    throw new ArgumentException($"A rating in calibration session '{id}' needs callId, itemPassed (item → pass) and score.");
                await qa.Calibrations.RateAsync(id, new CalibrationRating(QaUser.NameOf(user), body.CallId, body.ItemPassed, score), ct);
                return Results.NoContent();
            })
            .WithName("RateQaCalibrationCall").WithSummary("Records the signed-in inspector's pass/fail per item and total for one call of the session")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/calibration/{id}", async (string id, QaPipeline qa, CancellationToken ct) =>
            {
                var (session, ratings) = await qa.Calibrations.GetAsync(id, ct);
                var complete = session.CallIds.Any(call => session.Inspectors.All(i => ratings.Any(r => r.CallId == call && r.Inspector == i)));
                var report = complete ? new CalibrationAnalyzer(ScoreBands.Default).Analyze(session, ratings) : null;
                return new QaCalibrationResponse(session, ratings, report);
            })
            .WithName("GetQaCalibrationSession").WithSummary("A session's ratings and agreement: kappa per item (weakest first), overall pass/fail kappa, weighted kappa on score bands")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
