using System.Net;
using System.Net.Http.Headers;
using Modular.IntegrationTests.GraphQL;
using Modular.IntegrationTests.Platform;
using Modular.IntegrationTests.Support;
using Modular.IntegrationTests.Users;
using Modular.Testing;

namespace Modular.IntegrationTests.Identity;

/// <summary>
/// An email's length bound holds for the form stored (its canonical form: NFC, then fully lower-cased), on every input
/// that stores one: "İ" is one character typed and two stored, so an address of 254 characters as typed can be 255 as
/// stored, which the column refuses. Such input is a 400 (GraphQL: BAD_USER_INPUT) naming the field, never a 500.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CanonicalEmailLengthTests(ModularApiFactory factory)
{
    private const string UpdateEmail = "mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { email } }";

    private readonly GraphQLClient _graphQL = new(factory.CreateClient());

    /// <summary>Canonical length, number of "İ", whether the address ends its local part with a final "Σ".</summary>
    public static TheoryData<int, int, bool> Addresses => new()
    {
        { 254, 3, false },
        { 255, 1, false },
        { 255, 3, false },
        { 254, 0, true },
        { 255, 0, true },
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Registration_over_rest_measures_the_stored_email(int length, int dottedCapitalIs, bool finalSigma)
    {
        var identity = new IdentityClient(factory.CreateClient());
        var email = Email(length, dottedCapitalIs, finalSigma);

        var registered = await identity.RegisterAsync(email);

        if (length > 254)
        {
            Assert.Equal(["email"], ProblemAssert.Fields(await ProblemAssert.IsProblemAsync(registered, HttpStatusCode.BadRequest)));
            await ProblemAssert.IsProblemAsync(await identity.LoginAsync(email), HttpStatusCode.Unauthorized);
            return;
        }

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(length, (await IdentityClient.JsonAsync(registered)).GetProperty("email").GetString()!.Length);
        Assert.Equal(length, (await identity.SignInAsync(email)).Email.Length);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Registration_over_graphql_measures_the_stored_email(int length, int dottedCapitalIs, bool finalSigma)
    {
        var input = new { name = "Ilker", email = Email(length, dottedCapitalIs, finalSigma), password = GraphQLIdentityTests.Password };

        var answer = await _graphQL.PostAsync(GraphQLIdentityTests.Register, new { input });

        if (length > 254)
        {
            Assert.Equal(["email"], answer.InvalidFields("register"));
            return;
        }

        Assert.False(answer.HasErrors);
        Assert.Equal(length, (await _graphQL.DataAsync(GraphQLIdentityTests.Login, new { input = new { input.email, input.password } }))
            .GetProperty("login").GetProperty("user").GetProperty("email").GetString()!.Length);
    }

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task An_email_change_measures_the_stored_email_over_rest_and_graphql(int length, int dottedCapitalIs, bool finalSigma)
    {
        var identity = new IdentityClient(factory.CreateClient());
        var session = await identity.SignUpAsync();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        await Eventually.Until(() => client.GetAsync($"/api/users/{session.UserId}"), r => r.StatusCode == HttpStatusCode.OK, UsersApi<Program>.Deadline, "the profile");
        var email = Email(length, dottedCapitalIs, finalSigma);

        var patched = await UsersApi<Program>.PatchAsync(client, session.UserId, new { email });
        var mutated = await _graphQL.PostAsync(UpdateEmail, new { id = session.UserId, input = new { email } }, session.AccessToken);

        if (length > 254)
        {
            Assert.Equal(["email"], ProblemAssert.Fields(await ProblemAssert.IsProblemAsync(patched, HttpStatusCode.BadRequest)));
            Assert.Equal(["email"], mutated.InvalidFields("updateUser"));
            return;
        }

        Assert.Equal(length, (await UsersApi<Program>.BodyAsync(patched)).GetProperty("email").GetString()!.Length);
        Assert.False(mutated.HasErrors);
        // Identity stores the new address too (its column has the same bound): login follows it.
        await Eventually.Until(() => identity.LoginAsync(email), r => r.StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(5), "login with the changed email");
    }

    /// <summary>A unique address whose canonical form is <paramref name="length"/> characters long.</summary>
    private static string Email(int length, int dottedCapitalIs, bool finalSigma)
    {
        const string domain = "@probe.test";
        var marker = Guid.NewGuid().ToString("N")[..12];
        var sigma = finalSigma ? "\u039f\u0394\u039f\u03a3" : string.Empty;
        var filler = length - marker.Length - (2 * dottedCapitalIs) - sigma.Length - domain.Length;
        return marker + new string('\u0130', dottedCapitalIs) + new string('b', filler) + sigma + domain;
    }
}
