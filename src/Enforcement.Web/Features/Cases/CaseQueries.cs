using Enforcement.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Cases;

internal static class CaseQueries
{
    /// <summary>
    /// A case with everything its guards, clocks and execution rules read: history, preservations, pauses, payments, the
    /// payment plan and remedies. Split queries, so the child lists do not multiply each other's rows.
    /// </summary>
    public static IQueryable<EnforcementCase> WithLifecycle(this IQueryable<EnforcementCase> cases) =>
        cases.Include(c => c.History).Include(c => c.Preservations).Include(c => c.Pauses).Include(c => c.Payments).Include(c => c.Instalments).Include(c => c.Remedies)
            .AsSplitQuery();
}
