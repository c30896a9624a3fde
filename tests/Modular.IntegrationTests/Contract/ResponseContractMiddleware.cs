using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Modular.IntegrationTests.Contract;

/// <summary>
/// Outermost in every test host: a response to a documented operation is held back until it is complete, then checked
/// against the served document as the client would receive it (final headers, decompressed body). A mismatch or an
/// undocumented status throws before anything reaches the client, so the test that sent the request fails with it.
/// </summary>
internal sealed class ResponseContractMiddleware(RequestDelegate next, ServedOpenApiDocument served)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var contract = await served.ContractAsync();
        var request = context.Request;
        if (contract is null || !contract.Describes(request.Method, request.Path.Value ?? "/"))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        // Registered before any inner middleware's callback, so it runs after them all: the headers are final.
        context.Response.OnStarting(() =>
        {
            var violations = contract.Check(Observe(context, buffer.ToArray()));
            return violations.Count == 0
                ? Task.CompletedTask
                : throw new ContractViolationException(
                    "The response does not match the served OpenAPI document:" + Environment.NewLine + string.Join(Environment.NewLine, violations));
        });
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        await context.Response.StartAsync(context.RequestAborted);
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static ObservedResponse Observe(HttpContext context, byte[] body)
    {
        var response = context.Response;
        var mediaType = MediaTypeHeaderValue.TryParse(response.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        return new ObservedResponse(context.Request.Method, context.Request.Path.Value ?? "/", response.StatusCode, response.Headers, mediaType, Decode(body, response.Headers.ContentEncoding.ToString()));
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        if (body.Length == 0 || encoding is not ("br" or "gzip"))
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decompressor = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decompressor.CopyTo(output);
        return output.ToArray();
    }
}
