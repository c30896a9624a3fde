namespace Modular.Host.UnitTests.Json;

public enum ContractJsonStatus
{
    Pending,
    Confirmed,
}
