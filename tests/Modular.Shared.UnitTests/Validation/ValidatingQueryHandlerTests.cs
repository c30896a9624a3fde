using Ardalis.Result;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Validation;
using NSubstitute;

namespace Modular.Shared.UnitTests.Validation;

public sealed class ValidatingQueryHandlerTests
{
    private readonly IQueryHandler<TestQuery, string> _inner = Substitute.For<IQueryHandler<TestQuery, string>>();
    private readonly ValidatingQueryHandler<TestQuery, string> _handler;

    public ValidatingQueryHandlerTests() =>
        _handler = new ValidatingQueryHandler<TestQuery, string>(_inner, [new TestQueryValidator()]);

    [Fact]
    public async Task Invalid_query_is_answered_with_camelCase_fields_and_never_reaches_the_handler()
    {
        var result = await _handler.HandleAsync(new TestQuery("far too long"), CancellationToken.None);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal("searchTerm", Assert.Single(result.ValidationErrors).Identifier);
        await _inner.DidNotReceiveWithAnyArgs().HandleAsync(default!, default);
    }

    [Fact]
    public async Task Valid_query_reaches_the_handler_once_and_its_result_is_passed_through()
    {
        var query = new TestQuery("ada");
        _inner.HandleAsync(query, Arg.Any<CancellationToken>()).Returns(Result.Success("found"));

        var result = await _handler.HandleAsync(query, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal("found", result.Value);
        await _inner.Received(1).HandleAsync(query, Arg.Any<CancellationToken>());
    }
}
