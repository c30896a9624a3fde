using Ardalis.Result;
using FluentValidation;
using Modular.Shared.Application.Messaging;
using Modular.Shared.Application.Validation;
using NSubstitute;

namespace Modular.Shared.UnitTests.Validation;

public sealed class ValidatingCommandHandlerTests
{
    private readonly ICommandHandler<TestCommand, Guid> _inner = Substitute.For<ICommandHandler<TestCommand, Guid>>();
    private readonly ValidatingCommandHandler<TestCommand, Guid> _handler;

    public ValidatingCommandHandlerTests() =>
        _handler = new ValidatingCommandHandler<TestCommand, Guid>(_inner, [new TestCommandValidator()]);

    [Fact]
    public async Task Invalid_command_is_answered_with_camelCase_fields_and_never_reaches_the_handler()
    {
        var command = new TestCommand(string.Empty, [new TestLine(1), new TestLine(0)]);

        var result = await _handler.HandleAsync(command, CancellationToken.None);

        Assert.Equal(ResultStatus.Invalid, result.Status);
        Assert.Equal(["email", "items[1].quantity"], result.ValidationErrors.Select(error => error.Identifier).Order(StringComparer.Ordinal));
        await _inner.DidNotReceiveWithAnyArgs().HandleAsync(default!, default);
    }

    [Fact]
    public async Task Valid_command_reaches_the_handler_once_and_its_result_is_passed_through()
    {
        var command = new TestCommand("ada@example.com", [new TestLine(3)]);
        var id = Guid.NewGuid();
        _inner.HandleAsync(command, Arg.Any<CancellationToken>()).Returns(Result.Success(id));

        var result = await _handler.HandleAsync(command, CancellationToken.None);

        Assert.True(result.IsSuccess);
        Assert.Equal(id, result.Value);
        await _inner.Received(1).HandleAsync(command, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Failure_of_the_handler_is_passed_through_unchanged()
    {
        var command = new TestCommand("ada@example.com", []);
        _inner.HandleAsync(command, Arg.Any<CancellationToken>()).Returns(Result<Guid>.Conflict("taken"));

        var result = await _handler.HandleAsync(command, CancellationToken.None);

        Assert.Equal(ResultStatus.Conflict, result.Status);
        Assert.Equal(["taken"], result.Errors);
    }

    [Fact]
    public async Task Without_validators_the_command_reaches_the_handler()
    {
        var command = new TestCommand(string.Empty, []);
        _inner.HandleAsync(command, Arg.Any<CancellationToken>()).Returns(Result.Success(Guid.Empty));
        var handler = new ValidatingCommandHandler<TestCommand, Guid>(_inner, Array.Empty<IValidator<TestCommand>>());

        var result = await handler.HandleAsync(command, CancellationToken.None);

        Assert.True(result.IsSuccess);
        await _inner.Received(1).HandleAsync(command, Arg.Any<CancellationToken>());
    }
}
