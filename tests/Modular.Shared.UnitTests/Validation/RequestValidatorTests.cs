using FluentValidation;
using Modular.Shared.Application.Validation;

namespace Modular.Shared.UnitTests.Validation;

public sealed class RequestValidatorTests
{
    [Fact]
    public async Task Failures_name_their_field_by_its_camelCase_path()
    {
        var errors = await RequestValidator.ValidateAsync([new TestRequestValidator()], new TestRequest(string.Empty, [new TestLine(1), new TestLine(0)]), CancellationToken.None);

        Assert.Equal(["email", "items[1].quantity"], errors.Select(error => error.Identifier).Order(StringComparer.Ordinal));
        Assert.All(errors, error => Assert.False(string.IsNullOrEmpty(error.ErrorMessage)));
    }

    [Fact]
    public async Task A_valid_request_has_no_error()
    {
        var errors = await RequestValidator.ValidateAsync([new TestRequestValidator()], new TestRequest("ada@example.com", [new TestLine(3)]), CancellationToken.None);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Every_validator_of_the_request_runs()
    {
        var emailOnly = new InlineValidator<TestRequest>();
        emailOnly.RuleFor(request => request.Email).MaximumLength(3);

        var errors = await RequestValidator.ValidateAsync([new TestRequestValidator(), emailOnly], new TestRequest("ada@example.com", [new TestLine(0)]), CancellationToken.None);

        Assert.Equal(["email", "items[0].quantity"], errors.Select(error => error.Identifier).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_validators_nothing_is_refused() =>
        Assert.Empty(await RequestValidator.ValidateAsync([], new TestRequest(null, null), CancellationToken.None));
}
