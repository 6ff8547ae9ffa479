using System.Security.Claims;
using Hotline.Grains.Abstractions.People;
using Hotline.Portal.Identity;
using Hotline.Qa.Hosting;
using Hotline.Qa.Review;
using Microsoft.AspNetCore.Authorization;

namespace Hotline.Portal.Qa;

/// <summary>The QA API under <c>/api/v1/qa</c> for inspectors, QA leads, supervisors, managers and administrators: status, the review queue, a call's
/// transcript and score with evidence, corrections, retraining, calibration and warnings. Errors are problem details.</summary>
public static class QaEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/qa";

    /// <summary>The authorization policy the operations require.</summary>
    public const string Policy = PortalPolicies.Qa;

    /// <summary>Maps the operations.</summary>
    public static IEndpointRouteBuilder MapQa(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("qa").RequireAuthorization(Policy)
            .AddEndpointFilter<QaProblemFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/status", async (QaPipeline qa, CancellationToken ct) =>
                new QaStatusResponse(qa.ModelStatus.Available, qa.ModelStatus.Message, await qa.Journal.ProgressAsync(ct), qa.Model.Current?.Info.Version))
            .WithName("GetQaStatus").WithSummary("Whether calls are transcribed (\"未配置语音识别模型\" otherwise) and the work queue's counts");
        MapReviews(group);
        QaModelEndpoints.Map(group);
        QaCalibrationEndpoints.Map(group);
        QaWarningEndpoints.Map(group);
        return endpoints;
    }

    private static void MapReviews(RouteGroupBuilder group)
    {
        group.MapGet("/reviews", async (ReviewStatus? status, QaPipeline qa, CancellationToken ct) => status is null or ReviewStatus.Pending
                ? await qa.Reviews.PendingAsync(ct)
                : [.. (await qa.Reviews.AllAsync(ct)).Where(r => r.Status == status).OrderByDescending(r => r.EnqueuedAt)])
            .WithName("ListQaReviews").WithSummary("The review queue: waiting calls most urgent first (complaints, low scores, model flags, new agents, random), or the reviews in one status");
        group.MapPost("/reviews/claim", async (ClaimsPrincipal user, QaPipeline qa, CancellationToken ct) =>
                await qa.Reviews.ClaimNextAsync(QaUser.NameOf(user), ct) is { } claimed ? Results.Ok(claimed) : Results.NoContent())
            .WithName("ClaimQaReview").WithSummary("Claims the most urgent waiting call for the signed-in inspector (204 when the queue is empty)");
        group.MapGet("/calls/{callId}", GetCallAsync)
            .WithName("GetQaCall").WithSummary("A call's queue status, transcript, audio metrics, score per item with evidence spans, model prediction and review")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/calls/{callId}/corrections", async (string callId, QaCorrectionRequest body, ClaimsPrincipal user, QaScoreCorrection corrections, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(body.ItemId) || body.Score is not { } score || double.IsNaN(score))
                    throw new ArgumentException($"A correction of call {callId} needs itemId and score (got itemId '{body.ItemId}', score {body.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}).");
                return await corrections.CorrectAsync(user, callId, body.ItemId, score, body.Comment ?? "", ct);
            })
            .WithName("CorrectQaScore").WithSummary("Changes one item's score with a comment (the claiming inspector, or a QA lead on an appeal)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/calls/{callId}/review/complete", (string callId, QaReviewCompleteRequest? body, ClaimsPrincipal user, QaReviewAnswers reviews, CancellationToken ct) =>
                reviews.CompleteAsync(user, callId, body?.Summary, ct))
            .WithName("CompleteQaReview").WithSummary("The claiming inspector finishes the review; the agent is asked to acknowledge")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/appeals", (QaReviewAnswers answers, CancellationToken ct) => answers.OpenAppealsAsync(ct))
            .WithName("ListQaAppeals").WithSummary("Appeals waiting for a QA lead's decision, oldest first");
        group.MapPost("/calls/{callId}/appeal/decision", (string callId, QaAppealDecisionRequest body, ClaimsPrincipal user, QaReviewAnswers answers, CancellationToken ct) =>
                body.Upheld is not { } upheld
                    ? throw new ArgumentException($"The decision on call {callId}'s appeal needs upheld (true or false).")
                    : answers.DecideAsync(user, callId, upheld, body.Decision ?? "", ct))
            .RequireAuthorization(new AuthorizeAttribute { Roles = $"{PlatformRole.QaLead},{PlatformRole.Admin}" })
            .WithName("DecideQaAppeal").WithSummary("A QA lead upholds or rejects an agent's appeal, with a comment (correct the items first when upheld)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> GetCallAsync(string callId, QaPipeline qa, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(callId) || callId.IndexOfAny([.. Path.GetInvalidFileNameChars(), '.']) >= 0)
            throw new ArgumentException($"'{callId}' is not a call id.", nameof(callId));
        var state = await qa.Journal.StatusAsync(callId, ct);
        var transcription = await qa.Transcripts.LoadAsync(callId, ct);
        var stored = await qa.Scores.GetAsync(callId, ct);
        var review = await qa.Reviews.GetAsync(callId, ct);
        if (state is null && transcription is null && stored is null && review is null)
            throw new KeyNotFoundException($"QA knows nothing of call '{callId}': it was not recorded, or its record has not reached QA yet.");
        return Results.Ok(new QaCallResponse(callId, state?.Status, state?.Reason is { Length: > 0 } reason ? reason : null,
            transcription?.Transcript?.Segments, transcription?.Metrics, stored?.Score, stored?.Prediction, review));
    }
}
