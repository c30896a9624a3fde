// Compiled at test time with the client Kiota generates from the served document (GeneratedClient.cs): every type
// below that is not from the Kiota runtime comes from the document. If the document stopped saying what the server
// does, this would no longer compile or would throw.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Modular.Client;
using Modular.Client.Models;

namespace Modular.ClientScenario;

public static class Scenario
{
    /// <summary>Runs the main flows through the generated client and answers the steps done, in order.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(HttpClient http, string adminEmail, string adminPassword)
    {
        var steps = new List<string>();
        var tokens = new AccessTokens();
        var adapter = new HttpClientRequestAdapter(new BaseBearerTokenAuthenticationProvider(tokens), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        };
        var client = new ModularClient(adapter);

        try
        {
            await client.Api.Identity.Register.PostAsync(new RegisterRequest { Name = "Typed Client", Email = "not-an-address", Password = "short" });
            throw new InvalidOperationException("an invalid registration was accepted");
        }
        catch (ValidationProblemDetails problem)
        {
            Expect(problem.Status == 400, $"validation problem status {problem.Status}");
            Expect(!string.IsNullOrEmpty(problem.TraceId), "validation problem without traceId");
            var fields = problem.Errors!.Select(error => error.Field).ToList();
            Expect(fields.Contains("email") && fields.Contains("password"), $"validation problem fields {string.Join(",", fields)}");
            steps.Add("validation problem");
        }

        var email = $"typed-{Guid.NewGuid():N}@tests.local";
        var account = await client.Api.Identity.Register.PostAsync(new RegisterRequest { Name = "Typed Client", Email = email, Password = "typed-client-password" });
        Expect(account!.Id is Guid && account.Email == email && account.Roles!.SequenceEqual(new Role?[] { Role.User }), "registered account");
        Expect(account.CreatedAt!.Value.Offset == TimeSpan.Zero, "createdAt in UTC");
        steps.Add("register");

        var session = await client.Api.Identity.Login.PostAsync(new LoginRequest { Email = email, Password = "typed-client-password" });
        Expect(session!.TokenType == "Bearer" && session.ExpiresIn > 0 && session.User!.Id == account.Id, "login");
        steps.Add("login");

        var refreshed = await client.Api.Identity.Refresh.PostAsync(new RefreshRequest { RefreshToken = session.RefreshToken });
        Expect(refreshed!.RefreshToken != session.RefreshToken, "refresh rotates the token");
        tokens.Current = refreshed.AccessToken!;
        steps.Add("refresh");

        var me = await client.Api.Identity.Me.GetAsync();
        Expect(me!.Id == account.Id && me.Roles!.Contains(Role.User), "me");
        steps.Add("me");

        var profile = await EventuallyAsync(() => client.Api.Users[account.Id!.Value].GetAsync());
        Expect(profile!.Email == email && profile.Name == "Typed Client", "profile");
        var renamed = await client.Api.Users[account.Id!.Value].PatchAsync(new UpdateProfileRequest { Name = "Typed Client Renamed" });
        Expect(renamed!.Name == "Typed Client Renamed" && renamed.Email == email, "a partial profile update keeps the email");
        steps.Add("profile");

        tokens.Current = (await client.Api.Identity.Login.PostAsync(new LoginRequest { Email = adminEmail, Password = adminPassword }))!.AccessToken!;
        var sku = $"TYPED-{Guid.NewGuid():N}"[..24];
        var product = await client.Api.Products.PostAsync(new CreateProductRequest { Sku = sku, Name = "Typed product", Price = 12.34m, Stock = 5 });
        Expect(product!.Price == 12.34m && product.Stock == 5, "created product");
        var listed = await client.Api.Products.GetAsync(request =>
        {
            request.QueryParameters.Search = sku;
            request.QueryParameters.Page = 1;
            request.QueryParameters.Limit = 10;
        });
        Expect(listed!.Data!.Single().Id == product.Id && listed.Pagination!.Total == 1 && listed.Pagination.Pages == 1, "product list");
        Expect((await client.Api.Products[product.Id!.Value].GetAsync())!.Sku == sku, "product");
        steps.Add("products");

        tokens.Current = refreshed.AccessToken!;
        var key = $"typed-{Guid.NewGuid():N}";
        var body = new PlaceOrderRequest { Items = [new PlaceOrderItemRequest { ProductId = product.Id, Quantity = 2 }] };
        var order = await client.Api.Orders.PostAsync(body, request => request.Headers.Add("Idempotency-Key", key));
        Expect(order!.Status == OrderStatus.Pending && order.Total == 24.68m && order.UserId == account.Id, "placed order");
        var replayed = await client.Api.Orders.PostAsync(body, request => request.Headers.Add("Idempotency-Key", key));
        Expect(replayed!.Id == order.Id, "the same Idempotency-Key answers the same order");
        steps.Add("place order");

        var mine = await client.Api.Orders.GetAsync(request => request.QueryParameters.Limit = 100);
        Expect(mine!.Data!.Any(listedOrder => listedOrder.Id == order.Id), "own orders");
        var cancelled = await client.Api.Orders[order.Id!.Value].Cancel.PostAsync();
        Expect(cancelled!.Status == OrderStatus.Cancelled, "cancelled order");
        var filtered = await client.Api.Orders.GetAsync(request => request.QueryParameters.Status = OrderStatus.Cancelled);
        Expect(filtered!.Data!.All(listedOrder => listedOrder.Status == OrderStatus.Cancelled) && filtered.Data!.Any(listedOrder => listedOrder.Id == order.Id), "status filter");
        steps.Add("list and cancel orders");

        try
        {
            await client.Api.Orders[order.Id!.Value].Cancel.PostAsync();
            throw new InvalidOperationException("a cancelled order was cancelled again");
        }
        catch (ProblemDetails problem)
        {
            Expect(problem.Status == 409 && problem.Title is not null, $"second cancellation answered {problem.Status}");
            steps.Add("conflict problem");
        }

        return steps;
    }

    /// <summary>A profile is created from an event: read it until it exists (404 meanwhile), within a deadline.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                return await read();
            }
            catch (ProblemDetails problem) when (problem.Status == 404 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Unexpected: {what}.");
        }
    }

    private sealed class AccessTokens : IAccessTokenProvider
    {
        public string Current { get; set; } = string.Empty;

        public AllowedHostsValidator AllowedHostsValidator { get; } = new();

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(Current);
    }
}
