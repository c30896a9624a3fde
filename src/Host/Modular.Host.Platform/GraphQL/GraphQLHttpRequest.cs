using System.Text.Json;

namespace Modular.Host.Platform.GraphQL;

/// <summary>A well-formed GraphQL-over-HTTP request: the document, and the operation name, variables and extensions when sent.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);
