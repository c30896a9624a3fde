using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Modular.IntegrationTests.Contract;

/// <summary>Puts <see cref="ResponseContractMiddleware"/> in front of the host's whole pipeline.</summary>
internal sealed class ResponseContractStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<ResponseContractMiddleware>();
        next(app);
    };

    /// <summary>Registers the check first among the startup filters, so that it wraps every test endpoint too.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.TryAddSingleton<ServedOpenApiDocument>();
        if (!services.Any(service => service.ImplementationType == typeof(ResponseContractStartupFilter)))
        {
            services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter, ResponseContractStartupFilter>());
        }
    }
}
