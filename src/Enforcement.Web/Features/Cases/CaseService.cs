using System.Security.Claims;
using Enforcement.Data;
using Enforcement.Domain.Cases;
using Enforcement.Domain.Cases.Execution;
using Enforcement.Domain.Cases.Documents;
using Enforcement.Domain.Catalog;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Personnel;
using Enforcement.Web.Features.Calendar;
using Enforcement.Web.Features.Discretion;
using Enforcement.Web.Features.Parties;
using Enforcement.Web.Features.Documents;
using Enforcement.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Features.Cases;

/// <summary>
/// Cases through HTTP and pages alike: create a clue, move it through the lifecycle (the domain table decides),
/// read it. Every query runs in the caller's data scope; every move checks the version the caller read.
/// </summary>
internal sealed class CaseService(EnforcementDbContext db, CalendarService calendar, TimeProvider clock, IConfiguration configuration, NumberingService numbering, DiscretionService discretion, PartyService parties,
    Documents.CaseFile.CaseFileAssembler caseFiles, CaseRules rules)
{
    public sealed record CreateInput(string? Title, string? ItemCode, PartyKind? PartyKind, string? RegionCode, DateOnly? ViolationOn,
        DateOnly? ViolationEndedOn, bool FiveYearLimitation, CaseSource? Source);

    /// <summary>The facts a move may carry; money in yuan as the user types it, stored in fen.</summary>
    public sealed record MoveInput(int? Version, IReadOnlyList<int>? HandlerIds, string? Number, PenaltyKinds? Kinds, decimal? FineYuan,
        decimal? RecommendedMinYuan, decimal? RecommendedMaxYuan, bool? HearingRight, bool? LegalReviewRequired, bool? CollectiveDiscussionRequired,
        DateOnly? ServedOn, ServiceMethod? ServiceMethod, bool? ElectronicConsent, DateOnly? HearingNoticeOn, DateOnly? HearingOn, string? Reason, string? Note,
        DiscretionService.FactsInput? Facts = null, DateOnly? OccurredOn = null, string? PreservedItems = null, int? PreservationId = null,
        PreservationDisposition? Disposition = null, int? ExtensionDays = null, decimal? AmountYuan = null, string? Reference = null,
        IReadOnlyList<InstalmentRequest>? Instalments = null, RemedyKind? RemedyKind = null, CasePauseKind? PauseKind = null);

    /// <summary>One due date of a deferral or instalment plan, money in yuan.</summary>
    public sealed record InstalmentRequest(DateOnly? DueOn, decimal? AmountYuan);

    public sealed record StatementInput(int? Version, DateOnly? On, bool StatementReceived, bool DefenceWaived, bool HearingWaived);

    // Chinese stays readable in the stored reasoning.
    private static readonly System.Text.Json.JsonSerializerOptions TraceJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private DateOnly Today => ChinaTime.Today(clock.GetUtcNow());

    /// <summary>How many days ahead a deadline shows as due soon (Cases:ClockWarningDays, default 3).</summary>
    private int WarningDays => configuration.GetValue("Cases:ClockWarningDays", 3);

    private async Task<CaseView> ViewAsync(EnforcementCase c)
    {
        var workingDays = await calendar.CalendarAsync();
        var today = Today;
        return CaseView.From(c, CaseClocks.For(c, workingDays, rules, today, WarningDays), ExecutionView.For(c, workingDays, today),
            c.RegisteredOn is null || c.Procedure != CaseProcedure.General ? null : CaseDeadlines.Decision(c, workingDays, rules, c.DecidedOn ?? today));
    }

    /// <summary>
    /// Open cases in the caller's scope with a deadline due soon or overdue, most urgent first: the supervisor's
    /// overdue list (a supervisor's scope includes the agencies below).
    /// </summary>
    public async Task<IReadOnlyList<AttentionView>> AttentionAsync()
    {
        CaseStatus[] finished = [CaseStatus.Closed, CaseStatus.Archived, CaseStatus.NotRegistered];
        var open = await db.Cases.AsNoTracking().WithLifecycle().Where(c => !finished.Contains(c.Status)).ToListAsync();
        var workingDays = await calendar.CalendarAsync();
        return [.. open.SelectMany(c => CaseClocks.For(c, workingDays, rules, Today, WarningDays)
                .Where(k => k.NeedsAttention)
                .Select(k => new AttentionView(c.Id, c.Number, c.Title, c.AgencyId, CaseStatusNames.Name(c.Status), k)))
            .OrderBy(a => a.Clock.DaysLeft)];
    }

    public async Task<Result<CaseView>> CreateClueAsync(CreateInput input, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Title)) return Problems.Required("title", "案由");
        if (string.IsNullOrWhiteSpace(input.ItemCode)) return Problems.Required("itemCode", "执法事项");
        if (input.PartyKind is null) return Problems.Required("partyKind", "当事人类型");
        if (input.ViolationOn is null) return Problems.Required("violationOn", "违法行为发生日期");
        if (input.ViolationOn > Today) return new Refusal("case.future", "violationOn", "违法行为发生日期不能晚于今天");
        if (input.ViolationEndedOn is { } ended && (ended < input.ViolationOn || ended > Today))
        {
            return new Refusal("case.ended", "violationEndedOn", "违法行为终了日期须在发生日期与今天之间");
        }
        var region = DivisionCode.TryParse(input.RegionCode);
        if (!region.IsOk) return region.Refusal!.For("regionCode");
        var item = await ItemInForceAsync(input.ItemCode.Trim(), input.ViolationOn.Value);
        if (item is null) return new Refusal("case.item", "itemCode", $"执法事项 {input.ItemCode.Trim()} 在 {input.ViolationOn:yyyy-MM-dd} 无有效版本");
        if (PlatformClaims.AgencyId(user) is not { } agencyId || !db.Request.Scope.Allows(agencyId))
        {
            return new Refusal("case.agency", null, "只有业务人员可以登记案件", RefusalKind.Conflict);
        }

        var @case = new EnforcementCase
        {
            AgencyId = agencyId,
            Title = input.Title.Trim(),
            ItemCode = item.Code,
            ItemVersion = item.Version,
            PartyKind = input.PartyKind.Value,
            RegionCode = region.Value!.Value,
            ViolationOn = input.ViolationOn.Value,
            ViolationEndedOn = input.ViolationEndedOn,
            FiveYearLimitation = input.FiveYearLimitation,
            Source = input.Source ?? CaseSource.Inspection,
            DiscoveredOn = Today,
        };
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return await ViewAsync(@case);
    }

    public async Task<(IReadOnlyList<CaseSummaryView> Items, int Total)> ListAsync(CaseStatus? status, string? search, int page, int pageSize)
    {
        var query = db.Cases.AsNoTracking();
        if (status is { } s) query = query.Where(c => c.Status == s);
        if (!string.IsNullOrWhiteSpace(search)) query = query.Where(c => c.Title.Contains(search.Trim()) || (c.Number != null && c.Number.Contains(search.Trim())));
        var total = await query.CountAsync();
        var items = await query.OrderByDescending(c => c.Id).Skip((Math.Max(page, 1) - 1) * pageSize).Take(pageSize)
            .Select(c => new CaseSummaryView(c.Id, c.Number, c.Title, c.Procedure, c.Status, "", c.ItemCode, c.AgencyId, c.ViolationOn, c.RegisteredOn, c.Version))
            .ToListAsync();
        return ([.. items.Select(i => i with { StatusName = CaseStatusNames.Name(i.Status) })], total);
    }

    public async Task<CaseView?> GetAsync(int id)
    {
        var @case = await db.Cases.AsNoTracking().WithLifecycle().FirstOrDefaultAsync(c => c.Id == id);
        return @case is null ? null : await ViewAsync(@case);
    }

    public async Task<Result<CaseView>> MoveAsync(int id, CaseAction action, MoveInput input, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Version is null) return Problems.Required("version", "版本号");
        var money = ToFen(input);
        if (!money.IsOk) return money.Refusal!;
        var @case = await db.Cases.WithLifecycle().FirstOrDefaultAsync(c => c.Id == id);
        if (@case is null) return Problems.Missing("案件");
        if (@case.Version != input.Version) return Problems.StaleVersion;

        var (fine, min, max, amount, instalments) = money.Value;
        var command = new CaseCommand(action, Actor(user), Today)
        {
            HandlerIds = input.HandlerIds, Number = input.Number, Kinds = input.Kinds, FineFen = fine, RecommendedMinFen = min, RecommendedMaxFen = max,
            HearingRight = input.HearingRight, LegalReviewRequired = input.LegalReviewRequired, CollectiveDiscussionRequired = input.CollectiveDiscussionRequired,
            ServedOn = input.ServedOn, ServiceMethod = input.ServiceMethod, ElectronicConsent = input.ElectronicConsent,
            HearingNoticeOn = input.HearingNoticeOn, HearingOn = input.HearingOn, Reason = input.Reason, Note = input.Note,
            OccurredOn = input.OccurredOn, PreservedItems = input.PreservedItems, PreservationId = input.PreservationId, Disposition = input.Disposition,
            ExtensionDays = input.ExtensionDays, AmountFen = amount, Reference = input.Reference, Instalments = instalments, RemedyKind = input.RemedyKind,
            PauseKind = input.PauseKind,
        };
        // Approval without a typed 案号 takes the agency's next one, inside this move's transaction: a refused move
        // rolls the reservation back, so it does not use up a number.
        await using var numberTransaction = action == CaseAction.ApproveRegistration && string.IsNullOrWhiteSpace(input.Number) && @case.Number is null
            ? await db.Database.BeginTransactionAsync()
            : null;
        if (numberTransaction is not null)
        {
            var number = await numbering.ReserveAsync(@case.AgencyId, NumberSeries.Case, Today.Year);
            if (!number.IsOk) return number.Refusal!;
            command = command with { Number = number.Value };
        }
        DiscretionService.Recommendation? recommendation = null;
        if (action == CaseAction.SendNotice && input.Facts is not null)
        {
            // The recommended range comes from the benchmark, not from what the handler types (APL Art 34).
            // Where the province has no benchmark for the item yet, the notice goes ahead without a recommended range
            // (the statute's range still binds, and the missing benchmark shows in the stored reasoning).
            var facts = input.Facts;
            if (@case.PartyId is { } partyId)
            {
                // The agency's own record decides first offence and repeats, not the handler's memory (RULES §8.4).
                var record = await parties.RepeatsAsync(partyId, @case.ItemCode, @case.ViolationOn, @case.Id);
                if (!record.IsOk) return record.Refusal!;
                facts = facts with { FirstOffence = record.Value!.FirstOffence, RepeatsIn12Months = record.Value.RepeatsIn12Months };
            }
            var recommended = await discretion.RecommendAsync(new(@case.ItemCode, @case.ViolationOn, Today, facts));
            if (recommended.IsOk)
            {
                recommendation = recommended.Value;
                command = command with
                {
                    RecommendedMinFen = Money.FromYuan(recommendation!.MinYuan).Fen,
                    RecommendedMaxFen = Money.FromYuan(recommendation.MaxYuan).Fen,
                };
            }
            else if (recommended.Refusal!.Code != "discretion.no-benchmark")
            {
                return recommended.Refusal;
            }
        }
        var context = await ContextForAsync(@case, command);
        var moved = CaseLifecycle.Apply(@case, command, context, clock.GetUtcNow().UtcDateTime);
        if (!moved.IsOk) return moved.Refusal!;
        if (recommendation is not null)
        {
            @case.BenchmarkId = recommendation.BenchmarkId;
            @case.BenchmarkVersion = recommendation.BenchmarkVersion;
            @case.DiscretionTrace = System.Text.Json.JsonSerializer.Serialize(new { recommendation.Trace, recommendation.Citations, recommendation.ItemChoice, recommendation.Outcome },
                TraceJson);
        }

        if (action == CaseAction.Archive)
        {
            // The sealed case file is filed with the move and saved in the same SaveChanges: an archived case always has
            // its file, and a file that cannot be assembled (a filed document failing its hash) keeps the case unarchived.
            var sealedFile = await caseFiles.SealAsync(@case, await FindingsAsync(@case, (await EligibilityForAsync(@case, null, null)).Check), user);
            if (!sealedFile.IsOk) return sealedFile.Refusal!;
        }

        // Every move bumps the version, also one that only adds a record (a payment, a preservation) and changes no
        // column of the case: the next move must have read it.
        var version = db.Entry(@case).Property(c => c.Version);
        version.OriginalValue = input.Version.Value;
        version.CurrentValue = input.Version.Value + 1;
        version.IsModified = true;
        try
        {
            await db.SaveChangesAsync();
            if (numberTransaction is not null) await numberTransaction.CommitAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.StaleVersion;
        }
        return await ViewAsync(@case);
    }

    /// <summary>Records the party's statement, or its express waiver of statement and defence or of the hearing.</summary>
    public async Task<Result<CaseView>> RecordStatementAsync(int id, StatementInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Version is null) return Problems.Required("version", "版本号");
        if (input.On is null) return Problems.Required("on", "日期");
        var @case = await db.Cases.WithLifecycle().FirstOrDefaultAsync(c => c.Id == id);
        if (@case is null) return Problems.Missing("案件");
        if (@case.Version != input.Version) return Problems.StaleVersion;
        if (CaseStatement.Record(@case, input.On.Value, Today, input.StatementReceived, input.DefenceWaived, input.HearingWaived) is { } refused) return refused;
        db.Entry(@case).Property(c => c.Version).OriginalValue = input.Version.Value;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.StaleVersion;
        }
        return await ViewAsync(@case);
    }

    /// <summary>Decisions whose fine lies outside the benchmark's recommended range, for supervisors (in their scope).</summary>
    public async Task<IReadOnlyList<CaseSummaryView>> DeviationsAsync()
    {
        var items = await db.Cases.AsNoTracking().Where(c => c.DeviationFlagged).OrderByDescending(c => c.DecidedOn).Take(500)
            .Select(c => new CaseSummaryView(c.Id, c.Number, c.Title, c.Procedure, c.Status, "", c.ItemCode, c.AgencyId, c.ViolationOn, c.RegisteredOn, c.Version))
            .ToListAsync();
        return [.. items.Select(i => i with { StatusName = CaseStatusNames.Name(i.Status) })];
    }

    /// <summary>What the guards consult: the calendar, the rules, and the handlers' eligibility for this item's category in this region.</summary>
    private async Task<CaseContext> ContextForAsync(EnforcementCase @case, CaseCommand command)
    {
        var eligibility = await EligibilityForAsync(@case, command.HandlerIds, command.Actor.OfficerId);
        var workingDays = await calendar.CalendarAsync();
        // The self-check is only needed to archive; it reads the documents on file, so it is computed only then.
        var findings = command.Action == CaseAction.Archive ? await FindingsAsync(@case, eligibility.Check) : [];
        return new CaseContext(workingDays, rules, eligibility.Check, eligibility.QualifiedReviewer, _ => findings);
    }

    /// <summary>The pre-archive self-check of a case in the caller's scope (null when out of scope).</summary>
    public async Task<IReadOnlyList<string>?> SelfCheckAsync(int id)
    {
        var @case = await db.Cases.AsNoTracking().WithLifecycle().FirstOrDefaultAsync(c => c.Id == id);
        if (@case is null) return null;
        var eligibility = await EligibilityForAsync(@case, null, null);
        return await FindingsAsync(@case, eligibility.Check);
    }

    private async Task<IReadOnlyList<string>> FindingsAsync(EnforcementCase @case, Func<int, DateOnly, EligibilityResult> eligibility)
    {
        var documents = (await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == @case.Id).Select(d => d.Kind).ToListAsync()).ToHashSet();
        var clocks = CaseClocks.For(@case, await calendar.CalendarAsync(), rules, Today, WarningDays);
        return CaseFileCheck.Findings(@case, documents, clocks, eligibility);
    }

    /// <summary>Each officer's eligibility for this case's item category and region, and whether a reviewer is qualified.</summary>
    private async Task<(Func<int, DateOnly, EligibilityResult> Check, Func<int, bool> QualifiedReviewer)> EligibilityForAsync(
        EnforcementCase @case, IReadOnlyList<int>? proposedHandlers, int? actor)
    {
        var officerIds = @case.HandlerIds.Concat(proposedHandlers ?? []).Append(actor ?? 0).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id);
        var certificates = (await db.Certificates.AsNoTracking().Where(c => officerIds.Contains(c.OfficerId)).ToListAsync()).ToLookup(c => c.OfficerId);
        var category = (await ItemInForceAsync(@case.ItemCode, @case.ViolationOn))?.Category ?? EnforcementCategory.None;
        var region = DivisionCode.Parse(@case.RegionCode);
        return (
            (officerId, on) => officers.TryGetValue(officerId, out var officer)
                ? ActingEligibility.Check(officer, certificates[officerId], category, region, on)
                : EligibilityResult.No("unknown-officer", $"人员 {officerId} 不存在或不在本机构"),
            officerId => officers.TryGetValue(officerId, out var officer) && officer.IsLegalReviewer && officer.LegalQualificationNumber is not null);
    }

    private async Task<EnforcementItem?> ItemInForceAsync(string code, DateOnly on) =>
        (await db.EnforcementItems.AsNoTracking().Where(i => i.Code == code).ToListAsync()).FirstOrDefault(i => i.InForceOn(on));

    private static CaseActor Actor(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.Name) ?? "", PlatformClaims.OfficerId(user), [.. user.FindAll(ClaimTypes.Role).Select(r => r.Value)]);

    /// <summary>The 加处罚款 of a served fine as of a day (today when not given), with its computation; null when out of scope.</summary>
    public async Task<Result<SurchargeView>?> SurchargeAsync(int id, DateOnly? asOf)
    {
        var @case = await db.Cases.AsNoTracking().WithLifecycle().FirstOrDefaultAsync(c => c.Id == id);
        if (@case is null) return null;
        var workingDays = await calendar.CalendarAsync();
        if (ExecutionRules.Schedule(@case, workingDays) is null) return new Refusal("case.no-served-fine", null, "本案没有已送达的罚款决定", RefusalKind.Conflict);
        var day = asOf ?? Today;
        return new SurchargeView(ExecutionRules.SurchargeAsOf(@case, workingDays, day), ExecutionRules.Owed(@case, workingDays, day), ExecutionRules.Paid(@case, day));
    }

    private static Result<(long? Fine, long? Min, long? Max, long? Amount, IReadOnlyList<InstalmentInput>? Instalments)> ToFen(MoveInput input)
    {
        static Result<long?> Convert(decimal? yuan, string field)
        {
            if (yuan is null) return (long?)null;
            var money = Money.TryFromYuan(yuan.Value);
            return money.IsOk ? money.Value.Fen : money.Refusal!.For(field);
        }
        var fine = Convert(input.FineYuan, "fineYuan");
        if (!fine.IsOk) return fine.Refusal!;
        var min = Convert(input.RecommendedMinYuan, "recommendedMinYuan");
        if (!min.IsOk) return min.Refusal!;
        var max = Convert(input.RecommendedMaxYuan, "recommendedMaxYuan");
        if (!max.IsOk) return max.Refusal!;
        var amount = Convert(input.AmountYuan, "amountYuan");
        if (!amount.IsOk) return amount.Refusal!;
        List<InstalmentInput>? instalments = null;
        foreach (var requested in input.Instalments ?? [])
        {
            if (requested.DueOn is not { } due) return Problems.Required("instalments", "每期缴纳期限");
            if (requested.AmountYuan is not { } yuan) return Problems.Required("instalments", "每期缴纳金额");
            var fen = Convert(yuan, "instalments");
            if (!fen.IsOk) return fen.Refusal!;
            (instalments ??= []).Add(new InstalmentInput(due, fen.Value!.Value));
        }
        return (fine.Value, min.Value, max.Value, amount.Value, instalments);
    }
}
