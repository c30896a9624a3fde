using Ardalis.Result;
using Modular.Orders.Application.Abstractions;
using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Infrastructure.Persistence;

/// <summary>Decorates the handler of every <see cref="ITransactionalCommand{TResponse}"/>: the handler runs inside <see cref="OrdersTransaction"/>.</summary>
internal sealed class TransactionalCommandHandler<TCommand, TResponse>(ICommandHandler<TCommand, TResponse> inner, OrdersTransaction transaction)
    : ICommandHandler<TCommand, TResponse>
    where TCommand : ITransactionalCommand<TResponse>
{
    public Task<Result<TResponse>> HandleAsync(TCommand command, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(token => inner.HandleAsync(command, token), cancellationToken);
}
