using Modular.Shared.Web.Problems;

namespace Modular.Shared.UnitTests.Web;

public sealed class ProblemTypesTests
{
    [Fact]
    public void Every_status_has_one_non_empty_title_the_same_on_every_call()
    {
        for (var status = 400; status < 600; status++)
        {
            Assert.False(string.IsNullOrWhiteSpace(ProblemTypes.Title(status)), $"{status}");
            Assert.Same(ProblemTypes.Title(status), ProblemTypes.Title(status));
            Assert.Equal($"https://httpstatuses.io/{status}", ProblemTypes.Uri(status));
        }
    }

    [Theory]
    [InlineData(400, "Validation failed")]
    [InlineData(404, "Not found")]
    [InlineData(415, "Unsupported media type")]
    [InlineData(422, "Unprocessable content")]
    [InlineData(503, "Service unavailable")]
    public void The_contracts_titles(int status, string title) => Assert.Equal(title, ProblemTypes.Title(status));
}
