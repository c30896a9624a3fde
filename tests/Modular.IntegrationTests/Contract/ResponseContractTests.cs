using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.Contract;

/// <summary>The check every test host runs on its answers (ModularApiFactory) fails the request that got an undocumented answer.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResponseContractTests(ModularApiFactory factory) : IDisposable
{
    private readonly WebApplicationFactory<Program> _host = factory.WithWebHostBuilder(builder =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ContractProbeEndpoints>()));

    [Fact]
    public async Task An_answer_the_document_describes_passes()
    {
        var response = await _host.CreateClient().GetAsync(ContractProbeEndpoints.Kept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", ContractProbeEndpoints.UndocumentedStatus, "status 418 is not documented")]
    [InlineData("GET", ContractProbeEndpoints.WrongShape, "body")]
    [InlineData("POST", ContractProbeEndpoints.MissingLocation, "required header Location is missing")]
    public async Task An_answer_the_document_does_not_describe_fails_the_request(string method, string path, string expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        var failure = await Assert.ThrowsAsync<ContractViolationException>(() => _host.CreateClient().SendAsync(request));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _host.Dispose();
}
