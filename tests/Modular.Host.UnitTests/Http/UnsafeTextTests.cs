using Modular.Host.Platform.Http;

namespace Modular.Host.UnitTests.Http;

public sealed class UnsafeTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain ascii")]
    [InlineData("ünïcödé")]
    [InlineData("emoji 🙂 pair")]
    [InlineData("\uD83D\uDE42")]
    public void Ordinary_text_is_safe(string text) => Assert.False(UnsafeText.IsUnsafe(text));

    // Code units, not strings: xunit serializes theory data as UTF-8, which would turn a lone surrogate into U+FFFD.
    [Theory]
    [InlineData("a", 0x0000, "b")]
    [InlineData("", 0x0000, "")]
    [InlineData("", 0xD800, "")]
    [InlineData("x", 0xDC00, "y")]
    [InlineData("", 0xDE42, "\uD83D\uDE42")]
    [InlineData("end", 0xD83D, "")]
    public void Nul_and_unpaired_surrogates_are_unsafe(string before, int codeUnit, string after) =>
        Assert.True(UnsafeText.IsUnsafe($"{before}{(char)codeUnit}{after}"));

    [Fact]
    public void A_pair_in_reverse_order_is_unsafe() => Assert.True(UnsafeText.IsUnsafe(new string(['\uDE42', '\uD83D'])));

    [Theory]
    [InlineData("/api/users/caf%C3%A9")]
    [InlineData("search=%F0%9F%99%82&page=2")]
    [InlineData("a=100%25")]
    [InlineData("a=%zz")]
    [InlineData(null)]
    public void Valid_utf8_escapes_are_safe(string? raw) => Assert.False(UnsafeText.IsUnsafeEncoded(raw));

    [Theory]
    [InlineData("/api/users/%00")]
    [InlineData("search=a%00b")]
    [InlineData("search=%ED%A0%80")]
    [InlineData("search=%C3")]
    [InlineData("search=%FF")]
    public void Encoded_nul_surrogates_and_invalid_utf8_are_unsafe(string raw) => Assert.True(UnsafeText.IsUnsafeEncoded(raw));
}
