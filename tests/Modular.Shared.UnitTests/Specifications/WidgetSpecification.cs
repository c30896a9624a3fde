using Modular.Shared.Application.Specifications;

namespace Modular.Shared.UnitTests.Specifications;

/// <summary>A specification whose query each test describes.</summary>
public sealed class WidgetSpecification : Specification<Widget>
{
    public WidgetSpecification(Action<ISpecificationBuilder<Widget>> describe) => describe(Query);
}
