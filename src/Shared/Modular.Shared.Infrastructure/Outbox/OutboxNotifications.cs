namespace Modular.Shared.Infrastructure.Outbox;

/// <summary>
/// The NOTIFY trigger that woke the relays of every instance when outbox rows committed, for the migrations only: each
/// module's first migration creates it and a later one drops it (ADR 0035). Every commit that notifies takes
/// PostgreSQL's global notify lock through its WAL flush, so the commits of all transactions with events queued behind one
/// another; the relay of the writing process is now woken in memory (<see cref="OutboxCommitSignal"/>). A new module
/// creates no trigger.
/// </summary>
public static class OutboxNotifications
{
    /// <summary>SQL of a migration that restores the trigger (its <c>Down</c>), or of a module's first migration.</summary>
    public static string CreateTriggerSql(string schema) =>
        $"""
         CREATE OR REPLACE FUNCTION "{schema}".notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN
             PERFORM pg_notify('outbox_{schema}', '');
             RETURN NULL;
         END;
         $$;
         CREATE TRIGGER outbox_messages_notify AFTER INSERT ON "{schema}".{OutboxMessageConfiguration.TableName}
             FOR EACH STATEMENT EXECUTE FUNCTION "{schema}".notify_outbox();
         """;

    /// <summary>SQL of the migration that removes the trigger and its function; harmless where they are already gone.</summary>
    public static string DropTriggerSql(string schema) =>
        $"""
         DROP TRIGGER IF EXISTS outbox_messages_notify ON "{schema}".{OutboxMessageConfiguration.TableName};
         DROP FUNCTION IF EXISTS "{schema}".notify_outbox();
         """;
}
