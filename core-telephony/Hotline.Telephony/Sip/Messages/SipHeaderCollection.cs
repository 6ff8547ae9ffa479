using System.Collections;
using Hotline.Telephony.Sip.Parsing;

namespace Hotline.Telephony.Sip.Messages;

/// <summary>The header fields of a message in order, with original names and lookup by any spelling or compact form.</summary>
public sealed class SipHeaderCollection : IReadOnlyList<SipHeader>
{
    private readonly List<SipHeader> _headers;
    private readonly List<string> _keys;

    /// <summary>Creates an empty collection.</summary>
    public SipHeaderCollection()
        : this(16)
    {
    }

    internal SipHeaderCollection(int capacity)
    {
        _headers = new List<SipHeader>(capacity);
        _keys = new List<string>(capacity);
    }

    /// <summary>Incremented on each change, so typed views know when to re-read.</summary>
    internal int Version { get; private set; }

    /// <inheritdoc/>
    public int Count => _headers.Count;

    /// <inheritdoc/>
    public SipHeader this[int index] => _headers[index];

    /// <summary>The canonical name of the header at <paramref name="index"/>.</summary>
    public string CanonicalNameAt(int index) => _keys[index];

    /// <summary>Appends a header field.</summary>
    public void Add(string name, string value) => Insert(_headers.Count, name, value);

    /// <summary>Inserts a header field at a position (e.g. a new topmost Via).</summary>
    public void Insert(int index, string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        _headers.Insert(index, new SipHeader(name, value));
        _keys.Insert(index, SipHeaderNames.Canonicalize(name));
        Version++;
    }

    /// <summary>Replaces all fields of that header with one value, at the position of the first.</summary>
    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var index = IndexOf(name);
        if (index < 0)
        {
            Add(name, value);
            return;
        }

        _headers[index] = new SipHeader(_headers[index].Name, value);
        for (var i = _headers.Count - 1; i > index; i--)
        {
            if (Matches(i, name))
            {
                RemoveAt(i);
            }
        }

        Version++;
    }

    /// <summary>Replaces the value of the field at <paramref name="index"/>.</summary>
    public void SetAt(int index, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _headers[index] = new SipHeader(_headers[index].Name, value);
        Version++;
    }

    /// <summary>Removes every field of that header; returns how many were removed.</summary>
    public int Remove(string name)
    {
        var removed = 0;
        for (var i = _headers.Count - 1; i >= 0; i--)
        {
            if (Matches(i, name))
            {
                RemoveAt(i);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>Removes the field at <paramref name="index"/>.</summary>
    public void RemoveAt(int index)
    {
        _headers.RemoveAt(index);
        _keys.RemoveAt(index);
        Version++;
    }

    /// <summary>Whether the header is present.</summary>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The index of the first field of that header, or -1.</summary>
    public int IndexOf(string name, int startIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = SipHeaderNames.Canonicalize(name);
        for (var i = startIndex; i < _keys.Count; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How many fields of that header are present (lines, not list elements).</summary>
    public int CountOf(string name)
    {
        var count = 0;
        for (var index = IndexOf(name); index >= 0; index = IndexOf(name, index + 1))
        {
            count++;
        }

        return count;
    }

    /// <summary>The value of the first field of that header, or null.</summary>
    public string? GetFirst(string name)
    {
        var index = IndexOf(name);
        return index >= 0 ? _headers[index].Value : null;
    }

    /// <summary>The values of all fields of that header, one per line as written.</summary>
    public IReadOnlyList<string> GetAll(string name)
    {
        var result = new List<string>();
        for (var index = IndexOf(name); index >= 0; index = IndexOf(name, index + 1))
        {
            result.Add(_headers[index].Value);
        }

        return result;
    }

    /// <summary>All values of the header; for list headers, comma-separated elements are split (quotes and &lt;&gt; respected).</summary>
    public IReadOnlyList<string> GetValues(string name)
    {
        var isList = SipHeaderNames.IsList(name);
        var result = new List<string>();
        for (var index = IndexOf(name); index >= 0; index = IndexOf(name, index + 1))
        {
            if (isList)
            {
                HeaderListSplitter.Split(_headers[index].Value, result);
            }
            else
            {
                result.Add(_headers[index].Value);
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public IEnumerator<SipHeader> GetEnumerator() => _headers.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void AddParsed(string name, string canonicalName, string value)
    {
        _headers.Add(new SipHeader(name, value));
        _keys.Add(canonicalName);
    }

    private bool Matches(int index, string name) =>
        string.Equals(_keys[index], SipHeaderNames.Canonicalize(name), StringComparison.OrdinalIgnoreCase);
}
