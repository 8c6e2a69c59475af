using Enforcement.Data;
using Enforcement.Domain.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Platform;

/// <summary>
/// The agency tree in memory: every scoped query needs it, and agencies change rarely. Writers of agencies call
/// <see cref="Invalidate"/>; the next reader reloads.
/// </summary>
internal sealed class AgencyTreeCache(IServiceScopeFactory scopes)
{
    private volatile AgencyTree? _tree;

    public AgencyTree Get()
    {
        var tree = _tree;
        if (tree is not null) return tree;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        // Agencies carry no scope filter, so this query does not ask for the scope it is computing.
        var links = db.Agencies.AsNoTracking().Select(a => new { a.Id, a.ParentId }).ToList();
        tree = new AgencyTree(links.Select(l => (l.Id, l.ParentId)));
        _tree = tree;
        return tree;
    }

    public void Invalidate() => _tree = null;
}
