using Microsoft.AspNetCore.Http;

namespace Modular.ArchitectureTests.Fixtures.References;

/// <summary>Stands for a type that uses ASP.NET Core.</summary>
internal static class ReferencesAspNetCore
{
    public static string Path(HttpContext context) => context.Request.Path;
}
