using System.Globalization;
using Hotline.Telephony.Sip.Auth;
using Hotline.Telephony.Sip.Messages;
using Hotline.Telephony.Sip.Transport;

namespace Hotline.Telephony.Sip.Registrar;

/// <summary>
/// A SIP registrar (RFC 3261 §10.3): REGISTER in, final response out, independent of the transaction layer that carries it.
/// Checks the AOR, authenticates with digest, applies the contacts to the <see cref="LocationService"/> and lists the bindings.
/// </summary>
public sealed class Registrar
{
    private readonly RegistrarOptions _options;
    private readonly LocationService _location;
    private readonly DigestAuthenticator? _authenticator;

    /// <summary>Creates a registrar; <paramref name="authenticator"/> may be null only when authentication is not required.</summary>
    public Registrar(RegistrarOptions options, LocationService location, DigestAuthenticator? authenticator)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(location);
        if (options.RequireAuthentication && authenticator is null)
        {
            throw new ArgumentException("RequireAuthentication is set but no DigestAuthenticator was given.", nameof(authenticator));
        }

        if (options.MinExpires < TimeSpan.Zero || options.MaxExpires < options.MinExpires || options.DefaultExpires <= TimeSpan.Zero)
        {
            throw new ArgumentException(
                $"Expiry settings are inconsistent: min {options.MinExpires}, default {options.DefaultExpires}, max {options.MaxExpires}.", nameof(options));
        }

