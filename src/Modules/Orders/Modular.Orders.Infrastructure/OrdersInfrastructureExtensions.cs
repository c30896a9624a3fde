using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Orders.Infrastructure.Events;
using Modular.Orders.Infrastructure.Persistence;
using Modular.Shared.Infrastructure.Modules;

namespace Modular.Orders.Infrastructure;

public static class OrdersInfrastructureExtensions
{
    public static IServiceCollection AddOrdersInfrastructure(this IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleInfrastructure<OrdersDbContext, OrdersIntegrationEventMapper>(
            configuration,
            OrdersModuleInfo.Name,
            OrdersModuleInfo.Schema,
            IntegrationEvents.AssemblyReference.Assembly,
            Application.AssemblyReference.Assembly);
}
