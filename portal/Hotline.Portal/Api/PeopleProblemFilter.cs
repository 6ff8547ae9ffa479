using Hotline.Grains.Abstractions.People;

namespace Hotline.Portal.Api;

/// <summary>Turns the people domain's refusals into problem details: 404 unknown, 403 roles, 409 state or late exam, 400 bad input.</summary>
public sealed class PeopleProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (PeopleNotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: ex.Message);
        }
        catch (PeopleAccessException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for your roles", detail: ex.Message);
        }
        catch (PeopleWorkflowException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not allowed in the current state", detail: ex.Message);
        }
        catch (ExamTimeLimitException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The exam's time limit has passed", detail: ex.Message);
        }
        catch (PeopleValidationException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid input", detail: ex.Message);
        }
    }
}
