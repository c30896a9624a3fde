namespace Modular.Identity.Infrastructure.AccountStates;

/// <summary>An active account as the rebuild of the published states reads it: its id and its roles version (ADR 0041).</summary>
internal sealed record ActiveAccount(Guid Id, int RolesVersion);
