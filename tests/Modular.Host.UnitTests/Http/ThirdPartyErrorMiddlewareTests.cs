using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Platform.Http;

namespace Modular.Host.UnitTests.Http;

/// <summary>
/// A library's own error body (not problem+json) on a third-party endpoint becomes the contract's problem, its text the
/// detail; problems, successes and other endpoints pass unchanged.
/// </summary>
public sealed class ThirdPartyErrorMiddlewareTests
{
    private static readonly object[] Marked = [ThirdPartyEndpoint.Instance];

    [Theory]
    [InlineData(404, "text/plain;charset=utf-8", "No OpenAPI document with the name 'v2' was found.")]
    [InlineData(400, "text/plain", "Connection ID required")]
    [InlineData(500, "text/html", "<html>boom</html>")]
    [InlineData(503, null, "unavailable")]
    public async Task A_library_error_body_becomes_a_problem_with_its_text_as_detail(int status, string? contentType, string text)
    {
        var context = await InvokeAsync(Marked, Write(status, contentType, text));

        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType);
        var problem = JsonDocument.Parse(Body(context)).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(text, problem.GetProperty("detail").GetString());
        Assert.Equal("/openapi/v2.json", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task A_hub_refusal_is_a_problem_without_the_marker()
    {
        var context = await InvokeAsync([new HubMetadata(typeof(Hub))], Write(404, "text/plain", "No Connection with that ID"));

        Assert.Equal("application/problem+json", context.Response.ContentType);
        Assert.Equal("No Connection with that ID", JsonDocument.Parse(Body(context)).RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData(200, "application/json", "{\"openapi\":\"3.1.1\"}")]
    [InlineData(404, "application/problem+json", "{\"status\":404}")]
    [InlineData(400, "application/problem+json; charset=utf-8", "{\"status\":400}")]
    public async Task Successes_and_problems_pass_unchanged(int status, string contentType, string text)
    {
        var context = await InvokeAsync(Marked, Write(status, contentType, text));

        Assert.Equal(status, context.Response.StatusCode);
        Assert.Equal(contentType, context.Response.ContentType);
        Assert.Equal(text, Body(context));
    }

    [Fact]
    public async Task Other_endpoints_are_not_guarded()
    {
        var context = await InvokeAsync([], Write(404, "text/plain", "ours"));

        Assert.Equal("text/plain", context.Response.ContentType);
        Assert.Equal("ours", Body(context));
    }

    [Fact]
    public async Task Disabling_buffering_reaches_the_body_below()
    {
        var below = new RecordingBodyFeature();
        var context = NewContext(Marked);
        context.Features.Set<IHttpResponseBodyFeature>(below);

        await new ThirdPartyErrorMiddleware(http =>
        {
            http.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
            return Task.CompletedTask;
        }).InvokeAsync(context);

        Assert.True(below.BufferingDisabled);
    }

    private static RequestDelegate Write(int status, string? contentType, string text) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(text);
    };

    private static async Task<HttpContext> InvokeAsync(object[] metadata, RequestDelegate endpoint)
    {
        var context = NewContext(metadata);
        context.Response.Body = new MemoryStream();
        await new ThirdPartyErrorMiddleware(endpoint).InvokeAsync(context);
        return context;
    }

    private static DefaultHttpContext NewContext(object[] metadata)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        };
        context.Request.Path = "/openapi/v2.json";
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(metadata), "third party"));
        return context;
    }

    private static string Body(HttpContext context) => Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    private sealed class RecordingBodyFeature : IHttpResponseBodyFeature
    {
        public bool BufferingDisabled { get; private set; }

        public Stream Stream { get; } = new MemoryStream();

        public System.IO.Pipelines.PipeWriter Writer => throw new NotSupportedException();

        public void DisableBuffering() => BufferingDisabled = true;

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task CompleteAsync() => Task.CompletedTask;
    }
}
