namespace Modular.Shared.UnitTests.Web;

public enum ContractJsonStatus
{
    Pending,
    Confirmed,
}
