namespace Modular.Shared.Web.Parameters;

/// <summary>
/// A request parameter an endpoint reads itself instead of through model binding (paging, a header), declared once:
/// its reader enforces the declared bounds, and the same declaration, in the endpoint's metadata, is what the API
/// description (the OpenAPI document) states. Name and description are the wire name and a client-facing sentence.
/// </summary>
public abstract record DeclaredParameter(string Name, string Description);
