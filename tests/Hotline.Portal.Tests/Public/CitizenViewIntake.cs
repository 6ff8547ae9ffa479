using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Tests.Public;

/// <summary>An intake that knows one ticket and shows it only with its number and phone; it records every query.</summary>
internal sealed class CitizenViewIntake(string number, string phone, CitizenTicketView view) : ITicketIntake
{
    public List<(string Number, string Phone)> Queries { get; } = [];

    public Task<TicketReceipt> SubmitAsync(TicketSubmission submission, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The query page never submits.");

    public Task<CitizenTicketView?> FindForCitizenAsync(string number1, string phone1, CancellationToken cancellationToken)
    {
        Queries.Add((number1, phone1));
        return Task.FromResult(number1 == number && phone1 == phone ? view : null);
    }
}
