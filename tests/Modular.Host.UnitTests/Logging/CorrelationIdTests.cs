using Modular.Host.Platform.Logging;

namespace Modular.Host.UnitTests.Logging;

public sealed class CorrelationIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("abc-123_DEF.456")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456")]
    public void Short_ids_of_safe_characters_are_sane(string value)
    {
        Assert.True(value.Length <= 128);
        Assert.True(CorrelationId.IsSane(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("new\nline")]
    [InlineData("quote\"")]
    [InlineData("ünï")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890")]
    public void Anything_else_is_replaced(string? value) => Assert.False(CorrelationId.IsSane(value));
}
