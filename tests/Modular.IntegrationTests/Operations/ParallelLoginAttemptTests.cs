using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Modular.IntegrationTests.Operations;

/// <summary>
/// The failed-attempt budget (<c>RateLimiting:Auth</c>) holds for guesses sent in parallel: every attempt is counted
/// before its password is checked, so a burst from one client gets at most the budget's number of answers, REST and
/// GraphQL together; a correct password in the burst gets no extra chance (stranger's probe: 30 parallel guesses
/// against a budget of 5 found the password).
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class ParallelLoginAttemptTests : IAsyncLifetime
{
    private const int Burst = 16;
    private const string Password = "parallel-password-1";

    // Only the Auth budget is tight here: the API budget would otherwise refuse the burst first.
    private readonly OperationsApiFactory _host = new() { Overrides = { ["RateLimiting:Api:PermitLimit"] = "10000" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_burst_of_wrong_passwords_over_rest_gets_the_budget_of_answers_and_the_right_one_is_refused_too()
    {
        var email = await RegisteredAsync("rest-burst");
        using var client = ClientFrom(UniqueAddress());

        var statuses = await Task.WhenAll(Enumerable.Range(0, Burst).Select(async guess =>
        {
            using var answer = await client.PostAsJsonAsync("/api/identity/login", new { email, password = $"wrong-{guess}" });
            return answer.StatusCode;
        }));
        using var right = await client.PostAsJsonAsync("/api/identity/login", new { email, password = Password });

        Assert.Equal(OperationsApiFactory.AuthLimit, statuses.Count(status => status == HttpStatusCode.Unauthorized));
        Assert.Equal(Burst - OperationsApiFactory.AuthLimit, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task Rest_and_graphql_guesses_in_one_burst_share_the_budget_and_a_correct_login_in_it_gives_its_attempt_back()
    {
        var email = await RegisteredAsync("mixed-burst");
        using var client = ClientFrom(UniqueAddress());

        var attempts = Enumerable.Range(0, Burst).Select(guess => guess % 2 == 0
            ? RestAsync(client, email, $"wrong-{guess}")
            : GraphQLAsync(client, email, $"wrong-{guess}"));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(OperationsApiFactory.AuthLimit, outcomes.Count(outcome => outcome == "failed"));
        Assert.Equal(Burst - OperationsApiFactory.AuthLimit, outcomes.Count(outcome => outcome == "refused"));

        // A fresh client address: sequential successes never spend the budget, one failure after them still counts.
        using var other = ClientFrom(UniqueAddress());
        for (var i = 0; i < OperationsApiFactory.AuthLimit * 2; i++)
        {
            Assert.Equal("succeeded", i % 2 == 0 ? await RestAsync(other, email, Password) : await GraphQLAsync(other, email, Password));
        }

        Assert.Equal("failed", await RestAsync(other, email, "wrong"));
    }

    private static async Task<string> RestAsync(HttpClient client, string email, string password)
    {
        using var answer = await client.PostAsJsonAsync("/api/identity/login", new { email, password });
        return Outcome(answer.StatusCode, answer.StatusCode == HttpStatusCode.Unauthorized);
    }

    private static async Task<string> GraphQLAsync(HttpClient client, string email, string password)
    {
        var query = $$"""mutation { login(input: {email: "{{email}}", password: "{{password}}"}) { accessToken } }""";
        using var answer = await client.PostAsJsonAsync("/graphql", new { query });
        var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        var unauthenticated = body.TryGetProperty("errors", out var errors)
            && errors.EnumerateArray().Any(error => error.GetProperty("extensions").GetProperty("code").GetString() == "UNAUTHENTICATED");
        return Outcome(answer.StatusCode, unauthenticated);
    }

    private static string Outcome(HttpStatusCode status, bool failed) => status switch
    {
        HttpStatusCode.TooManyRequests => "refused",
        _ when failed => "failed",
        HttpStatusCode.OK => "succeeded",
        _ => $"unexpected {(int)status}",
    };

    private async Task<string> RegisteredAsync(string prefix)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@ops.tests";
        using var client = ClientFrom(UniqueAddress());
        using var registered = await client.PostAsJsonAsync("/api/identity/register", new { name = "Parallel", email, password = Password });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return email;
    }

    private HttpClient ClientFrom(string address)
    {
        var client = _host.CreateClient();
        client.DefaultRequestHeaders.Add(OperationsTestEndpoints.ClientAddressHeader, address);
        return client;
    }

    // Unique per run: counters of earlier runs live on in Redis until their window ends.
    private static string UniqueAddress() => new IPAddress(Guid.NewGuid().ToByteArray()).ToString();
}
