using Microsoft.AspNetCore.Http;

namespace Modular.IntegrationTests.Contract;

/// <summary>An answer as the client receives it: status, final headers and the (decoded) body.</summary>
internal sealed record ObservedResponse(string Method, string Path, int Status, IHeaderDictionary Headers, string? MediaType, byte[] Body);
