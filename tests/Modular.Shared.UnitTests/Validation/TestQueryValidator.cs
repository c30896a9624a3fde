using FluentValidation;

namespace Modular.Shared.UnitTests.Validation;

public sealed class TestQueryValidator : AbstractValidator<TestQuery>
{
    public TestQueryValidator() => RuleFor(query => query.SearchTerm).MaximumLength(5);
}
