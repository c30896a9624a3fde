using Microsoft.AspNetCore.Builder;
using Modular.Host.Platform.Modules;
using Modular.Identity.Api;
using Modular.Users.Api;

namespace Modular.ArchitectureTests.Fixtures.Composition;

/// <summary>A host that composes one module twice and registers another behind the switch's back.</summary>
internal static class ComposesModulesDirectly
{
    public static void Compose(WebApplicationBuilder builder)
    {
        builder.AddModule<UsersModule>();
        builder.AddModule<UsersModule>();
        IdentityModule.AddServices(builder.Services, builder.Configuration);
    }
}
