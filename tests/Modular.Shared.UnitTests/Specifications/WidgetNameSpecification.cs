using Modular.Shared.Application.Specifications;

namespace Modular.Shared.UnitTests.Specifications;

/// <summary>Projects widgets to their names; without <c>select</c> it forgets its projection.</summary>
public sealed class WidgetNameSpecification : Specification<Widget, string>
{
    public WidgetNameSpecification(Action<ISpecificationBuilder<Widget>> describe, bool select = true)
    {
        describe(Query);
        if (select)
        {
            Select(widget => widget.Name);
        }
    }
}
