using Hotline.Grains.Abstractions.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Portal.Api;

/// <summary>The problem-details answers the ticket API gives.</summary>
public static class TicketProblems
{
    /// <summary>400 with the wrong field as the key of <c>errors</c>.</summary>
    public static ValidationProblem Invalid(TicketValidationException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [string.IsNullOrEmpty(ex.Field) ? "body" : ex.Field] = [ex.Message] },
            title: $"The field '{ex.Field}' is invalid.");
    }

    /// <summary>404 for a number that is unknown, or whose phone does not match.</summary>
    public static ProblemHttpResult NotFound(string number) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such ticket",
            detail: $"No ticket '{number}' was found for this phone number.");
}
