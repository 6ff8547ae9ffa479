using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>How transactions call back into their layer.</summary>
/// <param name="Terminated">Removes a terminated transaction from the table.</param>
/// <param name="ServerFailed">Tells the TU that a server transaction failed.</param>
/// <param name="StartCancel">Starts the client transaction of a CANCEL built by an INVITE client transaction (its Via is already set).</param>
internal sealed record SipTransactionCallbacks(
    Action<SipTransaction> Terminated,
    Func<SipServerTransaction, SipTransactionFailure, ValueTask> ServerFailed,
    Func<SipRequest, SipRemote, SipResponseHandler?, ValueTask<SipClientTransaction>> StartCancel);
