using Hotline.Grains.Abstractions.Tickets;

namespace Hotline.Portal.Channels;

/// <summary>Answers a citizen's free-text message (WeChat, SMS): a query gets the ticket's state, anything else becomes a ticket.</summary>
public sealed class CitizenTextResponder(ITicketIntake intake)
{
    /// <summary>The reply text, and the receipt when the message was submitted as a ticket.</summary>
    public async Task<(string Reply, TicketReceipt? Receipt)> RespondAsync(
        string text, Func<TicketSubmission> submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (TicketQueryCommand.Parse(text) is { } query)
        {
            return (await QueryAsync(query, cancellationToken), null);
        }

        try
        {
            var receipt = await intake.SubmitAsync(submission(), cancellationToken);
            return (ChannelTexts.Accepted(receipt.Number), receipt);
        }
        catch (TicketValidationException ex)
        {
            return (ChannelTexts.Rejected(ex.Message), null);
        }
    }

    private async Task<string> QueryAsync(TicketQueryCommand query, CancellationToken cancellationToken)
    {
        if (query.Phone is null)
        {
            return ChannelTexts.QueryUsage();
        }

        var view = await intake.FindForCitizenAsync(query.Number, query.Phone, cancellationToken);
        return view is null
            ? ChannelTexts.NotFound(query.Number)
            : ChannelTexts.Status(view.Number, view.StateText, view.Reply ?? (view.Steps.Count > 0 ? view.Steps[^1].Text : null));
    }
}
