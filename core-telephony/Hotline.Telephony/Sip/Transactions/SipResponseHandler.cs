using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Transactions;

/// <summary>Receives each response a client transaction passes up to its TU: provisional, final, later 2xx, or a synthesized 408/503.</summary>
public delegate ValueTask SipResponseHandler(SipClientTransaction transaction, SipResponse response);
