using Modular.Orders.Domain.Orders;

namespace Modular.Orders.UnitTests.Domain;

public sealed class RequestedLineTests
{
    [Fact]
    public void Lines_of_one_product_merge_into_one_with_the_summed_quantity_sorted_by_product()
    {
        var first = Guid.CreateVersion7();
        var second = Guid.CreateVersion7();

        var merged = RequestedLine.Merge([new(second, 1), new(first, 2), new(second, 4)]);

        Assert.Equal(new[] { new RequestedLine(first, 2), new RequestedLine(second, 5) }.OrderBy(line => line.ProductId), merged);
    }

    [Fact]
    public void The_merge_order_is_the_same_whatever_order_the_lines_came_in()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        var forwards = RequestedLine.Merge(ids.Select(id => new RequestedLine(id, 1)));
        var backwards = RequestedLine.Merge(ids.AsEnumerable().Reverse().Select(id => new RequestedLine(id, 1)));

        Assert.Equal(forwards, backwards);
    }
}
