using System.Net;
using System.Net.Http.Headers;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Platform;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// One rule for the free-text <c>search</c> of every list, REST and GraphQL: at most 254 characters, no control character
/// (C0, DEL, C1), no unpaired surrogate. Each member of the kind is sent to each list; none is accepted anywhere.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SearchParameterTests(ModularApiFactory factory)
{
    private static readonly string AdminToken = TestTokens.Admin(Guid.CreateVersion7());

    private readonly HttpClient _http = factory.CreateClient();
    private readonly GraphQLClient _graphql = new(factory.CreateClient());

    /// <summary>The text (for GraphQL variables) and its percent-encoded form (for the query string: a lone surrogate as its UTF-8-style bytes).</summary>
    public static TheoryData<string, string, string> Refused => new()
    {
        { "tab", "a\tb", "a%09b" },
        { "line feed", "a\nb", "a%0Ab" },
        { "NUL", "a\0b", "a%00b" },
        { "SOH (C0)", "a\u0001b", "a%01b" },
        { "unit separator (C0)", "a\u001fb", "a%1Fb" },
        { "DEL", "a\u007fb", "a%7Fb" },
        { "next line (C1)", "a\u0085b", "a%C2%85b" },
        { "lone high surrogate", "a\ud800b", "a%ED%A0%80b" },
        { "lone low surrogate", "a\udc00b", "a%ED%B0%80b" },
        { "255 characters", new string('s', 255), new string('s', 255) },
    };

    public static TheoryData<string> Lists => ["/api/products", "/api/users"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_search_that_is_not_plain_text_is_400_naming_it_on_every_rest_list(string member, string text, string encoded)
    {
        foreach (var list in Lists)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"{list}?search={encoded}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);

            var problem = await ProblemAssert.IsProblemAsync(await _http.SendAsync(request), HttpStatusCode.BadRequest);

            Assert.True(ProblemAssert.Fields(problem).Contains("search"), $"{list}, {member} ({text.Length} characters): {problem}");
        }
    }

    // Enumerated when run, not at discovery: a serialized lone surrogate would arrive as U+FFFD.
    [Theory]
    [MemberData(nameof(Refused), DisableDiscoveryEnumeration = true)]
    public async Task A_search_that_is_not_plain_text_is_refused_by_every_graphql_list(string member, string text, string encoded)
    {
        foreach (var field in new[] { "products", "users" })
        {
            var answer = await PostAsync(field, text);

            // A NUL or a lone surrogate is refused as the request is read (the contract's rule for all text); anything
            // else reaches the field's validator: BAD_USER_INPUT naming search, as REST's 400.
            Assert.True(answer.HasErrors, $"{field}, {member} ({encoded}): {answer.Text}");
            Assert.True(answer.Text.Contains("search", StringComparison.Ordinal), $"{field}, {member}: {answer.Text}");
            Assert.False(answer.Body.TryGetProperty("data", out var data) && data.ValueKind == System.Text.Json.JsonValueKind.Object
                && data.TryGetProperty(field, out var value) && value.ValueKind != System.Text.Json.JsonValueKind.Null, $"{field}, {member}: {answer.Text}");
        }
    }

    [Fact]
    public async Task Control_characters_and_length_are_bad_user_input_naming_search_like_rest()
    {
        foreach (var field in new[] { "products", "users" })
        {
            foreach (var text in new[] { "a\tb", "a\u0001b", "a\u0085b", new string('s', 255) })
            {
                var answer = await PostAsync(field, text);

                Assert.Equal(["search"], answer.InvalidFields(field));
            }
        }
    }

    [Fact]
    public async Task Plain_text_up_to_254_characters_with_spaces_and_any_script_is_searched()
    {
        foreach (var search in new[] { new string('s', 254), "mug blue", "Ünïcödé 🙂 ε" })
        {
            foreach (var list in Lists)
            {
                var request = new HttpRequestMessage(HttpMethod.Get, $"{list}?search={Uri.EscapeDataString(search)}");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
                var response = await _http.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list} {search}: {await response.Content.ReadAsStringAsync()}");
            }

            foreach (var field in new[] { "products", "users" })
            {
                await _graphql.DataAsync($"query($search: String) {{ {field}(search: $search) {{ pagination {{ total }} }} }}", new { search }, AdminToken);
            }
        }
    }

    /// <summary>
    /// Posts the list query with <paramref name="search"/> as its variable, every control character and surrogate escaped
    /// by hand: a serializer would replace a lone surrogate with U+FFFD and the server would never see it.
    /// </summary>
    private async Task<GraphQLAnswer> PostAsync(string field, string search)
    {
        var escaped = string.Concat(search.Select(c => c < ' ' || c >= '\u007f' || c is '"' or '\\' ? $"\\u{(int)c:x4}" : c.ToString()));
        var query = $"query($search: String) {{ {field}(search: $search) {{ pagination {{ total }} }} }}";
        var body = "{\"query\":\"" + query + "\",\"variables\":{\"search\":\"" + escaped + "\"}}";
        return await GraphQLAnswer.ReadAsync(await _graphql.PostRawAsync(body, AdminToken));
    }
}
