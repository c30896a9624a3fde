using System.Net;
using System.Net.Http.Json;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Identity;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// RFC 6749 §5.1: an answer carrying tokens is never stored by a cache (<c>Cache-Control: no-store</c>, and
/// <c>Pragma: no-cache</c> for HTTP/1.0 caches). The rule holds for every answer (ADR 0046): tokens of REST and GraphQL,
/// personal reads, lists and problems alike.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CacheControlTests(ModularApiFactory factory)
{
    private readonly IdentityClient _identity = new(factory.CreateClient());
    private readonly GraphQLClient _graphql = new(factory.CreateClient());

    [Fact]
    public async Task Answers_carrying_tokens_are_never_stored_rest_and_graphql()
    {
        var email = IdentityClient.NewEmail("nostore");
        AssertNotStored(await _identity.RegisterAsync(email), HttpStatusCode.Created);
        var login = await _identity.LoginAsync(email);
        AssertNotStored(login, HttpStatusCode.OK);
        var session = Session.From(await IdentityClient.JsonAsync(login));
        var refresh = await _identity.RefreshAsync(session.RefreshToken);
        AssertNotStored(refresh, HttpStatusCode.OK);
        var refreshed = Session.From(await IdentityClient.JsonAsync(refresh));

        const string query = "mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }";
        var graphqlLogin = await _graphql.Http.PostAsJsonAsync(GraphQLClient.Path, new { query, variables = new { input = new { email, password = IdentityClient.Password } } });
        AssertNotStored(graphqlLogin, HttpStatusCode.OK);
        Assert.Contains("accessToken", await graphqlLogin.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        AssertNotStored(await _identity.MeAsync(refreshed.AccessToken), HttpStatusCode.OK);
        AssertNotStored(await _identity.Http.GetAsync($"/api/users/{Guid.CreateVersion7()}"), HttpStatusCode.Unauthorized);
        AssertNotStored(await _identity.Http.GetAsync("/api/products"), HttpStatusCode.OK);
        AssertNotStored(await _identity.LogoutAsync(refreshed.RefreshToken), HttpStatusCode.NoContent);
    }

    private static void AssertNotStored(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{response.RequestMessage?.RequestUri}: Cache-Control {response.Headers.CacheControl}");
        Assert.Contains("no-cache", response.Headers.Pragma.Select(value => value.Name));
    }
}
