using Modular.Shared.Infrastructure.Caching;

namespace Modular.Shared.UnitTests.Caching;

public sealed class InvalidationMessageTests
{
    [Fact]
    public void An_invalidation_reads_back_as_written()
    {
        var payload = InvalidationMessage.Write("id-1", "instance-a", ["orders:product:1", "orders:product:2", "users:profile:é"]);

        Assert.True(InvalidationMessage.TryRead(payload, out var id, out var source, out var keys));
        Assert.Equal("id-1", id);
        Assert.Equal("instance-a", source);
        Assert.Equal(["orders:product:1", "orders:product:2", "users:profile:é"], keys);
    }

    [Fact]
    public void An_acknowledgement_reads_back_as_written()
    {
        Assert.True(InvalidationMessage.TryReadAcknowledgement(InvalidationMessage.Acknowledgement("id-1", "instance-b"), out var id, out var instance));
        Assert.Equal(("id-1", "instance-b"), (id, instance));
    }

    [Theory]
    [InlineData("")]
    [InlineData("only-an-id")]
    [InlineData("id\nsource")]
    public void A_message_without_keys_is_not_an_invalidation(string payload)
    {
        Assert.False(InvalidationMessage.TryRead(payload, out _, out _, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("id")]
    [InlineData("id\nb\nc")]
    public void Anything_but_two_lines_is_not_an_acknowledgement(string payload)
    {
        Assert.False(InvalidationMessage.TryReadAcknowledgement(payload, out _, out _));
    }

    [Fact]
    public void A_key_with_a_line_break_is_refused_rather_than_split_into_two_keys()
    {
        Assert.Throws<ArgumentException>(() => InvalidationMessage.Write("id", "source", ["orders:product:1\nusers:profile:2"]));
    }
}
