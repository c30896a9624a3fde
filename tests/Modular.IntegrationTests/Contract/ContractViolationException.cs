namespace Modular.IntegrationTests.Contract;

/// <summary>A response the served OpenAPI document does not describe: the test that received it fails with this.</summary>
public sealed class ContractViolationException(string message) : Exception(message);
