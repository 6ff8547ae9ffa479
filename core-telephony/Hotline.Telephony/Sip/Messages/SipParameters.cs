using System.Collections;
using System.Text;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>An ordered list of parameters with case-insensitive name lookup; values are kept as written.</summary>
public sealed class SipParameters : IReadOnlyList<SipParameter>
{
    private readonly List<SipParameter> _items = [];

    /// <summary>Creates an empty list of the given style.</summary>
    public SipParameters(SipParameterStyle style = SipParameterStyle.Header)
    {
        Style = style;
    }

    /// <summary>Whether values are quoted strings (headers) or %-escaped (URIs).</summary>
    public SipParameterStyle Style { get; }

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public SipParameter this[int index] => _items[index];

    /// <summary>The decoded value of <paramref name="name"/>; null when absent or valueless.</summary>
    public string? this[string name] => TryGetRaw(name, out var raw) && raw is not null ? Decode(raw) : null;

    /// <summary>Whether a parameter named <paramref name="name"/> is present (with or without a value).</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Finds a parameter and returns its value as written (null when valueless).</summary>
    public bool TryGetRaw(string name, out string? rawValue)
    {
        var index = IndexOf(name);
        rawValue = index >= 0 ? _items[index].Value : null;
        return index >= 0;
    }

    /// <summary>Appends a parameter; <paramref name="rawValue"/> is written as given.</summary>
    public void Add(string name, string? rawValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _items.Add(new SipParameter(name, rawValue));
    }

    /// <summary>Replaces the first parameter of that name, or appends one.</summary>
    public void Set(string name, string? rawValue)
    {
        var index = IndexOf(name);
        if (index >= 0)
        {
            _items[index] = new SipParameter(_items[index].Name, rawValue);
        }
        else
        {
            Add(name, rawValue);
        }
    }

    /// <summary>Removes every parameter of that name; returns whether any was removed.</summary>
    public bool Remove(string name)
    {
        var removed = false;
        int index;
        while ((index = IndexOf(name)) >= 0)
        {
            _items.RemoveAt(index);
            removed = true;
        }

        return removed;
    }

    /// <summary>Removes all parameters.</summary>
    public void Clear() => _items.Clear();

    /// <summary>Copies the parameters of <paramref name="other"/> into this list.</summary>
    public void AddRange(SipParameters other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _items.AddRange(other._items);
    }

    /// <summary>Decodes a raw value according to <see cref="Style"/>.</summary>
    public string Decode(string rawValue) =>
        Style == SipParameterStyle.Uri ? SipEscaping.Unescape(rawValue) : SipEscaping.Unquote(rawValue);

    /// <summary>Writes the parameters as ';name=value' pairs (or '&amp;'-separated for URI headers).</summary>
    public void AppendTo(StringBuilder builder, char separator = ';')
    {
        ArgumentNullException.ThrowIfNull(builder);
        for (var i = 0; i < _items.Count; i++)
        {
            if (separator == ';' || i > 0)
            {
                builder.Append(separator);
            }

            builder.Append(_items[i].Name);
            if (_items[i].Value is { } value)
            {
                builder.Append('=').Append(value);
            }
        }
    }

    /// <inheritdoc/>
    public IEnumerator<SipParameter> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString()
    {
        var builder = new StringBuilder();
        AppendTo(builder);
        return builder.ToString();
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            var itemName = _items[i].Name;
            if (string.Equals(itemName, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }

            // URI parameter names may themselves be escaped (RFC 4475 esc01: ;%6C%72 is ;lr).
            if (Style == SipParameterStyle.Uri && itemName.Contains('%', StringComparison.Ordinal)
                && string.Equals(SipEscaping.Unescape(itemName), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
