using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace Modular.IntegrationTests.Platform;

/// <summary>A conflict the API answers (409) is not an error of the server: no Error line, no stack, in its log.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConflictLogTests(PlatformHosts hosts)
{
    [Fact]
    public async Task Registrations_of_one_email_racing_answer_one_201_and_409s_without_an_error_line()
    {
        var email = $"race-{Guid.NewGuid():N}@tests.local";
        using var http = hosts.Testing.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            http.PostAsJsonAsync("/api/identity/register", new { name = "Race", email, password = "race-pass-1234" })));

        Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(answer => answer.StatusCode != HttpStatusCode.Created), answer => Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode));
        Assert.DoesNotContain(
            hosts.Logs.Entries,
            entry => entry.Level >= LogLevel.Error && entry.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }
}
