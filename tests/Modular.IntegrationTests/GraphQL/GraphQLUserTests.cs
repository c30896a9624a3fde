using System.Text.Json;
using Modular.IntegrationTests.Support;
using Modular.Testing;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>user, users, updateUser and deleteUser: the Users module's use cases with REST's access rules.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLUserTests(ModularApiFactory factory)
{
    private const string Read = "query($id: ID!) { user(id: $id) { id name email createdAt updatedAt } }";
    private const string Update = "mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name email updatedAt } }";

    private readonly GraphQLClient _client = new(factory.CreateClient());

    [Fact]
    public async Task A_user_reads_and_changes_their_profile_and_nobody_else_may()
    {
        var (id, email) = await RegisterAsync("gql-profile");
        var own = GraphQLClient.UserToken(Guid.Parse(id));

        var profile = (await _client.DataAsync(Read, new { id }, own)).GetProperty("user");
        Assert.Equal(email, profile.GetProperty("email").GetString());

        var updated = (await _client.DataAsync(Update, new { id, input = new { name = "Renamed" } }, own)).GetProperty("updateUser");
        Assert.Equal("Renamed", updated.GetProperty("name").GetString());
        Assert.Equal("Renamed", (await _client.DataAsync(Read, new { id }, own)).GetProperty("user").GetProperty("name").GetString());

        (await _client.PostAsync(Read, new { id = Guid.CreateVersion7() }, GraphQLClient.AdminToken())).SingleError("NOT_FOUND", "user");
        Assert.Equal(["email"], (await _client.PostAsync(Update, new { id, input = new { email = "not-an-email" } }, own)).InvalidFields("updateUser"));
    }

    [Fact]
    public async Task Another_users_profile_answers_exactly_as_an_unknown_id_null_with_not_found()
    {
        var (other, _) = await RegisterAsync("gql-other");
        var (caller, _) = await RegisterAsync("gql-caller");
        var token = GraphQLClient.UserToken(Guid.Parse(caller));
        const string delete = "mutation($id: ID!) { deleteUser(id: $id) }";

        foreach (var (document, field, variables) in new (string, string, Func<string, object>)[]
                 {
                     (Read, "user", id => new { id }),
                     (Update, "updateUser", id => new { id, input = new { name = "Hijack" } }),
                     (delete, "deleteUser", id => new { id }),
                 })
        {
            var hidden = await _client.PostAsync(document, variables(other), token);
            var unknown = await _client.PostAsync(document, variables(Guid.CreateVersion7().ToString()), token);

            var hiddenError = hidden.SingleError("NOT_FOUND", field);
            var unknownError = unknown.SingleError("NOT_FOUND", field);
            Assert.Equal(unknownError.GetProperty("message").GetString(), hiddenError.GetProperty("message").GetString());
            Assert.Equal(JsonValueKind.Null, hidden.Body.GetProperty("data").GetProperty(field).ValueKind);
        }

        var untouched = (await _client.DataAsync(Read, new { id = other }, GraphQLClient.AdminToken())).GetProperty("user");
        Assert.Equal("gql-other", untouched.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_taken_email_is_conflict_and_a_deleted_user_is_not_found()
    {
        var (first, _) = await RegisterAsync("gql-first");
        var (_, takenEmail) = await RegisterAsync("gql-second");
        var own = GraphQLClient.UserToken(Guid.Parse(first));

        (await _client.PostAsync(Update, new { id = first, input = new { email = takenEmail } }, own)).SingleError("CONFLICT", "updateUser");

        var deleted = await _client.DataAsync("mutation($id: ID!) { deleteUser(id: $id) }", new { id = first }, own);
        Assert.True(deleted.GetProperty("deleteUser").GetBoolean());
        (await _client.PostAsync(Read, new { id = first }, GraphQLClient.AdminToken())).SingleError("NOT_FOUND", "user");
    }

    [Fact]
    public async Task Users_are_listed_for_admins_only_with_search_and_pagination()
    {
        var (_, email) = await RegisterAsync("gql-listed");
        const string list = "query($search: String) { users(search: $search, limit: 5) { data { email } pagination { page limit total pages } } }";

        var page = (await _client.DataAsync(list, new { search = email.ToUpperInvariant() }, GraphQLClient.AdminToken())).GetProperty("users");

        Assert.Equal(email, Assert.Single(page.GetProperty("data").EnumerateArray()).GetProperty("email").GetString());
        Assert.Equal("""{"page":1,"limit":5,"total":1,"pages":1}""", page.GetProperty("pagination").GetRawText());
        (await _client.PostAsync(list, new { search = email }, GraphQLClient.UserToken(Guid.CreateVersion7()))).SingleError("FORBIDDEN", "users");
        (await _client.PostAsync(list, new { search = email })).SingleError("UNAUTHENTICATED", "users");
    }

    /// <summary>Registers over GraphQL; the profile follows through Identity's event, readable within the contract's second.</summary>
    private async Task<(string Id, string Email)> RegisterAsync(string prefix)
    {
        var email = GraphQLIdentityTests.NewEmail(prefix);
        var id = (await _client.DataAsync(GraphQLIdentityTests.Register, new { input = new { name = prefix, email, password = GraphQLIdentityTests.Password } }))
            .GetProperty("register").GetProperty("id").GetString()!;
        await Eventually.Until(
            () => _client.PostAsync(Read, new { id }, GraphQLClient.AdminToken()),
            answer => !answer.HasErrors,
            TimeSpan.FromSeconds(10),
            $"profile {id} readable");
        return (id, email);
    }
}
