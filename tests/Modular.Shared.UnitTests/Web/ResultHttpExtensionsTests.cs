using Ardalis.Result;
using Modular.Shared.Web.Results;

namespace Modular.Shared.UnitTests.Web;

public sealed class ResultHttpExtensionsTests
{
    public static TheoryData<ResultStatus, int> StatusCodes => new()
    {
        { ResultStatus.Ok, 200 },
        { ResultStatus.Created, 201 },
        { ResultStatus.NoContent, 204 },
        { ResultStatus.Invalid, 400 },
        { ResultStatus.Unauthorized, 401 },
        { ResultStatus.Forbidden, 403 },
        { ResultStatus.NotFound, 404 },
        { ResultStatus.Conflict, 409 },
        { ResultStatus.Error, 422 },
        { ResultStatus.CriticalError, 500 },
        { ResultStatus.Unavailable, 503 },
    };

    [Theory]
    [MemberData(nameof(StatusCodes))]
    public void StatusFor_maps_each_result_status_to_its_http_code(ResultStatus status, int expected) =>
        Assert.Equal(expected, ResultHttpExtensions.StatusFor(status));

    [Fact]
    public void Every_result_status_has_a_row_in_the_table()
    {
        var covered = StatusCodes.Select(row => (ResultStatus)row[0]).Order();

        Assert.Equal(Enum.GetValues<ResultStatus>().Order(), covered);
    }
}
