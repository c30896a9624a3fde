using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Host.Platform.Errors;
using Modular.Host.Platform.RateLimiting;
using Modular.Shared.Web.GraphQL;
using Modular.Shared.Web.Problems;

namespace Modular.Host.Platform.GraphQL;

/// <summary>
/// GraphQL over HTTP: reads the request (POST JSON or GET query string), negotiates the response media type, refuses
/// before execution what must not run (a mutation over GET: 405; a spent Auth budget: 429), then validates and executes
/// the document and answers with the spec's status: a request error is 400 under
/// <c>application/graphql-response+json</c> and 200 under <c>application/json</c>; an executed operation is 200.
/// </summary>
internal sealed class GraphQLHttpHandler(
    ModularSchema schema,
    IDocumentExecuter executer,
    GraphQLValidationRules validation,
    GraphQLAuthRateLimit authLimit,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = GraphQLMediaTypes.Negotiate(context.Request);
        if (mediaType is null)
        {
            await WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var isGet = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        var read = isGet ? GraphQLRequestReader.FromQueryString(context.Request.Query) : await GraphQLRequestReader.FromBodyAsync(context.Request);
        if (read.IsUnsupportedMediaType)
        {
            await WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, "The request body must be application/json.");
            return;
        }

        if (read.IsPersistedQuery)
        {
            GraphQLTelemetry.Record(context, "unknown", name: null);
            var unsupported = new GraphQLHttpError(GraphQLErrorCodes.PersistedQueryNotSupported, "PersistedQueryNotSupported");
            await WriteRequestErrorAsync(context, new ExecutionResult { Errors = [unsupported] }, mediaType);
            return;
        }

        if (read.UnsafeTextFields.Count > 0)
        {
            GraphQLTelemetry.Record(context, "unknown", name: null);
            await WriteRequestErrorAsync(context, new ExecutionResult { Errors = [.. read.UnsafeTextFields.Select(field => new UnsafeTextError(field))] }, mediaType);
            return;
        }

        if (read.Request is not { } request)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await Problems.Result(Problems.Validation(context, read.Errors)).ExecuteAsync(context);
            return;
        }

        var (parsed, unreadable) = GraphQLDocumentReader.Read(request.Query, options.Value.MaxFragments, options.Value.MaxComplexity);
        if (parsed is not { } document)
        {
            GraphQLTelemetry.Record(context, "unknown", request.OperationName);
            await WriteRequestErrorAsync(context, new ExecutionResult { Errors = [unreadable!] }, mediaType);
            return;
        }

        var operation = GraphQLOperation.Select(document, request.OperationName);
        GraphQLTelemetry.Record(context, operation?.Type ?? "unknown", operation?.Name ?? request.OperationName);
        // A subscription over GET when the schema has none is the validation error POST would give, not a 405 sending
        // the client to a method that fails too.
        if (isGet && operation is { Definition.Operation: not OperationType.Query } && HasRoot(operation.Definition.Operation))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            await GraphQLResponses.WriteErrorAsync(
                context,
                new GraphQLHttpError(GraphQLErrorCodes.MethodNotAllowed, $"A {operation.Type} must be sent with POST; GET runs queries only."),
                mediaType,
                StatusCodes.Status405MethodNotAllowed);
            return;
        }

        var limitedFields = operation is null ? [] : authLimit.LimitedFields(schema, document, operation);
        if (limitedFields.Count > 0 && await authLimit.AttemptAsync(context) is { } refusal)
        {
            RateLimitHeaders.Write(context.Response, refusal);
            await GraphQLResponses.WriteRateLimitedAsync(context, "RateLimiting:Auth", refusal.ResetSeconds);
            return;
        }

        ExecutionResult? result = null;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables is { } variables ? serializer.ReadNode<Inputs>(variables) : null,
                Extensions = request.Extensions is { } extensions ? serializer.ReadNode<Inputs>(extensions) : null,
                ValidationRules = validation.Rules,
                RequestServices = context.RequestServices,
                User = context.User,
                UserContext = new Dictionary<string, object?>(StringComparer.Ordinal),
                CancellationToken = context.RequestAborted,
                ThrowOnUnhandledException = false,
                UnhandledExceptionDelegate = unhandled =>
                {
                    var field = string.Join('.', unhandled.FieldContext?.Path ?? []);
                    if (DependencyOutage.Identify(unhandled.OriginalException) is { } dependency)
                    {
                        // As REST's 503: an outage is not a bug, one line without a stack, and the client is told when to retry.
                        GraphQLLog.DependencyUnavailable(logger, dependency, field, unhandled.OriginalException.GetBaseException().Message);
                        context.Response.Headers.RetryAfter = DependencyOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        GraphQLLog.UnhandledField(logger, unhandled.OriginalException, field, operation?.Type ?? "unknown", operation?.Name);
                    }

                    return Task.CompletedTask;
                },
            });
        }
        finally
        {
            if (limitedFields.Count > 0)
            {
                await authLimit.SettleAsync(context, result, limitedFields);
            }
        }

        if (result.Executed)
        {
            await GraphQLResponses.WriteAsync(context, result, mediaType, StatusCodes.Status200OK);
        }
        else
        {
            await WriteRequestErrorAsync(context, result, mediaType);
        }
    }

    private bool HasRoot(OperationType type) => type == OperationType.Mutation ? schema.Mutation is not null : schema.Subscription is not null;

    /// <summary>
    /// A document that did not run: 400 under <c>application/graphql-response+json</c>, 200 under <c>application/json</c>
    /// (the spec's rule for legacy clients), whatever refused it (syntax, validation, a guard, text the contract refuses);
    /// a failure of ours is 500.
    /// </summary>
    private static Task WriteRequestErrorAsync(HttpContext context, ExecutionResult result, string mediaType)
    {
        var errors = result.Errors ?? [];
        var status = errors.Any(error => !GraphQLErrorInfoProvider.IsRequestError(error)) ? StatusCodes.Status500InternalServerError
            : mediaType == GraphQLMediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        return GraphQLResponses.WriteAsync(context, result, mediaType, status);
    }

    private static Task WriteProblemAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return Problems.Result(Problems.Create(context, status, detail)).ExecuteAsync(context);
    }
}
