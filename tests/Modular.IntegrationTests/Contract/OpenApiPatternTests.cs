using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// Every <c>pattern</c> of the served document is a portable ECMA-262 regular expression (the dialect JSON Schema and
/// OpenAPI name, which JavaScript, Python and Java clients and validators compile) that means what the server checks:
/// it compiles in ECMAScript mode, uses no construct outside the portable subset, matches a valid example and refuses
/// what the server refuses.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiPatternTests(ModularApiFactory factory)
{
    /// <summary>Ids: the canonical form in either case; not the other spellings .NET reads (the OpenAPI probe: a route took them).</summary>
    private static readonly (string[] Valid, string[] Invalid) Uuids = (
        ["0190f3c4-5a6b-7c8d-9e0f-a1b2c3d4e5f6", "0190F3C4-5A6B-7C8D-9E0F-A1B2C3D4E5F6"],
        ["{0190f3c4-5a6b-7c8d-9e0f-a1b2c3d4e5f6}", "0190f3c45a6b7c8d9e0fa1b2c3d4e5f6", "urn:uuid:0190f3c4-5a6b-7c8d-9e0f-a1b2c3d4e5f6", " 0190f3c4-5a6b-7c8d-9e0f-a1b2c3d4e5f6", "0190f3c4-5a6b-7c8d-9e0f-a1b2c3d4e5fg"]);

    /// <summary>A valid value and an invalid one for each patterned input, by its name (property, parameter or header).</summary>
    private static readonly Dictionary<string, (string[] Valid, string[] Invalid)> Examples = new(StringComparer.Ordinal)
    {
        ["email"] = (["probe@example.com", "Ada.Lovelace+tag@sub.example.co.uk", "ünïcödé@exämple.com", "😀@example.com"], ["probe@example", "a b@example.com", "a@b@example.com", "a\u200B@example.com", "a\u0007@example.com", "a@example..com", "@example.com", "o1@wfz?.TO`x:yG{>.AP%Qf<-", ".a@example.com", "a..b@example.com", "a@-b-.c", " a@example.com"]),
        ["sku"] = (["MUG-1", "a_b-9"], ["MUG 1", "MUG/1", "", new string('A', 65)]),
        ["name"] = (["Ada Lovelace", "ünïcödé 😀", "O'Brien-Smith", "  padded  "], ["a\tb", "two\nlines", "bell\u0007", "del\u007F", "c1\u0085", "", " ", "\u00a0\u3000"]),
        ["search"] = (["ada", "Zoë 😀", "", "  spaced  "], ["a\tb", "line\nbreak", "nul\u0000", "c1\u0085"]),
        ["id"] = (Uuids.Valid, Uuids.Invalid),
        ["userId"] = (Uuids.Valid, Uuids.Invalid),
        ["productId"] = (Uuids.Valid, Uuids.Invalid),
        ["orderId"] = (Uuids.Valid, Uuids.Invalid),
        ["Idempotency-Key"] = (["checkout-7f3a9c", "a b ~"], ["é", "a\tb", ""]),
    };

    /// <summary>Syntax that some engines read differently or refuse: Unicode property escapes (need JavaScript's <c>u</c> flag, unknown to Python's <c>re</c>), lookbehind, named groups, inline options, atomic groups, .NET anchors and class subtraction.</summary>
    private static readonly Regex NonPortable = new(@"\\[pPAZzG]|\(\?<[=!]|\(\?<\w|\(\?P|\(\?[imsx-]+[:)]|\(\?>|\[[^\]]*-\[", RegexOptions.CultureInvariant);

    [Fact]
    public async Task Every_pattern_is_portable_ecmascript_that_matches_a_valid_example_and_refuses_an_invalid_one()
    {
        var patterns = new List<(string Location, string Name, string Pattern)>();
        Collect(await DocumentAsync(), "#", name: null, patterns);

        Assert.NotEmpty(patterns);
        var failures = new List<string>();
        foreach (var (location, name, pattern) in patterns)
        {
            if (NonPortable.Match(pattern) is { Success: true } construct)
            {
                failures.Add($"{location}: '{construct.Value}' is not portable in {pattern}");
                continue;
            }

            Regex ecmaScript;
            try
            {
                ecmaScript = new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant);
            }
            catch (ArgumentException error)
            {
                failures.Add($"{location}: not an ECMAScript regex ({error.Message})");
                continue;
            }

            if (!Examples.TryGetValue(name, out var examples))
            {
                failures.Add($"{location}: no example for '{name}' ({pattern}); add one to {nameof(Examples)}");
                continue;
            }

            failures.AddRange(examples.Valid.Where(value => !ecmaScript.IsMatch(value)).Select(value => $"{location}: refuses valid '{value}'"));
            failures.AddRange(examples.Invalid.Where(value => ecmaScript.IsMatch(value)).Select(value => $"{location}: accepts invalid '{value}'"));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static void Collect(JsonNode? node, string location, string? name, List<(string, string, string)> patterns)
    {
        switch (node)
        {
            case JsonObject item:
                // A parameter names its schema; a property names the schema under it.
                var named = item["name"] is JsonValue value && item["in"] is not null ? value.GetValue<string>() : name;
                foreach (var (key, child) in item)
                {
                    if (key == "pattern" && child is JsonValue pattern && pattern.TryGetValue<string>(out var text))
                    {
                        patterns.Add(($"{location}/pattern", named ?? "?", text));
                    }
                    else
                    {
                        var childName = location.EndsWith("/properties", StringComparison.Ordinal) || location.EndsWith("/headers", StringComparison.Ordinal) ? key : named;
                        Collect(child, $"{location}/{key}", childName, patterns);
                    }
                }

                break;
            case JsonArray array:
                var index = 0;
                foreach (var child in array)
                {
                    Collect(child, $"{location}/{index++}", name, patterns);
                }

                break;
        }
    }

    private async Task<JsonNode> DocumentAsync()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(ServedOpenApiDocument.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
