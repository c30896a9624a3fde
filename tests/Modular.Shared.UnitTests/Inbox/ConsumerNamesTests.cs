using Modular.Shared.Infrastructure.Inbox;

namespace Modular.Shared.UnitTests.Inbox;

public sealed class ConsumerNamesTests
{
    [Fact]
    public void For_drops_the_Handler_suffix_and_kebab_cases_the_rest() =>
        Assert.Equal("create-profile-on-user-registered", ConsumerNames.For(typeof(CreateProfileOnUserRegisteredHandler)));

    [Fact]
    public void For_keeps_a_type_name_without_the_suffix() =>
        Assert.Equal("consumer-names-tests", ConsumerNames.For(typeof(ConsumerNamesTests)));

    [Theory]
    [InlineData("", "")]
    [InlineData("A", "a")]
    [InlineData("Order", "order")]
    [InlineData("OrderPlaced", "order-placed")]
    [InlineData("already-kebab", "already-kebab")]
    [InlineData("camelCase", "camel-case")]
    [InlineData("SendSMS", "send-sms")]
    [InlineData("UserV2Created", "user-v2-created")]
    public void ToKebabCase_splits_before_each_upper_case_run(string name, string expected) =>
        Assert.Equal(expected, ConsumerNames.ToKebabCase(name));
}
