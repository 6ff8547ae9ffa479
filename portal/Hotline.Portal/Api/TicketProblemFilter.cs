using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Api;

/// <summary>Turns the ticket domain's refusals into problem details with a Chinese title: 404 unknown number, 409 refused by the workflow
/// (the title names the ticket's state and the action; the detail is the grain's reason), 400 a wrong field (named in <c>errors</c>).</summary>
public sealed class TicketProblemFilter : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (TicketNotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: TicketApiTexts.NotFound(ex.Number), detail: ex.Message);
        }
        catch (TicketWorkflowException ex)
        {
            var number = context.HttpContext.Request.RouteValues["number"] as string ?? "";
            var action = context.HttpContext.Request.Path.Value?.Split('/')[^1] ?? "";
            var state = await StateOfAsync(context.HttpContext.RequestServices, number);
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: TicketApiTexts.Refused(number, state, action), detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["state"] = state?.ToString() });
        }
        catch (TicketValidationException ex)
        {
            var field = string.IsNullOrEmpty(ex.Field) ? "body" : ex.Field;
            return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [ex.Message] }, title: TicketApiTexts.Invalid(field));
        }
    }

    // The refusal's message names the state in English; the title names it as staff know it, read after the refusal.
    private static async Task<TicketState?> StateOfAsync(IServiceProvider services, string number)
    {
        if (number.Length == 0)
            return null;
        try
        {
            return (await services.GetRequiredService<IGrainFactory>().GetGrain<ITicketGrain>(number).GetAsync()).State;
        }
        catch (TicketNotFoundException)
        {
            return null;
        }
    }
}
