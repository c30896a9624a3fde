using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Modular.Shared.Infrastructure.Configuration;
using Modular.Shared.Infrastructure.Redis;
using Modular.Shared.Infrastructure.Serialization;
using Modular.Shared.Web.Hubs;
using StackExchange.Redis;

namespace Modular.Notifications.Api.Hubs;

internal static class NotificationsHubRegistration
{
    /// <summary>SignalR with the contract's JSON (camelCase, UTC timestamps with Z), users by <c>sub</c>, and the Redis backplane.</summary>
    public static IServiceCollection AddNotificationsHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<NotificationsOptions>(configuration, NotificationsOptions.SectionName);
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();

        services.AddSignalR()
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new UtcDateTimeOffsetConverter()))
            .AddStackExchangeRedis()
            .AddInactiveAccountClosing();
        services.AddSingleton<BackplaneRestoredReconnect>();
        services.AddOptions<RedisOptions>().Configure<IOptions<NotificationsOptions>, BackplaneRestoredReconnect>((redis, notifications, reconnect) =>
        {
            redis.Configuration = BackplaneConfiguration(configuration, notifications.Value);
            // As the library's own factory connects, and watched: see BackplaneRestoredReconnect.
            redis.ConnectionFactory = async log =>
            {
                var backplane = await ConnectionMultiplexer.ConnectAsync(redis.Configuration, log);
                reconnect.Watch(backplane);
                return backplane;
            };
        });
        return services;
    }

    private static ConfigurationOptions BackplaneConfiguration(IConfiguration configuration, NotificationsOptions notifications)
    {
        // Redis being away must not take the host down; meanwhile a push fails (its event is retried) and a new hub
        // connection is refused; HTTP keeps serving.
        var options = RedisConfiguration.From(configuration, maxConnectTimeoutMilliseconds: 5000);
        options.ChannelPrefix = RedisChannel.Literal(notifications.RedisChannelPrefix);
        return options;
    }
}
