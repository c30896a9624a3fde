namespace Modular.ArchitectureTests.Rules;

/// <summary>Persistence, HTTP and the message bus: details only Infrastructure and Api may know about.</summary>
internal static class Frameworks
{
    public const string EntityFrameworkCore = "Microsoft.EntityFrameworkCore";
    public const string AspNetCore = "Microsoft.AspNetCore";
    public const string MassTransit = "MassTransit";

    public static IReadOnlyList<string> All { get; } = [EntityFrameworkCore, AspNetCore, MassTransit];
}
