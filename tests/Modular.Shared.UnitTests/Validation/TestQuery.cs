using Modular.Shared.Application.Messaging;

namespace Modular.Shared.UnitTests.Validation;

public sealed record TestQuery(string SearchTerm) : IQuery<string>;
