using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>One connection pool for the whole process, shared by every module's DbContext.</summary>
public static class PostgresDataSource
{
    public const string ConnectionStringName = "Postgres";

    public static NpgsqlDataSource Create(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set (environment variable ConnectionStrings__{ConnectionStringName}).");
        }

        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "modular";
        return builder.Build();
    }
}
