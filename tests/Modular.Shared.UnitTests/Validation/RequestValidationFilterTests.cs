using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Web.Problems;
using Modular.Shared.Web.Validation;

namespace Modular.Shared.UnitTests.Validation;

public sealed class RequestValidationFilterTests
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton<IValidator<TestRequest>, TestRequestValidator>()
        .BuildServiceProvider();

    private int _calls;

    [Fact]
    public async Task An_invalid_request_is_answered_400_with_its_field_errors_and_the_endpoint_never_runs()
    {
        var filtered = Filter(nameof(WithRequest));

        var answer = await filtered(Invocation(Guid.NewGuid(), new TestRequest(string.Empty, [new TestLine(0)])));

        var problem = Assert.IsType<ProblemHttpResult>(answer).ProblemDetails;
        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Equal("Validation failed", problem.Title);
        var errors = Assert.IsType<List<ProblemError>>(problem.Extensions["errors"]);
        Assert.Equal(["email", "items[0].quantity"], errors.Select(error => error.Field).Order(StringComparer.Ordinal));
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task A_valid_request_reaches_the_endpoint()
    {
        var filtered = Filter(nameof(WithRequest));

        var answer = await filtered(Invocation(Guid.NewGuid(), new TestRequest("ada@example.com", [new TestLine(2)])));

        Assert.Equal("endpoint", answer);
        Assert.Equal(1, _calls);
    }

    [Fact]
    public void An_endpoint_without_a_validated_argument_gets_no_filter()
    {
        EndpointFilterDelegate next = _ => ValueTask.FromResult<object?>("endpoint");

        var filtered = RequestValidationFilter.Create(Context(nameof(WithoutRequest)), next);

        Assert.Same(next, filtered);
    }

    private static void WithRequest(Guid id, TestRequest request) => _ = (id, request);

    private static void WithoutRequest(Guid id, string? search) => _ = (id, search);

    private static EndpointFilterFactoryContext Context(string method) => new()
    {
        MethodInfo = typeof(RequestValidationFilterTests).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!,
        ApplicationServices = Services,
    };

    private static EndpointFilterInvocationContext Invocation(params object[] arguments) =>
        new DefaultEndpointFilterInvocationContext(new DefaultHttpContext { RequestServices = Services }, arguments);

    private EndpointFilterDelegate Filter(string method) =>
        RequestValidationFilter.Create(Context(method), _ =>
        {
            _calls++;
            return ValueTask.FromResult<object?>("endpoint");
        });
}
