using FluentValidation;

namespace Modular.Shared.UnitTests.Validation;

public sealed class TestRequestValidator : AbstractValidator<TestRequest>
{
    public TestRequestValidator()
    {
        RuleFor(request => request.Email).NotEmpty();
        RuleForEach(request => request.Items).ChildRules(line => line.RuleFor(item => item.Quantity).InclusiveBetween(1, 1000));
    }
}
