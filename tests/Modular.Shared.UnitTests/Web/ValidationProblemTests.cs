using Microsoft.AspNetCore.Http;
using Modular.Shared.Web.Problems;

namespace Modular.Shared.UnitTests.Web;

/// <summary>A validation problem stays small whatever the number of invalid fields, and says how many there were.</summary>
public sealed class ValidationProblemTests
{
    [Theory]
    [InlineData(1, 1, "field 0 is invalid.")]
    [InlineData(2, 2, "2 fields are invalid.")]
    [InlineData(100, 100, "100 fields are invalid.")]
    [InlineData(101, 100, "101 fields are invalid; the first 100 are listed.")]
    [InlineData(200_001, 100, "200001 fields are invalid; the first 100 are listed.")]
    public void At_most_100_errors_are_listed(int invalid, int listed, string detail)
    {
        var errors = Enumerable.Range(0, invalid).Select(i => new ProblemError($"items[{i}].quantity", $"field {i} is invalid."));

        var problem = Problems.Validation(new DefaultHttpContext(), errors);

        Assert.Equal(detail, problem.Detail);
        var list = Assert.IsAssignableFrom<IReadOnlyList<ProblemError>>(problem.Extensions["errors"]);
        Assert.Equal(listed, list.Count);
        Assert.Equal("items[0].quantity", list[0].Field);
    }
}
