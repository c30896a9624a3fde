using Microsoft.AspNetCore.Builder;

namespace Modular.Shared.Web.Security;

public static class AllowedOriginsOnlyEndpointExtensions
{
    /// <summary>Refuses browsers of other origins (<see cref="AllowedOriginsOnly"/>), e.g. on a hub, whose WebSocket upgrade CORS does not cover.</summary>
    public static TBuilder RequireAllowedOrigin<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AllowedOriginsOnly.Instance);
}
