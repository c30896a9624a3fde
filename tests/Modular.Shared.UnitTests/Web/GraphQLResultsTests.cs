using Ardalis.Result;
using Modular.Shared.Web.GraphQL;
using Modular.Shared.Web.Results;

namespace Modular.Shared.UnitTests.Web;

/// <summary>GraphQL's codes come from the same result statuses as REST's HTTP statuses, one for one.</summary>
public sealed class GraphQLResultsTests
{
    public static TheoryData<ResultStatus, string> Codes => new()
    {
        { ResultStatus.Invalid, "BAD_USER_INPUT" },
        { ResultStatus.Unauthorized, "UNAUTHENTICATED" },
        { ResultStatus.Forbidden, "FORBIDDEN" },
        { ResultStatus.NotFound, "NOT_FOUND" },
        { ResultStatus.Conflict, "CONFLICT" },
        { ResultStatus.Unavailable, "SERVICE_UNAVAILABLE" },
        { ResultStatus.CriticalError, "INTERNAL_SERVER_ERROR" },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void CodeFor_maps_each_failed_status_to_its_code(ResultStatus status, string expected) =>
        Assert.Equal(expected, GraphQLResults.CodeFor(status));

    [Fact]
    public void Every_failed_status_rest_maps_has_a_code()
    {
        var failed = Enum.GetValues<ResultStatus>().Where(status => ResultHttpExtensions.StatusFor(status) >= 400 && status != ResultStatus.Error);

        Assert.Equal(failed.Order(), Codes.Select(row => (ResultStatus)row[0]).Order());
    }

    [Fact]
    public void The_one_unprocessable_status_takes_the_code_its_use_case_names() =>
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", GraphQLResults.CodeFor(ResultStatus.Error, GraphQLErrorCodes.IdempotencyKeyReused));

    [Fact]
    public void Invalid_carries_the_fields_in_rest_camel_case()
    {
        var result = Result<int>.Invalid(new ValidationError("Items[1].Quantity", "'Quantity' must be between 1 and 1000."));

        var error = Assert.Throws<GraphQLFieldError>(() => GraphQLResults.Value(result));

        Assert.Equal("BAD_USER_INPUT", error.Code);
        Assert.Equal("items[1].quantity", Assert.Single(error.Errors!).Field);
    }

    [Fact]
    public void A_failure_message_is_the_result_s_client_message_and_a_success_is_its_value()
    {
        var error = Assert.Throws<GraphQLFieldError>(() => GraphQLResults.Value(Result<int>.Conflict("Sku MUG-1 is taken.")));

        Assert.Equal("CONFLICT", error.Code);
        Assert.Equal("Sku MUG-1 is taken.", error.Message);
        Assert.Equal(7, GraphQLResults.Value(Result<int>.Success(7)));
    }

    [Fact]
    public void A_field_that_hides_forbidden_answers_another_users_id_exactly_as_an_unknown_one()
    {
        var forbidden = Assert.Throws<GraphQLFieldError>(() => GraphQLResults.Value(Result<int>.Forbidden(), hideForbidden: true));
        var notFound = Assert.Throws<GraphQLFieldError>(() => GraphQLResults.Value(Result<int>.NotFound("No such user."), hideForbidden: true));

        Assert.Equal(("NOT_FOUND", "NOT_FOUND"), (forbidden.Code, notFound.Code));
        Assert.Equal(notFound.Message, forbidden.Message);
    }

    [Fact]
    public void Hiding_forbidden_leaves_every_other_status_as_it_is()
    {
        Assert.Equal("FORBIDDEN", Assert.Throws<GraphQLFieldError>(() => GraphQLResults.Value(Result<int>.Forbidden())).Code);
        Assert.Equal("CONFLICT", Assert.Throws<GraphQLFieldError>(() => GraphQLResults.Value(Result<int>.Conflict(), hideForbidden: true)).Code);
        Assert.Equal(7, GraphQLResults.Value(Result<int>.Success(7), hideForbidden: true));
    }
}
