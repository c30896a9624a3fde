using System.Globalization;
using System.Net;
using System.Text;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// One request makes one login or register attempt, as on REST: aliases, fragments and a mix of the two fields are
/// refused before anything runs, naming <c>RateLimiting:Auth</c> (ADR 0048).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLAuthAttemptTests(ModularApiFactory factory)
{
    private const string Password = GraphQLIdentityTests.Password;

    private readonly GraphQLClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Aliased_logins_are_refused_before_any_password_is_tried()
    {
        var email = await RegisteredAsync("gql-alias-login");
        var guesses = $$"""
            mutation {
              a: login(input: {email: "{{email}}", password: "wrong-password"}) { accessToken }
              b: login(input: {email: "{{email}}", password: "{{Password}}"}) { accessToken }
            }
            """;

        var answer = await _client.PostAsync(guesses);

        AssertRefused(answer, attempts: 2);
    }

    [Fact]
    public async Task Hundreds_of_logins_through_a_fragment_are_one_refusal()
    {
        var fragment = new StringBuilder("fragment Guesses on Mutation {");
        for (var i = 0; i < 200; i++)
        {
            fragment.Append(CultureInfo.InvariantCulture, $$""" g{{i}}: login(input: {email: "nobody@graphql.tests", password: "guess-{{i:D4}}"}) { accessToken }""");
        }

        var answer = await _client.PostAsync(fragment.Append(" } mutation { ...Guesses }").ToString());

        AssertRefused(answer, attempts: 200);
    }

    [Fact]
    public async Task Registering_twice_or_registering_and_logging_in_at_once_creates_nothing()
    {
        var email = GraphQLIdentityTests.NewEmail("gql-alias-register");
        var input = $$"""{name: "Twice", email: "{{email}}", password: "{{Password}}"}""";

        AssertRefused(await _client.PostAsync($"mutation {{ a: register(input: {input}) {{ id }} b: register(input: {input}) {{ id }} }}"), attempts: 2);
        AssertRefused(await _client.PostAsync($$"""mutation { register(input: {{input}}) { id } login(input: {email: "{{email}}", password: "{{Password}}"}) { accessToken } }"""), attempts: 2);

        // Nothing was created: the address is still free.
        var account = (await _client.DataAsync(GraphQLIdentityTests.Register, new { input = new { name = "Once", email, password = Password } })).GetProperty("register");
        Assert.Equal(email, account.GetProperty("email").GetString());
    }

    [Fact]
    public async Task One_login_selected_twice_under_one_response_name_is_one_attempt()
    {
        var email = await RegisteredAsync("gql-merged-login");
        var login = $$"""login(input: {email: "{{email}}", password: "{{Password}}"})""";

        var data = await _client.DataAsync($"mutation {{ {login} {{ accessToken }} {login} {{ refreshToken }} }}");

        Assert.False(string.IsNullOrEmpty(data.GetProperty("login").GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(data.GetProperty("login").GetProperty("refreshToken").GetString()));
    }

    private async Task<string> RegisteredAsync(string prefix)
    {
        var email = GraphQLIdentityTests.NewEmail(prefix);
        await _client.DataAsync(GraphQLIdentityTests.Register, new { input = new { name = "Alias", email, password = Password } });
        return email;
    }

    private static void AssertRefused(GraphQLAnswer answer, int attempts)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.Body.TryGetProperty("data", out _), answer.Text);
        var error = answer.SingleError("GRAPHQL_VALIDATION_FAILED");
        Assert.Equal("RateLimiting:Auth", error.GetProperty("extensions").GetProperty("limit").GetString());
        Assert.StartsWith($"The operation makes {attempts} login or register attempts", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
