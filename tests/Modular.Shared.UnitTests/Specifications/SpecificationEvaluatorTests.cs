using Modular.Shared.Application.Specifications;
using Modular.Shared.Infrastructure.Persistence;

namespace Modular.Shared.UnitTests.Specifications;

public sealed class SpecificationEvaluatorTests
{
    private static readonly List<Widget> Widgets =
    [
        new(1, "tools", 5m, "hammer"),
        new(2, "toys", 3m, "ball"),
        new(3, "tools", 9m, "saw"),
        new(4, "toys", 7m, "kite"),
        new(5, "tools", 5m, "pliers"),
        new(6, "food", 1m, "apple"),
    ];

    [Fact]
    public void Where_keeps_only_matching_items_and_several_criteria_combine()
    {
        var spec = new WidgetSpecification(query => query.Where(w => w.Category == "tools").Where(w => w.Price > 5m));

        var ids = Evaluate(spec);

        Assert.Equal([3], ids);
    }

    [Fact]
    public void Ordering_applies_every_level_in_order_with_its_direction()
    {
        var spec = new WidgetSpecification(query => query
            .OrderBy(w => w.Category)
            .ThenByDescending(w => w.Price)
            .ThenBy(w => w.Id));

        var ids = Evaluate(spec);

        Assert.Equal([6, 3, 1, 5, 4, 2], ids);
    }

    [Fact]
    public void Descending_first_level_then_ascending_second_level()
    {
        var spec = new WidgetSpecification(query => query.OrderByDescending(w => w.Price).ThenBy(w => w.Name));

        var ids = Evaluate(spec);

        Assert.Equal([3, 4, 1, 5, 2, 6], ids);
    }

    [Fact]
    public void Without_ordering_the_source_order_is_kept()
    {
        var spec = new WidgetSpecification(_ => { });

        Assert.Equal([1, 2, 3, 4, 5, 6], Evaluate(spec));
    }

    [Fact]
    public void Paging_skips_and_takes_after_filtering_and_ordering()
    {
        var spec = new WidgetSpecification(query => query
            .Where(w => w.Category != "food")
            .OrderBy(w => w.Id)
            .Skip(2)
            .Take(2));

        var ids = Evaluate(spec);

        Assert.Equal([3, 4], ids);
    }

    [Fact]
    public void A_page_past_the_end_is_empty()
    {
        var spec = new WidgetSpecification(query => query.OrderBy(w => w.Id).Skip(6).Take(2));

        Assert.Empty(Evaluate(spec));
    }

    [Fact]
    public void Paging_is_ignored_when_not_applied_so_counts_see_every_match()
    {
        var spec = new WidgetSpecification(query => query.Where(w => w.Category == "tools").Skip(1).Take(1));

        var all = SpecificationEvaluator.Apply(Widgets.AsQueryable(), spec, applyPaging: false).Count();
        var paged = SpecificationEvaluator.Apply(Widgets.AsQueryable(), spec).Count();

        Assert.Equal(3, all);
        Assert.Equal(1, paged);
    }

    [Fact]
    public void Projection_selects_after_filtering_ordering_and_paging()
    {
        var spec = new WidgetNameSpecification(query => query
            .Where(w => w.Category == "toys" || w.Category == "tools")
            .OrderBy(w => w.Price)
            .ThenBy(w => w.Id)
            .Skip(1)
            .Take(3));

        var names = SpecificationEvaluator.Apply(Widgets.AsQueryable(), spec).ToList();

        Assert.Equal(["hammer", "pliers", "kite"], names);
    }

    [Fact]
    public void Projection_specification_without_Select_throws()
    {
        var spec = new WidgetNameSpecification(query => query.Where(w => w.Price > 0m), select: false);

        var exception = Assert.Throws<InvalidOperationException>(() => SpecificationEvaluator.Apply(Widgets.AsQueryable(), spec));
        Assert.Contains(nameof(WidgetNameSpecification), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_records_paging_and_tracking_on_the_specification()
    {
        var spec = new WidgetSpecification(query => query.Skip(20).Take(10).AsNoTracking());

        Assert.Equal(20, spec.Skip);
        Assert.Equal(10, spec.Take);
        Assert.True(spec.AsNoTracking);
    }

    private static List<int> Evaluate(ISpecification<Widget> spec) =>
        SpecificationEvaluator.Apply(Widgets.AsQueryable(), spec).Select(w => w.Id).ToList();
}
