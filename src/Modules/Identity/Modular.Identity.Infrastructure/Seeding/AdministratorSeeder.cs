using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Modular.Identity.Application.Accounts.SeedAdministrator;
using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Infrastructure.Seeding;

/// <summary>
/// Seeds the configured administrator once the schema exists. In the background and retried, because the schema may
/// still be migrating (by this instance before it starts, or by a separate <c>migrate</c> run) when the host starts.
/// </summary>
internal sealed partial class AdministratorSeeder(
    IServiceScopeFactory scopes,
    IOptions<AdministratorOptions> options,
    TimeProvider clock,
    ILogger<AdministratorSeeder> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var administrator = options.Value;
        if (!administrator.IsConfigured)
        {
            if (!string.IsNullOrWhiteSpace(administrator.Email) || !string.IsNullOrEmpty(administrator.Password))
            {
                LogHalfConfigured();
            }

            return;
        }

        var delay = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var handler = scope.ServiceProvider.GetRequiredService<ICommandHandler<SeedAdministratorCommand, bool>>();
                var result = await handler.HandleAsync(new SeedAdministratorCommand(administrator.Email!, administrator.Password!), stoppingToken);
                LogSeeded(result.IsSuccess && result.Value);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRetry(exception, delay.TotalSeconds);
                await Task.Delay(delay, clock, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Administrator seeding: account created = {Created}")]
    private partial void LogSeeded(bool created);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Administrator seeding failed; retrying in {DelaySeconds} s")]
    private partial void LogRetry(Exception exception, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity:Admin:Email and Identity:Admin:Password must both be set to seed an administrator; nothing seeded")]
    private partial void LogHalfConfigured();
}
