using Hotline.Telephony.Sip.Messages;

namespace Hotline.Telephony.Sip.Auth;

/// <summary>The result of <see cref="DigestAuthenticator.AuthenticateAsync"/>: who was authenticated, or the response to send instead.</summary>
public sealed class DigestAuthenticationResult
{
    private DigestAuthenticationResult(DigestAuthenticationOutcome outcome, string? userName, DigestAlgorithm? algorithm, SipResponse? response, string detail)
    {
        Outcome = outcome;
        UserName = userName;
        Algorithm = algorithm;
        Response = response;
        Detail = detail;
    }

    /// <summary>What happened.</summary>
    public DigestAuthenticationOutcome Outcome { get; }

    /// <summary>Whether the request is authenticated.</summary>
    public bool IsAuthenticated => Outcome == DigestAuthenticationOutcome.Authenticated;

    /// <summary>The authenticated user name; for failures, the user name tried (null when none was given).</summary>
    public string? UserName { get; }

    /// <summary>The algorithm the client used, when it got that far.</summary>
    public DigestAlgorithm? Algorithm { get; }

    /// <summary>The response to send (challenge, 403 or 400); null when authenticated.</summary>
    public SipResponse? Response { get; }

    /// <summary>Why, in words, for logs.</summary>
    public string Detail { get; }

    internal static DigestAuthenticationResult Success(string userName, DigestAlgorithm algorithm) =>
        new(DigestAuthenticationOutcome.Authenticated, userName, algorithm, null, "authenticated");

    internal static DigestAuthenticationResult Refused(DigestAuthenticationOutcome outcome, string? userName, DigestAlgorithm? algorithm, SipResponse response, string detail) =>
        new(outcome, userName, algorithm, response, detail);

    /// <inheritdoc />
    public override string ToString() => $"{Outcome} ({UserName ?? "no user"}): {Detail}";
}
