using Modular.Host.Platform.Messaging;

namespace Modular.Host.UnitTests.Messaging;

public sealed class RabbitMqEndpointTests
{
    [Fact]
    public void Parse_reads_every_part_and_unescapes_credentials()
    {
        var endpoint = RabbitMqEndpoint.Parse("amqp://user:p%40ss@host:5673/vh");

        Assert.Equal(new RabbitMqEndpoint("host", 5673, "vh", "user", "p@ss"), endpoint);
    }

    [Fact]
    public void Parse_uses_the_default_port_and_the_root_virtual_host_when_they_are_missing()
    {
        var endpoint = RabbitMqEndpoint.Parse("amqp://guest:secret@rabbit");

        Assert.Equal(5672, endpoint.Port);
        Assert.Equal("/", endpoint.VirtualHost);
        Assert.Equal("rabbit", endpoint.Host);
    }

    [Fact]
    public void Parse_treats_a_lone_slash_as_the_root_virtual_host()
    {
        var endpoint = RabbitMqEndpoint.Parse("amqp://guest:guest@rabbit:5672/");

        Assert.Equal("/", endpoint.VirtualHost);
    }

    [Fact]
    public void Parse_unescapes_an_encoded_virtual_host()
    {
        var endpoint = RabbitMqEndpoint.Parse("amqp://guest:guest@rabbit/%2Fmain");

        Assert.Equal("/main", endpoint.VirtualHost);
    }

    [Fact]
    public void Parse_uses_the_tls_port_for_amqps()
    {
        Assert.Equal(5671, RabbitMqEndpoint.Parse("amqps://guest:guest@rabbit/vh").Port);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a uri")]
    [InlineData("host:5672")]
    [InlineData("http://user:pass@host:5672/vh")]
    public void Parse_refuses_anything_but_an_amqp_uri_and_names_the_setting(string? connectionString)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => RabbitMqEndpoint.Parse(connectionString));

        Assert.Contains("ConnectionStrings:RabbitMq", exception.Message, StringComparison.Ordinal);
    }
}
