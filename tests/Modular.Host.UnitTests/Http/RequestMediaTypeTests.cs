using Modular.Host.Platform.Http;

namespace Modular.Host.UnitTests.Http;

public sealed class RequestMediaTypeTests
{
    [Theory]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=utf-8")]
    [InlineData("application/json; charset=utf8")]
    [InlineData("application/json; charset=\"Utf8\"")]
    [InlineData("application/json ; CHARSET=utf-8")]
    [InlineData("application/json; charset=utf-8; charset=\"UTF-8\"")]
    public void Every_spelling_of_UTF_8_is_read_as_UTF_8(string contentType)
    {
        Assert.Equal(RequestMediaType.Outcome.Rewritten, RequestMediaType.Canonicalize(contentType, out var canonical));
        Assert.Equal("application/json", canonical);
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1", "application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=\"latin1\"", "application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=US-ASCII", "application/json; charset=us-ascii")]
    [InlineData("application/json; charset=utf-16", "application/json; charset=utf-16")]
    [InlineData("application/problem+json; charset=\"utf-8\"; foo=bar", "application/problem+json; foo=bar")]
    public void Another_charset_the_server_decodes_is_named_canonically(string contentType, string expected)
    {
        Assert.Equal(RequestMediaType.Outcome.Rewritten, RequestMediaType.Canonicalize(contentType, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("application/json; charset=\"bogus\"")]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=")]
    [InlineData("application/json; charset=\"\"")]
    [InlineData("application/json; charset=windows-1252")]
    [InlineData("application/json; charset=utf-8; charset=utf-16")]
    public void A_charset_the_server_cannot_read_is_unreadable(string contentType) =>
        Assert.Equal(RequestMediaType.Outcome.UnreadableCharset, RequestMediaType.Canonicalize(contentType, out _));

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; foo=bar")]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=\"utf-8")]
    [InlineData(";;;")]
    [InlineData("application/")]
    public void Without_a_charset_or_unparsable_the_framework_judges_the_header(string contentType)
    {
        Assert.Equal(RequestMediaType.Outcome.Unchanged, RequestMediaType.Canonicalize(contentType, out var canonical));
        Assert.Equal(contentType, canonical);
    }
}
