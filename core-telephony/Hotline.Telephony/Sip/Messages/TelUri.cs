using System.Text;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>A tel: URI (RFC 3966): a global (+E.164) or local number with parameters.</summary>
public sealed class TelUri : AddressUri, IEquatable<TelUri>
{
    /// <summary>Creates a tel URI from a number as written (visual separators allowed).</summary>
    public TelUri(string number, string scheme = "tel")
    {
        ArgumentException.ThrowIfNullOrEmpty(number);
        RawNumber = number;
        Scheme = scheme;
    }

    /// <inheritdoc/>
    public override string Scheme { get; }

    /// <summary>The number as written, including visual separators.</summary>
    public string RawNumber { get; }

    /// <summary>The number without visual separators ('-', '.', '(', ')').</summary>
    public string Number => Normalize(RawNumber);

    /// <summary>Whether the number is global (starts with '+').</summary>
    public bool IsGlobal => RawNumber.StartsWith('+');

    /// <summary>The parameters (phone-context, ext, isub and others).</summary>
    public SipParameters Parameters { get; } = new(SipParameterStyle.Uri);

    /// <summary>The phone-context parameter of a local number.</summary>
    public string? PhoneContext => Parameters["phone-context"];

    /// <inheritdoc/>
    public bool Equals(TelUri? other)
    {
        if (other is null || !string.Equals(Number, other.Number, StringComparison.OrdinalIgnoreCase)
            || Parameters.Count != other.Parameters.Count)
        {
            return false;
        }

        // RFC 3966 §4: parameters compare regardless of order; values case-insensitively.
        foreach (var parameter in Parameters)
        {
            if (!other.Parameters.TryGetRaw(parameter.Name, out var otherValue))
            {
                return false;
            }

            var mine = parameter.Value is null ? null : Parameters.Decode(parameter.Value);
            var theirs = otherValue is null ? null : other.Parameters.Decode(otherValue);
            if (!string.Equals(mine, theirs, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TelUri);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Number);

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder(Scheme).Append(':').Append(RawNumber);
        Parameters.AppendTo(builder);
        return builder.ToString();
    }

    private static string Normalize(string number)
    {
        if (number.AsSpan().IndexOfAny("-.()") < 0)
        {
            return number;
        }

        var builder = new StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (c is not ('-' or '.' or '(' or ')'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