        _options = options;
        _location = location;
        _authenticator = authenticator;
    }

    /// <summary>The location service bindings are written to.</summary>
    public LocationService Location => _location;

    /// <summary>Handles one REGISTER from <paramref name="source"/> and returns the final response to send.</summary>
    /// <exception cref="ArgumentException">The request is not a REGISTER (routing it here is a caller bug).</exception>
    public async Task<SipResponse> HandleAsync(SipRequest register, SipRemote source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(register);
        if (!register.Is(SipMethods.Register))
        {
            throw new ArgumentException($"The registrar only handles REGISTER, not {register.Method}.", nameof(register));
        }

        RegisterRequest? request;
        SipResponse? refusal;
        try
        {
            request = Validate(register, out refusal);
        }
        catch (SipFormatException ex)
        {
            return SipResponse.CreateFor(register, 400, $"Bad Request - malformed {ex.HeaderName ?? "header"}");
        }

        if (request is null)
        {
            return refusal!;
        }

        if (_options.RequireAuthentication)
        {
            var authentication = await _authenticator!.AuthenticateAsync(register, source, DigestChallengeKind.Server, cancellationToken).ConfigureAwait(false);
            if (!authentication.IsAuthenticated)
            {
                return authentication.Response!;
            }

            // RFC 3261 §10.3 step 3: the authenticated user must be allowed to change this AOR; here, only its own.
            if (!string.Equals(authentication.UserName, request.Aor.User, StringComparison.Ordinal))
            {
                return SipResponse.CreateFor(register, 403, "Forbidden - authenticated user may not register this address-of-record");
            }
        }

        if (!TryPlanContacts(register, out var contacts, out var removeAll, out var refused))
        {
            return refused;
        }

        var change = new RegistrationChange(
            request.Aor, request.CallId, request.CSeq, source, register.Headers.GetFirst(SipHeaderNames.UserAgent), contacts, removeAll);
        var result = _location.Register(change);
        return result.Status switch
        {
            RegistrationStatus.Applied => CreateOk(register, result.Bindings),

            // §10.3 step 7: an out-of-order update "MUST be aborted and the request fails"; 500 is what that section prescribes for failed updates.
            RegistrationStatus.OutOfOrder => SipResponse.CreateFor(register, 500, "Server Internal Error - Call-ID/CSeq out of order"),
            RegistrationStatus.TooManyBindingsForAor => SipResponse.CreateFor(register, 403, "Forbidden - too many contacts for this address-of-record"),
            _ => WithRetryAfter(SipResponse.CreateFor(register, 503, "Service Unavailable - location service full"), 60),
        };
    }

    private static SipResponse WithRetryAfter(SipResponse response, int seconds)
    {
        response.Headers.Add("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
        return response;
    }

    private static uint Seconds(TimeSpan value) => (uint)Math.Min(uint.MaxValue, Math.Ceiling(value.TotalSeconds));

    private RegisterRequest? Validate(SipRequest register, out SipResponse? refusal)
    {
        refusal = null;

        // Registrars support no extensions here (no Path, no outbound), so any required one is refused (RFC 3261 §8.2.2.3).
        if (register.Require is { Count: > 0 } required)
        {
            refusal = SipResponse.CreateFor(register, 420);
            refusal.Headers.Add(SipHeaderNames.Unsupported, string.Join(", ", required));
            return null;
        }

        if (register.RequestUri is not SipUri requestUri)
        {
            refusal = SipResponse.CreateFor(register, 416);
            return null;
        }

        // §10.3 step 1: only bindings of our own domains are kept here.
        if (!Serves(requestUri.Host))
        {
            refusal = SipResponse.CreateFor(register, 404, "Not Found - domain not served here");
            return null;
        }

        var to = register.To;
        if (to is null || register.CallId is not { } callId || register.CSeq is not { } cseq)
        {
            refusal = SipResponse.CreateFor(register, 400, "Bad Request - missing To, Call-ID or CSeq");
            return null;
        }

        // §10.3 step 5: the AOR is taken from To and must be a SIP or SIPS URI (RFC 4475 unksm2 expects 400 otherwise).
        if (to.Uri is not SipUri toUri)
        {
            refusal = SipResponse.CreateFor(register, 400, $"Bad Request - To must be a sip or sips address-of-record, not {to.Uri.Scheme}");
            return null;
        }

        if (!Serves(toUri.Host) || !AddressOfRecord.TryFrom(toUri, out var aor))
        {
            refusal = SipResponse.CreateFor(register, 404, "Not Found - address-of-record not served here");
            return null;
        }

        // Touch Contact and Expires now so malformed values are a 400 before any work is done.
        _ = register.Contacts;
        _ = register.Expires;
        return new RegisterRequest(aor.Value, callId, cseq.Number);
    }

    private bool Serves(string host) =>
        _options.Domains.Count == 0 || _options.Domains.Contains(host.StartsWith('[') ? host : host.TrimEnd('.'));

    private bool TryPlanContacts(
        SipRequest register, out List<ContactRegistration> contacts, out bool removeAll, out SipResponse refused)
    {
        contacts = [];
        removeAll = false;
        refused = null!;
        var headerExpires = register.Expires;
        var requested = register.Contacts;
        if (requested.Any(c => c.IsWildcard))
        {
            // §10.3 step 6: "*" is only valid alone and with Expires: 0.
            if (requested.Count != 1 || headerExpires != 0)
            {
                refused = SipResponse.CreateFor(register, 400, "Bad Request - Contact: * needs Expires: 0 and no other contact");
                return false;
            }

            removeAll = true;
            return true;
        }

        foreach (var contact in requested)
        {
            // §10.3 step 7: the contact's expires parameter, else the Expires header, else the registrar's default.
            var asked = contact.Expires ?? headerExpires;
            var lifetime = asked is { } seconds ? TimeSpan.FromSeconds(seconds) : _options.DefaultExpires;
            if (lifetime > TimeSpan.Zero && lifetime < _options.MinExpires)
            {
                refused = SipResponse.CreateFor(register, 423);
                refused.Headers.Add(SipHeaderNames.MinExpires, Seconds(_options.MinExpires).ToString(CultureInfo.InvariantCulture));
                return false;
            }

            if (lifetime > _options.MaxExpires)
            {
                lifetime = _options.MaxExpires;
            }

            var address = contact.Address!;
            var parameters = address.Parameters.Where(p => !string.Equals(p.Name, "expires", StringComparison.OrdinalIgnoreCase)).ToArray();
            contacts.Add(new ContactRegistration(address.Uri, parameters, contact.Q, lifetime));
        }

        return true;
    }

    private SipResponse CreateOk(SipRequest register, IReadOnlyList<LocationBinding> bindings)
    {
        var now = _location.TimeProvider.GetUtcNow();
        var ok = SipResponse.CreateFor(register, 200);
        foreach (var binding in bindings)
        {
            // §10.3 step 8: every current binding, each with the time it has left.
            var contact = new NameAddress(binding.Contact);
            foreach (var parameter in binding.ContactParameters)
            {
                contact.Parameters.Add(parameter.Name, parameter.Value);
            }

            contact.Parameters.Add("expires", binding.RemainingSecondsAt(now).ToString(CultureInfo.InvariantCulture));
            ok.Headers.Add(SipHeaderNames.Contact, contact.ToString());
        }

        ok.Headers.Add(SipHeaderNames.Date, now.ToString("r", CultureInfo.InvariantCulture));
        return ok;
    }

    private sealed record RegisterRequest(AddressOfRecord Aor, string CallId, uint CSeq);
}
