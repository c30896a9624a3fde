using Modular.Shared.Infrastructure.Redis;
using StackExchange.Redis;

namespace Modular.Shared.UnitTests.Redis;

public sealed class RedisOutageTests
{
    public static TheoryData<Exception> Outages() =>
    [
        new RedisConnectionException(ConnectionFailureType.UnableToConnect, "down"),
        new RedisTimeoutException("slow", CommandStatus.Sent),
        new RedisServerException("LOADING"),
        new TimeoutException(),
        new TaskCanceledException(),
        new OperationCanceledException(),
    ];

    [Theory]
    [MemberData(nameof(Outages))]
    public void The_clients_errors_a_bounded_wait_and_a_cancellation_nobody_asked_for_are_outages(Exception exception) =>
        Assert.True(RedisOutage.Is(exception));

    [Fact]
    public void A_cancellation_the_caller_asked_for_is_not_an_outage()
    {
        using var requested = new CancellationTokenSource();
        requested.Cancel();

        Assert.False(RedisOutage.Is(new TaskCanceledException(), requested.Token));
        Assert.False(RedisOutage.Is(new OperationCanceledException(requested.Token), requested.Token));
        Assert.True(RedisOutage.Is(new RedisTimeoutException("slow", CommandStatus.Sent), requested.Token));
    }

    [Fact]
    public void An_exception_thrown_from_inside_the_client_is_an_outage_whatever_its_type()
    {
        // A real StackExchange.Redis frame: parsing a malformed configuration throws from inside the client.
        var thrown = Assert.ThrowsAny<Exception>(() => ConfigurationOptions.Parse("127.0.0.1:6379,connectTimeout=not-a-number"));

        Assert.IsNotType<RedisException>(thrown);
        Assert.True(RedisOutage.Is(thrown));
    }

    [Theory]
    [InlineData(typeof(InvalidOperationException))]
    [InlineData(typeof(ArgumentException))]
    [InlineData(typeof(NullReferenceException))]
    public void Anything_else_thrown_outside_the_client_is_a_bug_not_an_outage(Type type)
    {
        Exception thrown;
        try
        {
            throw (Exception)Activator.CreateInstance(type)!;
        }
        catch (Exception exception)
        {
            thrown = exception;
        }

        Assert.False(RedisOutage.Is(thrown));
    }
}
