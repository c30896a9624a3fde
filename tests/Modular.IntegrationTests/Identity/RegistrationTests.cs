using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Identity;

[Collection(ApiCollection.Name)]
public sealed class RegistrationTests(ModularApiFactory factory)
{
    private readonly IdentityClient _client = new(factory.CreateClient());

    [Fact]
    public async Task Register_answers_201_with_the_account_and_a_location_under_users()
    {
        var email = IdentityClient.NewEmail("register");

        var response = await _client.RegisterAsync($"  {email.ToUpperInvariant()} ", name: "  Ada Lovelace  ");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await IdentityClient.JsonAsync(response);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(7, id.Version);
        Assert.Equal("Ada Lovelace", body.GetProperty("name").GetString());
        Assert.Equal(email, body.GetProperty("email").GetString());
        Assert.Equal(["user"], body.GetProperty("roles").EnumerateArray().Select(role => role.GetString()));
        var createdAt = body.GetProperty("createdAt").GetString()!;
        Assert.EndsWith("Z", createdAt);
        Assert.InRange(DateTimeOffset.Parse(createdAt), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal($"/api/users/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(["createdAt", "email", "id", "name", "roles"], body.EnumerateObject().Select(property => property.Name).Order());
    }

    [Theory]
    [InlineData("", "valid@tests.local", "password1", "name")]
    [InlineData("   ", "valid@tests.local", "password1", "name")]
    [InlineData(null, "valid@tests.local", "password1", "name")]
    [InlineData("a\tb", "valid@tests.local", "password1", "name")]
    [InlineData("a\u0007b", "valid@tests.local", "password1", "name")]
    [InlineData("two\nlines", "valid@tests.local", "password1", "name")]
    [InlineData("del\u007F", "valid@tests.local", "password1", "name")]
    [InlineData("x", "not-an-email", "password1", "email")]
    [InlineData("x", "two@@tests.local", "password1", "email")]
    [InlineData("x", "", "password1", "email")]
    [InlineData("x", "valid@tests.local", "short12", "password")]
    [InlineData("x", "valid@tests.local", null, "password")]
    public async Task Invalid_fields_answer_400_naming_the_field(string? name, string? email, string? password, string field)
    {
        var response = await _client.Http.PostAsJsonAsync("/api/identity/register", new { name, email, password });

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        var errors = Problem.Errors(problem);
        Assert.Contains(errors, error => error.Field == field && error.Message.Length > 0);
        Assert.DoesNotContain(errors, error => error.Field != field);
    }

    [Fact]
    public async Task Length_limits_are_the_contracts()
    {
        var longestEmail = new string('a', 254 - "@tests.local".Length) + "@tests.local";
        Assert.Equal(HttpStatusCode.Created, (await _client.RegisterAsync(
            $"{Guid.NewGuid():N}{longestEmail[32..]}", new string('p', 128), new string('n', 100))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _client.RegisterAsync(IdentityClient.NewEmail(), "12345678", "n")).StatusCode);

        var tooLongName = await _client.RegisterAsync(IdentityClient.NewEmail(), name: new string('n', 101));
        var tooLongEmail = await _client.RegisterAsync("b" + longestEmail);
        var tooLongPassword = await _client.RegisterAsync(IdentityClient.NewEmail(), new string('p', 129));

        Assert.Equal("name", Problem.Errors(await Problem.AssertAsync(tooLongName, HttpStatusCode.BadRequest)).Single().Field);
        Assert.Equal("email", Problem.Errors(await Problem.AssertAsync(tooLongEmail, HttpStatusCode.BadRequest)).Single().Field);
        Assert.Equal("password", Problem.Errors(await Problem.AssertAsync(tooLongPassword, HttpStatusCode.BadRequest)).Single().Field);
    }

    [Fact]
    public async Task Length_limits_count_characters_not_utf16_code_units()
    {
        // "😀" is one character in two UTF-16 code units: the bounds are the contract's characters, as the columns and
        // the published maxLength/minLength count them.
        var emoji = string.Concat(Enumerable.Repeat("😀", 100));
        var registered = await _client.RegisterAsync(IdentityClient.NewEmail(), string.Concat(Enumerable.Repeat("🔑", 8)), emoji);
        var tooLongName = await _client.RegisterAsync(IdentityClient.NewEmail(), name: emoji + "😀");
        var tooShortPassword = await _client.RegisterAsync(IdentityClient.NewEmail(), string.Concat(Enumerable.Repeat("🔑", 7)));

        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal(emoji, (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        Assert.Equal("name", Problem.Errors(await Problem.AssertAsync(tooLongName, HttpStatusCode.BadRequest)).Single().Field);
        Assert.Equal("password", Problem.Errors(await Problem.AssertAsync(tooShortPassword, HttpStatusCode.BadRequest)).Single().Field);
    }

    [Fact]
    public async Task An_unknown_property_is_refused_with_400()
    {
        var response = await _client.Http.PostAsJsonAsync(
            "/api/identity/register",
            new { name = "x", email = IdentityClient.NewEmail(), password = IdentityClient.Password, roles = new[] { "admin" } });

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_duplicate_email_in_another_case_is_409()
    {
        var email = IdentityClient.NewEmail("dup");
        Assert.Equal(HttpStatusCode.Created, (await _client.RegisterAsync(email)).StatusCode);

        var duplicate = await _client.RegisterAsync(email.ToUpperInvariant());

        await Problem.AssertAsync(duplicate, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Racing_registrations_of_one_email_in_different_cases_give_exactly_one_201()
    {
        var email = IdentityClient.NewEmail("race");
        var variants = Enumerable.Range(0, 12)
            .Select(i => i % 3 == 0 ? email : i % 3 == 1 ? email.ToUpperInvariant() : char.ToUpperInvariant(email[0]) + email[1..])
            .ToList();

        var responses = await Task.WhenAll(variants.Select(variant => _client.RegisterAsync(variant)));

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.Created);
        Assert.Equal(variants.Count - 1, responses.Count(response => response.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await IdentityDatabase.AccountsWithEmailAsync(email));
    }
}
