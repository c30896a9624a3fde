namespace Modular.IntegrationTests.Operations;

public sealed record TestReply(string Text);
