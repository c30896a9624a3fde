using Modular.Shared.Application.Messaging;

namespace Modular.Shared.UnitTests.Validation;

public sealed record TestCommand(string Email, IReadOnlyList<TestLine> Items) : ICommand<Guid>;
