namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>
/// Names the PostgreSQL NOTIFY channel of a module's outbox. A statement trigger on the outbox table
/// notifies at commit, so every instance's relay wakes as soon as a transaction with events commits.
/// </summary>
public static class OutboxNotifications
{
    public static string Channel(string schema) => $"outbox_{schema}";

    /// <summary>SQL for a module's migration: the trigger that notifies the relay of new rows.</summary>
    public static string CreateTriggerSql(string schema) =>
        $"""
         CREATE OR REPLACE FUNCTION "{schema}".notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             PERFORM pg_notify('{Channel(schema)}', '');
             RETURN NULL;
         END;
         $$;
         CREATE TRIGGER outbox_messages_notify AFTER INSERT ON "{schema}".{OutboxMessageConfiguration.TableName}
             FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".notify_outbox();
         """;

    public static string DropTriggerSql(string schema) =>
        $"""
         DROP TRIGGER IF EXISTS outbox_messages_notify ON "{schema}".{OutboxMessageConfiguration.TableName};
         DROP FUNCTION IF EXISTS "{schema}".notify_outbox();
         """;
}
