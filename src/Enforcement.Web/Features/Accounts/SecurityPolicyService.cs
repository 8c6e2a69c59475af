using Enforcement.Data;
using Enforcement.Data.Accounts;
using Enforcement.Domain.Accounts;
using Enforcement.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Accounts;

/// <summary>The security administrator's policy: stored (and so audited), then applied at once.</summary>
internal sealed class SecurityPolicyService(EnforcementDbContext db, SecurityPolicyStore store)
{
    public SecurityPolicy Current => store.Current;

    public async Task<Result<SecurityPolicy>> UpdateAsync(SecurityPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var problems = policy.Validate();
        if (problems.Count > 0) return new Refusal("security-policy", "policy", string.Join("；", problems));
        var row = await db.SecurityPolicies.FirstOrDefaultAsync();
        if (row is null)
        {
            row = new SecurityPolicyRow();
            db.SecurityPolicies.Add(row);
        }
        row.Apply(policy);
        await db.SaveChangesAsync();
        store.Apply(policy);
        return policy;
    }
}
