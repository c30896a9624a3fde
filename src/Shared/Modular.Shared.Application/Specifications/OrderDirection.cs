namespace Modular.Shared.Application.Specifications;

public enum OrderDirection
{
    Ascending,
    Descending,
}
