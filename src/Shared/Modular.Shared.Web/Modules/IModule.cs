using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Modular.Shared.Web.Modules;

/// <summary>
/// A module as a host composes it: its name in <c>Modules:Enabled</c>, one call that registers everything it runs, and
/// one that maps its endpoints. A host hands each module to the platform's <c>AddModule&lt;TModule&gt;()</c>, which
/// calls both only when the module is enabled, so a module that is off contributes nothing: whatever a module runs
/// (use cases, event handlers and their queues, its DbContext and with it its migrations, outbox relay and readiness
/// check, background jobs, options, GraphQL fields) must be registered by <see cref="AddServices"/>, and whatever it
/// answers (REST endpoints and their OpenAPI operations, hubs) mapped by <see cref="MapEndpoints"/>.
/// </summary>
public interface IModule
{
    /// <summary>The module's name in <c>Modules:Enabled</c> (matched case-insensitively), e.g. <c>Orders</c>.</summary>
    static abstract string Name { get; }

    /// <summary>Registers the module's services; called once, before the application is built, only when it is enabled.</summary>
    static abstract void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's endpoints; called once, after the platform's middleware, only when it is enabled.</summary>
    static abstract void MapEndpoints(IEndpointRouteBuilder endpoints);
}
