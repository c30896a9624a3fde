namespace Modular.Shared.Application.Specifications;

/// <summary>Reads and writes aggregates; <see cref="SaveChangesAsync"/> commits them with their outbox events in one transaction.</summary>
public interface IRepository<T> : IReadRepository<T>
    where T : class
{
    void Add(T entity);

    void Remove(T entity);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
