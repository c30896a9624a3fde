using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.GetMe;

public sealed record GetMeQuery(Guid UserId) : IQuery<AccountSummary>;
