using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>register, login, refresh, logout, me and changeRoles: Identity's use cases with REST's rules.</summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLIdentityTests(ModularApiFactory factory)
{
    internal const string Password = "correct-horse-battery";
    internal const string Register = "mutation($input: RegisterInput!) { register(input: $input) { id name email roles createdAt } }";
    internal const string Login = "mutation($input: LoginInput!) { login(input: $input) { accessToken tokenType expiresIn refreshToken user { id email roles } } }";
    private const string Refresh = "mutation($input: RefreshInput!) { refresh(input: $input) { accessToken refreshToken user { id } } }";

    private readonly GraphQLClient _client = new(factory.CreateClient());

    internal static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@graphql.tests";

    [Fact]
    public async Task Register_then_login_then_me_answer_the_rest_shapes()
    {
        var email = NewEmail("gql-register");

        var account = (await _client.DataAsync(Register, new { input = new { name = "  Ada  ", email = email.ToUpperInvariant(), password = Password } })).GetProperty("register");
        var session = (await _client.DataAsync(Login, new { input = new { email, password = Password } })).GetProperty("login");
        var me = (await _client.DataAsync("{ me { id email roles } }", token: session.GetProperty("accessToken").GetString())).GetProperty("me");

        Assert.Equal("Ada", account.GetProperty("name").GetString());
        Assert.Equal(email, account.GetProperty("email").GetString());
        Assert.Equal("""["user"]""", account.GetProperty("roles").GetRawText());
        Assert.EndsWith("Z", account.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer", session.GetProperty("tokenType").GetString());
        Assert.Equal(900, session.GetProperty("expiresIn").GetInt32());
        Assert.Equal(account.GetProperty("id").GetString(), me.GetProperty("id").GetString());
        Assert.Equal(session.GetProperty("user").GetRawText(), me.GetRawText());
    }

    [Theory]
    [InlineData("", "valid@tests.local", "password1", "name")]
    [InlineData(null, "valid@tests.local", "password1", "name")]
    [InlineData("x", "not-an-email", "password1", "email")]
    [InlineData("x", "valid@tests.local", "short12", "password")]
    [InlineData("x", "valid@tests.local", null, "password")]
    public async Task Invalid_registrations_are_bad_user_input_naming_the_field(string? name, string? email, string? password, string field)
    {
        var answer = await _client.PostAsync(Register, new { input = new { name, email, password } });

        Assert.Equal([field], answer.InvalidFields("register"));
    }

    [Fact]
    public async Task A_taken_email_is_conflict_and_wrong_credentials_are_unauthenticated_alike()
    {
        var email = NewEmail("gql-taken");
        await _client.DataAsync(Register, new { input = new { name = "Taken", email, password = Password } });

        (await _client.PostAsync(Register, new { input = new { name = "Again", email, password = Password } })).SingleError("CONFLICT", "register");
        var wrongPassword = (await _client.PostAsync(Login, new { input = new { email, password = "wrong-password" } })).SingleError("UNAUTHENTICATED", "login");
        var unknownEmail = (await _client.PostAsync(Login, new { input = new { email = NewEmail("nobody"), password = Password } })).SingleError("UNAUTHENTICATED", "login");
        Assert.Equal(wrongPassword.GetProperty("message").GetString(), unknownEmail.GetProperty("message").GetString());
        Assert.Equal(["email"], (await _client.PostAsync(Login, new { input = new { password = Password } })).InvalidFields("login"));
    }

    [Fact]
    public async Task Refresh_rotates_and_logout_ends_the_session()
    {
        var email = NewEmail("gql-refresh");
        await _client.DataAsync(Register, new { input = new { name = "Rotate", email, password = Password } });
        var first = (await _client.DataAsync(Login, new { input = new { email, password = Password } })).GetProperty("login").GetProperty("refreshToken").GetString();

        var second = (await _client.DataAsync(Refresh, new { input = new { refreshToken = first } })).GetProperty("refresh").GetProperty("refreshToken").GetString();
        Assert.NotEqual(first, second);

        var logout = await _client.DataAsync("mutation($input: LogoutInput!) { logout(input: $input) }", new { input = new { refreshToken = second } });
        Assert.True(logout.GetProperty("logout").GetBoolean());
        (await _client.PostAsync(Refresh, new { input = new { refreshToken = second } })).SingleError("UNAUTHENTICATED", "refresh");
        Assert.Equal(["refreshToken"], (await _client.PostAsync(Refresh, new { input = new { refreshToken = "" } })).InvalidFields("refresh"));
    }

    [Fact]
    public async Task Changing_roles_is_admin_only_and_validated()
    {
        var email = NewEmail("gql-roles");
        var id = (await _client.DataAsync(Register, new { input = new { name = "Roles", email, password = Password } })).GetProperty("register").GetProperty("id").GetString();
        const string change = "mutation($id: ID!, $input: ChangeRolesInput!) { changeRoles(id: $id, input: $input) { id roles } }";

        var changed = (await _client.DataAsync(change, new { id, input = new { roles = new[] { "admin" } } }, GraphQLClient.AdminToken())).GetProperty("changeRoles");

        Assert.Equal("""["user","admin"]""", changed.GetProperty("roles").GetRawText());
        (await _client.PostAsync(change, new { id, input = new { roles = new[] { "user" } } }, GraphQLClient.UserToken(Guid.CreateVersion7()))).SingleError("FORBIDDEN", "changeRoles");
        (await _client.PostAsync(change, new { id, input = new { roles = new[] { "user" } } })).SingleError("UNAUTHENTICATED", "changeRoles");
        (await _client.PostAsync(change, new { id = Guid.CreateVersion7(), input = new { roles = new[] { "user" } } }, GraphQLClient.AdminToken())).SingleError("NOT_FOUND", "changeRoles");
        Assert.Equal(["roles"], (await _client.PostAsync(change, new { id, input = new { roles = (string[]?)null } }, GraphQLClient.AdminToken())).InvalidFields("changeRoles"));
        var unknownRole = await _client.PostAsync(change, new { id, input = new { roles = new[] { "superuser" } } }, GraphQLClient.AdminToken());
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.Status);
        Assert.Equal("BAD_USER_INPUT", Assert.Single(unknownRole.Codes));
    }
}
