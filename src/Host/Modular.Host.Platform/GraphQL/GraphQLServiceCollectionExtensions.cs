using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Platform.Json;
using Modular.Shared.Infrastructure.Configuration;

namespace Modular.Host.Platform.GraphQL;

internal static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// The GraphQL edge (GraphQL.NET): the schema composed from the modules' parts, the executor (fields one after the
    /// other, queries too: resolvers share the request's services), the error shapes, the guards and the serializer,
    /// which writes values with the same JSON converters as REST.
    /// </summary>
    public static IServiceCollection AddModularGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<GraphQLOptions>(configuration, GraphQLOptions.SectionName);
        services.AddSingleton<ModularSchema>();
        services.AddSingleton<IErrorInfoProvider, GraphQLErrorInfoProvider>();
        services.AddSingleton<IGraphQLTextSerializer>(provider => new GraphQLSerializer(
            options =>
            {
                // Ahead of the library's converters: the first that can convert a type is the one used.
                options.Converters.Add(new ExactNumberInputsConverter());
                var contract = new JsonSerializerOptions();
                ContractJson.Configure(contract);
                foreach (var converter in contract.Converters)
                {
                    options.Converters.Add(converter);
                }
            },
            provider.GetRequiredService<IErrorInfoProvider>()));
        services.AddSingleton<IDocumentExecuter>(_ => new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector(
            [
                new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Query),
                new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance, OperationType.Mutation),
            ]),
            []));
        services.AddSingleton<GraphQLValidationRules>();
        services.AddSingleton<GraphQLAuthRateLimit>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
