namespace Modular.Shared.Application.Messaging;

/// <summary>A request that reads state and answers with <typeparamref name="TResponse"/>.</summary>
public interface IQuery<TResponse>;
