using Modular.Shared.Application.Validation;

namespace Modular.Shared.UnitTests.Validation;

public sealed class SearchTextTests
{
    // Code units, not strings: a lone surrogate in InlineData does not survive test discovery's serialization.
    [Theory]
    [InlineData(0x09)]
    [InlineData(0x0A)]
    [InlineData(0x00)]
    [InlineData(0x01)]
    [InlineData(0x1F)]
    [InlineData(0x7F)]
    [InlineData(0x85)]
    [InlineData(0x9F)]
    [InlineData(0xD800)]
    [InlineData(0xDBFF)]
    [InlineData(0xDC00)]
    [InlineData(0xDFFF)]
    public void Control_characters_and_unpaired_surrogates_are_not_plain_text(int codeUnit)
    {
        var c = (char)codeUnit;

        Assert.All([$"a{c}b", $"{c}", $"ab{c}", $"{c}ab"], text => Assert.False(SearchText.IsPlainText(text), $"U+{codeUnit:X4} in {text.Length}"));
    }

    [Fact]
    public void Surrogates_in_the_wrong_order_are_unpaired() => Assert.False(SearchText.IsPlainText("a\udc00\ud800b"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("mug blue")]
    [InlineData("Ünïcödé ε")]
    [InlineData("a\u00a0b")]
    public void Plain_text_passes(string? text) => Assert.True(SearchText.IsPlainText(text));

    [Fact]
    public void A_surrogate_pair_is_plain_text() => Assert.True(SearchText.IsPlainText("mug \ud83d\ude42 blue"));
}
