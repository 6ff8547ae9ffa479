using Hotline.Grains.Abstractions.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hotline.Portal.Api;

/// <summary>The shared body of every REST submit operation: read, check, hand to the intake, answer 201 (new) or 200 (retried delivery).</summary>
public static class TicketSubmitHandler
{
    /// <summary>Submits the request body; <paramref name="complete"/> adds channel-specific fields (转办/交办 reference, deadline …).</summary>
    public static async Task<Results<Created<TicketReceiptResponse>, Ok<TicketReceiptResponse>, ValidationProblem>> SubmitAsync<TRequest>(
        HttpRequest http,
        ITicketIntake intake,
        Func<TRequest, TicketSubmission> complete,
        CancellationToken cancellationToken)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(complete);
        try
        {
            var request = await TicketRequestReader.ReadAsync<TRequest>(http, cancellationToken);
            var receipt = await intake.SubmitAsync(complete(request), cancellationToken);
            var response = new TicketReceiptResponse(receipt.Number, receipt.Created, receipt.Deadline);
            return receipt.Created
                ? TypedResults.Created($"/api/v1/public/tickets/{Uri.EscapeDataString(receipt.Number)}", response)
                : TypedResults.Ok(response);
        }
        catch (TicketValidationException ex)
        {
            return TicketProblems.Invalid(ex);
        }
    }

    /// <summary>The citizen view of <paramref name="number"/> when <paramref name="phone"/> matches; 404 otherwise.</summary>
    public static async Task<Results<Ok<CitizenTicketResponse>, ProblemHttpResult, ValidationProblem>> FindAsync(
        string number, string? phone, ITicketIntake intake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intake);
        if (string.IsNullOrWhiteSpace(phone))
        {
            return TicketProblems.Invalid(new TicketValidationException("phone", "The query needs the phone number the ticket was submitted with."));
        }

        var view = await intake.FindForCitizenAsync(number, phone, cancellationToken);
        return view is null ? TicketProblems.NotFound(number) : TypedResults.Ok(CitizenTicketResponse.From(view));
    }
}
