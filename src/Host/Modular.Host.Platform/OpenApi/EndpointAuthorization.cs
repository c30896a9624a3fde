using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Modular.Host.Platform.OpenApi;

internal static class EndpointAuthorization
{
    /// <summary>Whether the endpoint demands an authenticated caller, read from the same metadata the authorization middleware reads.</summary>
    public static bool IsRequired(ApiDescription description)
    {
        var metadata = description.ActionDescriptor.EndpointMetadata;
        return metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
    }
}
