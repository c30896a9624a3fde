using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Modular.Shared.Web.Hubs;

namespace Modular.Shared.UnitTests.Hubs;

public sealed class NegotiatedElsewhereHandlingTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly NegotiatedConnections _negotiated;
    private readonly NegotiatedElsewhereHandling _handling;

    public NegotiatedElsewhereHandlingTests()
    {
        _negotiated = new NegotiatedConnections(_time);
        _handling = new NegotiatedElsewhereHandling(_negotiated);
    }

    [Theory]
    [InlineData("""{"negotiateVersion":1,"connectionId":"public-id","connectionToken":"secret-token","availableTransports":[]}""", "secret-token")]
    [InlineData("""{"connectionId":"version-zero-id","availableTransports":[]}""", "version-zero-id")]
    public async Task Negotiate_remembers_the_token_a_client_sends_back_and_passes_the_answer_on_unchanged(string answer, string token)
    {
        var context = Context(upgrade: false, query: "");
        var sent = new MemoryStream();
        context.Response.Body = sent;

        await _handling.NegotiateAsync(context, Answer(StatusCodes.Status200OK, answer));

        Assert.True(_negotiated.Knows(token));
        Assert.Equal(answer, Encoding.UTF8.GetString(sent.ToArray()));
        Assert.Same(sent, context.Response.Body);
    }

    [Theory]
    [InlineData(StatusCodes.Status200OK, """{"error":"Negotiation failed"}""")]
    [InlineData(StatusCodes.Status200OK, "not json")]
    [InlineData(StatusCodes.Status405MethodNotAllowed, """{"connectionToken":"refused"}""")]
    public async Task A_negotiate_answer_without_a_token_remembers_nothing_and_still_reaches_the_client(int status, string answer)
    {
        var context = Context(upgrade: false, query: "");
        var sent = new MemoryStream();
        context.Response.Body = sent;

        await _handling.NegotiateAsync(context, Answer(status, answer));

        Assert.Equal(0, _negotiated.Count);
        Assert.Equal(answer, Encoding.UTF8.GetString(sent.ToArray()));
    }

    [Fact]
    public async Task A_websocket_with_a_token_negotiated_elsewhere_reaches_SignalR_without_it_and_keeps_its_other_parameters()
    {
        var context = Context(upgrade: true, query: "?id=negotiated-on-another-instance&access_token=abc.def");

        var seen = await ConnectAsync(context);

        Assert.False(seen.ContainsKey("id"));
        Assert.Equal("abc.def", seen["access_token"]);
    }

    [Fact]
    public async Task A_websocket_with_a_token_of_this_process_reaches_SignalR_as_it_came()
    {
        _negotiated.Remember("negotiated-here");
        var context = Context(upgrade: true, query: "?id=negotiated-here&access_token=abc.def");

        var seen = await ConnectAsync(context);

        Assert.Equal("negotiated-here", seen["id"]);
    }

    [Theory]
    [InlineData(false, "?id=negotiated-elsewhere")] // server-sent events and long polling need their connection: SignalR answers 404
    [InlineData(true, "?id=")]
    public async Task Other_requests_reach_SignalR_as_they_came(bool upgrade, string query)
    {
        var context = Context(upgrade, query);

        var seen = await ConnectAsync(context);

        Assert.True(seen.ContainsKey("id"));
    }

    [Fact]
    public async Task A_token_is_forgotten_after_its_lifetime_and_then_taken_for_another_instances()
    {
        _negotiated.Remember("negotiated-here");
        _time.Advance(NegotiatedConnections.Lifetime - TimeSpan.FromSeconds(1));
        Assert.True(_negotiated.Knows("negotiated-here"));

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.False(_negotiated.Knows("negotiated-here"));
        Assert.False((await ConnectAsync(Context(upgrade: true, query: "?id=negotiated-here"))).ContainsKey("id"));
    }

    [Fact]
    public void Expired_tokens_are_swept_when_a_later_negotiate_is_remembered()
    {
        foreach (var index in Enumerable.Range(0, 50))
        {
            _negotiated.Remember($"old-{index}");
        }

        _time.Advance(NegotiatedConnections.Lifetime);
        _negotiated.Remember("new");

        Assert.Equal(1, _negotiated.Count);
        Assert.True(_negotiated.Knows("new"));
    }

    private async Task<IQueryCollection> ConnectAsync(HttpContext context)
    {
        IQueryCollection? seen = null;
        await _handling.ConnectAsync(context, reached =>
        {
            seen = reached.Request.Query;
            return Task.CompletedTask;
        });
        return seen ?? throw new InvalidOperationException("SignalR was not reached.");
    }

    private static RequestDelegate Answer(int status, string body) => async context =>
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsync(body);
    };

    private static DefaultHttpContext Context(bool upgrade, string query)
    {
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(typeof(ILogger<>), typeof(NullLogger<>)).BuildServiceProvider(),
        };
        context.Request.Path = "/hubs/notifications";
        context.Request.QueryString = new QueryString(query);
        if (upgrade)
        {
            context.Features.Set<IHttpUpgradeFeature>(new Upgradable());
        }

        return context;
    }

    private sealed class Upgradable : IHttpUpgradeFeature
    {
        public bool IsUpgradableRequest => true;

        public Task<Stream> UpgradeAsync() => throw new NotSupportedException();
    }
}
