using Modular.Shared.Application.Messaging;

namespace Modular.Identity.Application.Accounts.GetMe;

internal sealed record GetMeQuery(Guid UserId) : IQuery<AccountSummary>;
