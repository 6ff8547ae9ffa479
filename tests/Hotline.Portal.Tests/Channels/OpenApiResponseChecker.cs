using System.Globalization;
using System.Text.Json.Nodes;

namespace Hotline.Portal.Tests.Channels;

/// <summary>Checks a live response against the operation's declared response in the served OpenAPI document: status, media type and body schema (types, required, properties, items, $ref; extra members only where additionalProperties is false, as in JSON Schema).</summary>
public sealed class OpenApiResponseChecker(JsonNode document)
{
    public static async Task<OpenApiResponseChecker> LoadAsync(HttpClient client, CancellationToken cancellationToken) =>
        new(JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), cancellationToken))!);

    public JsonNode Document => document;

    /// <summary>The operation object for a path template and method; fails when the document lacks it.</summary>
    public JsonObject Operation(string pathTemplate, string method) =>
        document["paths"]?[pathTemplate]?[method.ToLowerInvariant()]?.AsObject()
        ?? throw new Xunit.Sdk.XunitException($"The OpenAPI document has no {method} {pathTemplate}.");

    /// <summary>Fails with every mismatch between the response and the document.</summary>
    public async Task CheckAsync(string pathTemplate, string method, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        var declared = Operation(pathTemplate, method)["responses"]?[status]
            ?? throw new Xunit.Sdk.XunitException($"{method} {pathTemplate} answered {status}, which the OpenAPI document does not declare.");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Length == 0)
        {
            Assert.Null(declared["content"]);
            return;
        }

        var schema = declared["content"]?[mediaType!]?["schema"]
            ?? throw new Xunit.Sdk.XunitException($"{method} {pathTemplate} {status} declares no schema for '{mediaType}'.");
        var errors = new List<string>();
        Check(Resolve(schema), JsonNode.Parse(body), "$", errors);
        Assert.True(errors.Count == 0, $"{method} {pathTemplate} {status} body {body} breaks its schema: {string.Join("; ", errors)}");
    }

    private JsonNode Resolve(JsonNode schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference["#/components/schemas/".Length..];
            schema = document["components"]!["schemas"]![name]!;
        }

        return schema;
    }

    private void Check(JsonNode schema, JsonNode? value, string at, List<string> errors)
    {
        if (schema["anyOf"] is JsonArray anyOf || schema["oneOf"] is JsonArray oneOf && (anyOf = oneOf) is not null)
        {
            if (!anyOf.Any(option => { var inner = new List<string>(); Check(Resolve(option!), value, at, inner); return inner.Count == 0; }))
            {
                errors.Add($"{at} matches none of the alternatives");
            }

            return;
        }

        var types = schema["type"] switch
        {
            JsonArray many => many.Select(type => type!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => null,
        };
        var actual = value switch
        {
            null => "null",
            JsonObject => "object",
            JsonArray => "array",
            _ => value.GetValueKind() switch
            {
                System.Text.Json.JsonValueKind.String => "string",
                System.Text.Json.JsonValueKind.Number => value.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
                _ => "boolean",
            },
        };
        if (types is not null && !types.Contains(actual) && !(actual == "integer" && types.Contains("number")))
        {
            errors.Add($"{at} is {actual}, the schema says {string.Join("|", types)}");
            return;
        }

        if (value is JsonObject obj)
        {
            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>()))
                {
                    errors.Add($"{at}.{required} is required but missing");
                }
            }

            var properties = schema["properties"]?.AsObject();
            foreach (var (name, child) in obj)
            {
                if (properties?[name] is { } property)
                {
                    Check(Resolve(property), child, $"{at}.{name}", errors);
                }
                else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
                {
                    errors.Add($"{at}.{name} is not in the schema");
                }
            }
        }
        else if (value is JsonArray array && schema["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(Resolve(items), array[i], $"{at}[{i}]", errors);
            }
        }
    }
}
