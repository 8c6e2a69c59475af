namespace Enforcement.Domain.Agencies;

/// <summary>The parent links of all agencies, for questions about subordinates.</summary>
public sealed class AgencyTree
{
    private readonly Dictionary<int, int?> _parentOf;
    private readonly ILookup<int, int> _childrenOf;

    public AgencyTree(IEnumerable<(int Id, int? ParentId)> links)
    {
        _parentOf = links.ToDictionary(l => l.Id, l => l.ParentId);
        _childrenOf = _parentOf.Where(p => p.Value.HasValue).ToLookup(p => p.Value!.Value, p => p.Key);
    }

    public bool Contains(int id) => _parentOf.ContainsKey(id);

    /// <summary>The agency and every agency below it, at any depth.</summary>
    public IReadOnlyList<int> SelfAndDescendants(int id)
    {
        var result = new List<int>();
        if (!Contains(id)) return result;
        var queue = new Queue<int>([id]);
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            result.Add(next);
            foreach (var child in _childrenOf[next]) queue.Enqueue(child);
        }
        return result;
    }

    /// <summary>True when making <paramref name="newParentId"/> the parent of <paramref name="id"/> would close a loop.</summary>
    public bool WouldCreateCycle(int id, int? newParentId)
    {
        // The visited set ends the walk even if the stored links already loop elsewhere (bad data must not hang a request).
        var visited = new HashSet<int>();
        for (var p = newParentId; p.HasValue && visited.Add(p.Value); p = _parentOf.GetValueOrDefault(p.Value))
        {
            if (p.Value == id) return true;
        }
        return false;
    }
}
