using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Modular.IntegrationTests.Orders;
using Modular.IntegrationTests.Platform;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Users;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// Text is stored in NFC and an email in its canonical form (NFC, then case-folded to lower case), in every module that keeps a copy:
/// canonically equivalent spellings are one account and one profile, whichever way the keyboard composed them (ADR 0020).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CanonicalTextTests(ModularApiFactory factory)
{
    public static TheoryData<string, string> EquivalentSpellings => new()
    {
        { "jos\u00e9", "jose\u0301" },
        { "jose\u0301", "JOS\u00c9" },
        { "\u00e5sa", "\u212bsa" },
        { "\uac00nam", "\u1100\u1161nam" },
        // Case folding: İ (U+0130) is i + U+0307, as I + U+0307 (NFC: İ) is; Σ, σ and the word-final ς are one letter.
        { "\u0130stanbul", "i\u0307stanbul" },
        { "I\u0307STANBUL", "\u0130stanbul" },
        { "\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c2" },
        { "\u03c3\u03c3", "\u03a3\u03a3" },
        { "\u03c3\u03c2", "\u03c3\u03c3" },
        // lower-case letters equal to another without case: long s, micro sign, Greek beta symbol
        { "\u017fara", "Sara" },
        { "\u00b5-\u03d0", "\u039c-\u0392" },
    };

    [Fact]
    public async Task An_email_with_capital_i_with_dot_above_is_stored_fully_lower_cased()
    {
        var identity = new IdentityClient(factory.CreateClient());
        var domain = $"{Guid.NewGuid():N}.example.com";

        var registered = await identity.RegisterAsync($"\u0130lker@{domain}");

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal($"i\u0307lker@{domain}", (await IdentityClient.JsonAsync(registered)).GetProperty("email").GetString());
        await ProblemAssert.IsProblemAsync(await identity.RegisterAsync($"i\u0307lker@{domain}"), HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(EquivalentSpellings))]
    public async Task Equivalent_spellings_of_an_email_are_one_account_one_login_and_one_profile(string first, string second)
    {
        var identity = new IdentityClient(factory.CreateClient());
        var domain = $"{Guid.NewGuid():N}.example.com";

        var registered = await identity.RegisterAsync($"{first}@{domain}");
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var account = await IdentityClient.JsonAsync(registered);
        var canonical = account.GetProperty("email").GetString()!;
        Assert.Equal(canonical, canonical.Normalize().ToLowerInvariant());

        await ProblemAssert.IsProblemAsync(await identity.RegisterAsync($"{second}@{domain.ToUpperInvariant()}"), HttpStatusCode.Conflict);
        var session = await identity.SignInAsync($"{second}@{domain}");
        Assert.Equal(account.GetProperty("id").GetGuid(), session.UserId);
        Assert.Equal(canonical, session.Email);

        using var client = Authorized(session.AccessToken);
        var profile = await Eventually.Until(() => client.GetAsync($"/api/users/{session.UserId}"), r => r.StatusCode == HttpStatusCode.OK, UsersApi<Program>.Deadline, "the profile");
        Assert.Equal(canonical, (await UsersApi<Program>.BodyAsync(profile)).GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_profile_email_change_is_stored_canonical_and_an_equivalent_address_of_another_profile_is_409()
    {
        var identity = new IdentityClient(factory.CreateClient());
        var first = await identity.SignUpAsync();
        var second = await identity.SignUpAsync();
        using var firstClient = Authorized(first.AccessToken);
        using var secondClient = Authorized(second.AccessToken);
        foreach (var (client, id) in new[] { (firstClient, first.UserId), (secondClient, second.UserId) })
        {
            await Eventually.Until(() => client.GetAsync($"/api/users/{id}"), r => r.StatusCode == HttpStatusCode.OK, UsersApi<Program>.Deadline, "the profile");
        }

        var domain = $"{Guid.NewGuid():N}.example.com";
        var changed = await UsersApi<Program>.BodyAsync(await UsersApi<Program>.PatchAsync(firstClient, first.UserId, new { email = $"ZOE\u0308@{domain}" }));
        Assert.Equal($"zo\u00eb@{domain}", changed.GetProperty("email").GetString());

        await ProblemAssert.IsProblemAsync(await UsersApi<Program>.PatchAsync(secondClient, second.UserId, new { email = $"zo\u00eb@{domain.ToUpperInvariant()}" }), HttpStatusCode.Conflict);
        await Eventually.Until(() => identity.LoginAsync($"Zoe\u0308@{domain}"), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(5), "login with the changed email in another spelling");
    }

    [Fact]
    public async Task Search_finds_names_however_they_were_typed()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var identity = new IdentityClient(factory.CreateClient());
        Assert.Equal(HttpStatusCode.Created, (await identity.RegisterAsync(IdentityClient.NewEmail("search"), name: $"Rene\u0301e {marker}")).StatusCode);
        var api = new OrdersApi(factory.CreateClient());
        var product = await api.CreateProductAsync(OrdersApi.UniqueSku("nfc"), 3m, 5, name: $"Cre\u0300me {marker}");
        Assert.Equal($"Cr\u00e8me {marker}", product.GetProperty("name").GetString());

        using var admin = Authorized(TestTokens.Admin(Guid.CreateVersion7()));
        foreach (var term in new[] { $"Ren\u00e9e {marker}", $"RENE\u0301E {marker}", $"e\u0301e {marker}" })
        {
            var users = await Eventually.Until(
                async () => JsonDocument.Parse(await admin.GetStringAsync($"/api/users?search={Uri.EscapeDataString(term)}&limit=100")).RootElement.Clone(),
                body => body.GetProperty("data").EnumerateArray().Any(user => user.GetProperty("name").GetString() == $"Ren\u00e9e {marker}"),
                UsersApi<Program>.Deadline,
                $"the profile found by '{term}'");
            Assert.NotEmpty(users.GetProperty("data").EnumerateArray());
        }

        foreach (var term in new[] { $"Cr\u00e8me {marker}", $"CRE\u0300ME {marker}" })
        {
            var products = JsonDocument.Parse(await admin.GetStringAsync($"/api/products?search={Uri.EscapeDataString(term)}")).RootElement;
            Assert.Equal(1, products.GetProperty("pagination").GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Text_whose_stored_form_is_too_long_is_400_not_500()
    {
        // U+0958 is one character typed and two stored (NFC): each input fits as typed and not as stored.
        var identity = new IdentityClient(factory.CreateClient());
        var register = await identity.RegisterAsync(IdentityClient.NewEmail("long"), name: new string('\u0958', 60));
        Assert.Contains("name", ProblemAssert.Fields(await ProblemAssert.IsProblemAsync(register, HttpStatusCode.BadRequest)));
        var email = await identity.RegisterAsync($"{new string('\u0958', 124)}@ex.com");
        Assert.Contains("email", ProblemAssert.Fields(await ProblemAssert.IsProblemAsync(email, HttpStatusCode.BadRequest)));

        var api = new OrdersApi(factory.CreateClient());
        var product = await api.SendAsync(HttpMethod.Post, "/api/products", api.AdminId, new { sku = OrdersApi.UniqueSku("long"), name = new string('\u0958', 101), price = 1m, stock = 1 }, admin: true);
        Assert.Contains("name", ProblemAssert.Fields(await ProblemAssert.IsProblemAsync(product, HttpStatusCode.BadRequest)));

        var session = await identity.SignUpAsync();
        using var client = Authorized(session.AccessToken);
        await Eventually.Until(() => client.GetAsync($"/api/users/{session.UserId}"), r => r.StatusCode == HttpStatusCode.OK, UsersApi<Program>.Deadline, "the profile");
        var patch = await UsersApi<Program>.PatchAsync(client, session.UserId, new { name = new string('\u0958', 51) });
        Assert.Contains("name", ProblemAssert.Fields(await ProblemAssert.IsProblemAsync(patch, HttpStatusCode.BadRequest)));
    }

    private HttpClient Authorized(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
