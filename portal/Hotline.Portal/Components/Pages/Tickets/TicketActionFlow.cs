using Hotline.Grains.Abstractions.Tickets;
using Hotline.Portal.Resources;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Hotline.Portal.Components.Pages.Tickets;

/// <summary>One workflow action as the pages take it: the input dialog, the grain call as the signed-in user, and a snackbar with the result or the refusal in Chinese.</summary>
public sealed class TicketActionFlow(IDialogService dialogs, ISnackbar snackbar, IGrainFactory grains, IStringLocalizer<TicketText> text)
{
    /// <summary>Asks for the action's input (unless <paramref name="preset"/> is given), takes the action on ticket <paramref name="number"/>
    /// and returns the ticket afterwards, or null when the user cancelled or the grain refused.</summary>
    public async Task<TicketSnapshot?> RunAsync(string number, TicketAction action, TicketActor actor, TicketActionInput? preset = null)
    {
        var name = text["Action_" + TicketActionName.Of(action)].Value;
        var input = preset ?? await AskAsync(action, name);
        if (input is null)
            return null;
        var grain = grains.GetGrain<ITicketGrain>(number);
        try
        {
            var after = await TicketActionRunner.RunAsync(grain, actor, action, input, TicketTimes.Zone);
            snackbar.Add(text["Done", name], Severity.Success);
            return after;
        }
        catch (TicketWorkflowException ex)
        {
            // The grain's reason is technical English; the headline names the action and the state as staff know them, read after the refusal.
            var state = await StateOfAsync(grain);
            snackbar.Add(text["Refused", name, number, state is { } s ? text["State_" + s].Value : "?", ex.Message], Severity.Error);
        }
        catch (TicketValidationException ex)
        {
            snackbar.Add(text["Invalid", name, ex.Field, ex.Message], Severity.Error);
        }
        catch (TicketNotFoundException ex)
        {
            snackbar.Add(text["NotFound", ex.Number], Severity.Error);
        }

        return null;
    }

    private async Task<TicketActionInput?> AskAsync(TicketAction action, string title)
    {
        var parameters = new DialogParameters<TicketActionDialog> { { d => d.Action, action } };
        var dialog = await dialogs.ShowAsync<TicketActionDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: TicketActionInput input } ? input : null;
    }

    private static async Task<TicketState?> StateOfAsync(ITicketGrain grain)
    {
        try
        {
            return (await grain.GetAsync()).State;
        }
        catch (TicketNotFoundException)
        {
            return null;
        }
    }
}
