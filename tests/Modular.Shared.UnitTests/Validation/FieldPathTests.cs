using Modular.Shared.Application.Validation;

namespace Modular.Shared.UnitTests.Validation;

public sealed class FieldPathTests
{
    [Theory]
    [InlineData("Items[1].Quantity", "items[1].quantity")]
    [InlineData("Email", "email")]
    [InlineData("Address.Street", "address.street")]
    [InlineData("email", "email")]
    [InlineData("", "")]
    public void ToCamelCase_lowers_the_first_letter_of_every_segment(string path, string expected) =>
        Assert.Equal(expected, FieldPath.ToCamelCase(path));
}
