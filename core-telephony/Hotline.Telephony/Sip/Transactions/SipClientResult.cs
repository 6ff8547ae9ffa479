using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>The final answer of a client transaction: the first final response, real or synthesized.</summary>
/// <param name="Response">The final response; a locally made 408 or 503 when <paramref name="Outcome"/> is not <see cref="SipClientOutcome.Response"/>.</param>
/// <param name="Outcome">Whether the response came from the network, or stands for a timeout or transport error.</param>
public sealed record SipClientResult(SipResponse Response, SipClientOutcome Outcome);
