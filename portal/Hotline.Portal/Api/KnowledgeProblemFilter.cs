using Hotline.Grains.Abstractions.Knowledge;

namespace Hotline.Portal.Api;

/// <summary>Turns the knowledge domain's refusals into problem details: 404 unknown, 403 roles, 409 state or another editor's lock, 400 content or import file.</summary>
public sealed class KnowledgeProblemFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (KnowledgeNotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: ex.Message);
        }
        catch (KnowledgeAccessException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for your roles", detail: ex.Message);
        }
        catch (KnowledgeWorkflowException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not allowed in the article's state", detail: ex.Message);
        }
        catch (KnowledgeLockException ex)
        {
            // A conflict with another editor's lock: the detail names the holder and the expiry, so the user knows whom to ask.
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The article is locked by someone else", detail: ex.Message);
        }
        catch (KnowledgeValidationException ex)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [ex.Field.Length == 0 ? "body" : ex.Field] = [ex.Message] },
                title: $"The field '{ex.Field}' is invalid.");
        }
        catch (KnowledgeImportException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The import file has bad rows; nothing was imported",
                detail: ex.Message, extensions: new Dictionary<string, object?> { ["errors"] = ex.Errors });
        }
    }
}
