namespace Modular.Shared.Application.Messaging;

/// <summary>A request that changes state and answers with <typeparamref name="TResponse"/>.</summary>
public interface ICommand<TResponse>;
