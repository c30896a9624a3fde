using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Shared.Kernel.Identifiers;

namespace Modular.Host.Platform.Http;

/// <summary>
/// The <c>{id:uuid}</c> route constraint every id route uses: the segment is a UUID in its canonical text form
/// (<see cref="UuidText"/>), as a JSON body's id must be. ASP.NET Core's <c>guid</c> constraint takes whatever
/// <see cref="Guid.TryParse(string?, out Guid)"/> takes (<c>{...}</c>, <c>(...)</c>, 32 digits, surrounding spaces), so
/// one resource answered at several URLs (the OpenAPI probe). Another spelling matches no route: 404.
/// </summary>
internal sealed class UuidRouteConstraint : IRouteConstraint
{
    /// <summary>The constraint's name in route templates.</summary>
    public const string Name = "uuid";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && UuidText.IsCanonical(Convert.ToString(value, CultureInfo.InvariantCulture));
}
