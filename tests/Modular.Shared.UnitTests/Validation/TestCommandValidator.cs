using FluentValidation;

namespace Modular.Shared.UnitTests.Validation;

public sealed class TestCommandValidator : AbstractValidator<TestCommand>
{
    public TestCommandValidator()
    {
        RuleFor(command => command.Email).NotEmpty();
        RuleForEach(command => command.Items).ChildRules(line => line.RuleFor(item => item.Quantity).InclusiveBetween(1, 1000));
    }
}
