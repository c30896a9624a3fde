using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Modular.Host.Platform.OpenApi;

/// <summary>
/// The bearer requirement where the endpoint demands authentication, and an explicit empty requirement (<c>security: []</c>)
/// where it does not, so that tools do not send a token to login or registration.
/// </summary>
internal sealed class SecurityTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Security = EndpointAuthorization.IsRequired(context.Description)
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DocumentTransformer.BearerScheme, context.Document)] = [] }]
            : [];
        return Task.CompletedTask;
    }
}
