using System.Text;

namespace Hotline.Telephony.Ivr;

/// <summary>Substitutes <c>{name}</c> variables in say-texts; <c>{{</c> and <c>}}</c> are literal braces, unknown names become empty.</summary>
public static class IvrText
{
    /// <summary>Returns <paramref name="template"/> with variables replaced.</summary>
    public static string Substitute(string template, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(variables);
        if (!template.Contains('{', StringComparison.Ordinal) && !template.Contains('}', StringComparison.Ordinal))
        {
            return template;
        }
        var sb = new StringBuilder(template.Length + 16);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end > i)
                {
                    var name = template.Substring(i + 1, end - i - 1).Trim();
                    if (variables.TryGetValue(name, out var value))
                    {
                        sb.Append(value);
                    }
                    i = end;
                    continue;
                }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
