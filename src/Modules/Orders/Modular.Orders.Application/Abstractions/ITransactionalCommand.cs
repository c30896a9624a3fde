using Modular.Shared.Application.Messaging;

namespace Modular.Orders.Application.Abstractions;

/// <summary>
/// A command whose handler runs in one database transaction of the Orders module: committed when the handler answers
/// success, rolled back when it answers a failure or throws. A deadlock or serialization failure reruns the whole
/// handler on a clean slate, so it must read everything it decides on inside the transaction. Inside an ambient
/// transaction (an inbox consumer's) the handler joins it instead.
/// </summary>
internal interface ITransactionalCommand<TResponse> : ICommand<TResponse>;
