namespace Modular.IntegrationTests.Operations;

/// <summary>A message published only so that MassTransit's meter records something.</summary>
public sealed record MetricsProbe(Guid Id);
