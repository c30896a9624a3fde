using Microsoft.Extensions.DependencyInjection;

namespace Modular.Host.Platform.OpenApi;

internal static class OpenApiServiceCollectionExtensions
{
    public const string DocumentName = "v1";

    /// <summary>The OpenAPI 3 document of every endpoint, with bearer security and the contract's problem responses.</summary>
    public static IServiceCollection AddModularOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
        });
        return services;
    }
}
