using System.Net.Sockets;
using GraphQL.Execution;
using Microsoft.Extensions.Hosting;
using Modular.Host.Platform.GraphQL;
using Npgsql;
using NSubstitute;
using StackExchange.Redis;

namespace Modular.Host.UnitTests.GraphQL;

/// <summary>An unexpected exception of a field: an outage is SERVICE_UNAVAILABLE as REST's 503, a bug INTERNAL_SERVER_ERROR; neither shows its text outside Development.</summary>
public sealed class GraphQLErrorInfoProviderTests
{
    public static TheoryData<Exception> Outages => new()
    {
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)),
        new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("Exception while reading from stream", new EndOfStreamException())),
        new RedisConnectionException(ConnectionFailureType.UnableToConnect, "It was not possible to connect to the redis server(s)."),
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void A_dependency_outage_is_service_unavailable_with_the_rest_message(Exception outage)
    {
        var info = Provider(Environments.Production).GetInfo(new UnhandledError("Error trying to resolve field 'orders'.", outage));

        Assert.Equal("SERVICE_UNAVAILABLE", info.Extensions!["code"]);
        Assert.Equal(GraphQLErrorInfoProvider.OutageMessage, info.Message);
        Assert.Equal(["code"], info.Extensions.Keys);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public void A_bug_is_internal_server_error_without_its_text(string environment)
    {
        var bug = new InvalidOperationException("relation \"identity.accounts\" SELECT password_hash");

        var info = Provider(environment).GetInfo(new UnhandledError("Error trying to resolve field 'me'.", bug));

        Assert.Equal("INTERNAL_SERVER_ERROR", info.Extensions!["code"]);
        Assert.Equal(GraphQLErrorInfoProvider.UnexpectedMessage, info.Message);
        Assert.Equal(["code"], info.Extensions.Keys);
    }

    [Fact]
    public void Development_adds_the_exception_text_of_a_bug()
    {
        var info = Provider(Environments.Development).GetInfo(new UnhandledError("Error trying to resolve field 'me'.", new InvalidOperationException("the bug")));

        Assert.Equal("INTERNAL_SERVER_ERROR", info.Extensions!["code"]);
        Assert.Contains("the bug", (string)info.Extensions["details"]!, StringComparison.Ordinal);
    }

    private static GraphQLErrorInfoProvider Provider(string environment)
    {
        var host = Substitute.For<IHostEnvironment>();
        host.EnvironmentName.Returns(environment);
        return new GraphQLErrorInfoProvider(host);
    }
}
