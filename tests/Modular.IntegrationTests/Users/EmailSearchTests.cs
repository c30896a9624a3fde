using System.Text.Json;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Users;

/// <summary>
/// Search compares emails in their canonical form (NFC, then case-folded to lower case), as login and uniqueness do: an
/// address written the way it was registered, or in any other case or composition, finds its profile, over REST and GraphQL.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class EmailSearchTests(ModularApiFactory factory)
{
    private const string List = "query($search: String) { users(search: $search, limit: 5) { data { id } pagination { total } } }";

    private readonly UsersApi<Program> _api = new(factory);
    private readonly GraphQLClient _graphQL = new(factory.CreateClient());

    /// <summary>The local part as registered, then search terms for it; "{m}" is a marker unique to the run.</summary>
    public static TheoryData<string, string[]> Spellings => new()
    {
        // İ (U+0130) is stored i + U+0307; ToLowerInvariant leaves it as it is.
        { "\u0130lker-{m}", ["\u0130lker-{m}@probe.test", "\u0130LKER-{M}", "i\u0307lker-{m}", "I\u0307lker-{m}"] },
        // Σ, σ and the word-final ς are one letter, however the address or the term was typed.
        { "\u039f\u0394\u039f\u03a3-{m}", ["\u039f\u0394\u039f\u03a3-{m}@probe.test", "\u039f\u0394\u039f\u03a3-{m}", "\u03bf\u03b4\u03bf\u03c2-{m}", "\u03bf\u03b4\u03bf\u03c3-{m}"] },
        { "\u03c3\u03c2-{m}", ["\u03a3\u03a3-{m}", "\u03c3\u03c3-{m}@probe.test", "\u03c2\u03c2-{m}"] },
        // The micro sign is μ, long s is s.
        { "\u00b5\u017f-{m}", ["\u03bcs-{m}", "\u039cS-{M}"] },
        // Upper-case Greek elsewhere in the word.
        { "\u03a3\u039f\u03a6\u0399\u0391-{m}", ["\u03a3\u039f\u03a6\u0399\u0391-{m}", "\u03a3\u03bf\u03c6\u03b9\u03b1-{m}@PROBE.TEST"] },
        // Decomposed input (e + U+0301) is composed as the stored é is.
        { "JOS\u00c9-{m}", ["JOSE\u0301-{m}", "jose\u0301-{m}@probe.test", "JOS\u00c9-{M}"] },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public async Task An_email_is_found_however_it_is_cased_or_composed(string registered, string[] terms)
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var user = await _api.RegisterAsync("Search probe", $"{Mark(registered, marker)}@probe.test");
        using var admin = _api.Admin();

        foreach (var term in terms.Select(term => Mark(term, marker)))
        {
            var rest = JsonDocument.Parse(await admin.GetStringAsync($"/api/users?search={Uri.EscapeDataString(term)}")).RootElement;
            Assert.True(rest.GetProperty("pagination").GetProperty("total").GetInt32() == 1, $"REST search '{term}'");
            Assert.Equal(user.Id, Assert.Single(rest.GetProperty("data").EnumerateArray()).GetProperty("id").GetGuid());

            var graphQL = (await _graphQL.DataAsync(List, new { search = term }, GraphQLClient.AdminToken())).GetProperty("users");
            Assert.True(graphQL.GetProperty("pagination").GetProperty("total").GetInt32() == 1, $"GraphQL search '{term}'");
            Assert.Equal(user.Id, Assert.Single(graphQL.GetProperty("data").EnumerateArray()).GetProperty("id").GetGuid());
        }
    }

    private static string Mark(string text, string marker) =>
        text.Replace("{m}", marker, StringComparison.Ordinal).Replace("{M}", marker.ToUpperInvariant(), StringComparison.Ordinal);
}
