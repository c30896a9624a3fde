using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Infrastructure.Configuration;

namespace Modular.Host.Platform.OpenApi;

internal static class OpenApiServiceCollectionExtensions
{
    public const string DocumentName = "v1";

    /// <summary>
    /// The OpenAPI 3.1 document of the mapped endpoints (so a module that is not composed contributes nothing), made exact
    /// by transformers: types and formats the JSON rules imply, request bounds read from the same FluentValidation
    /// validators the edge runs, the parameters endpoints read themselves, every status with its problem schema and
    /// headers, and security per operation (docs/adr).
    /// </summary>
    public static IServiceCollection AddModularOpenApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<OpenApiSettings, OpenApiSettingsValidator>(configuration, OpenApiSettings.SectionName);
        services.AddOpenApi(DocumentName, options =>
        {
            options.CreateSchemaReferenceId = type => type.Type == typeof(HttpValidationProblemDetails)
                ? ProblemSchemas.ValidationProblemName
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
            options.AddDocumentTransformer<DocumentTransformer>();
            options.AddSchemaTransformer<ContractSchemaTransformer>();
            options.AddSchemaTransformer<RequestRulesSchemaTransformer>();
            options.AddOperationTransformer<ParametersTransformer>();
            options.AddOperationTransformer<ResponsesTransformer>();
            options.AddOperationTransformer<SecurityTransformer>();
        });
        return services;
    }
}
