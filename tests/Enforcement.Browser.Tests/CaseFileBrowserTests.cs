namespace Enforcement.Browser.Tests;

/// <summary>A general-procedure case from 立案 to 归档 in the browser, with the documents its path requires.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CaseFileBrowserTests(BrowserHost host)
{
    [Fact]
    public async Task OverLimitCase_WithAWarning_GoesFromClueToArchive_WithItsDocumentsHashed_AndACleanSelfCheck()
    {
        var flow = await CaseFlow.SignInAsync(host);
        var live = Live.Watch(flow.Officer);
        var plate = CaseFlow.Plate();
        var party = "马" + Guid.NewGuid().ToString("N")[..4];

        await flow.RecordClueAsync($"{plate}车货总质量超过限定标准违法超限运输", "GL-LZ-002", daysAgo: 2);
        await flow.RecordPartyAsync(party, CaseFlow.ResidentId());
        await flow.RecordVehicleAsync(plate, "Yellow");
        await flow.GenerateAsync(flow.Officer, "SiteRecord", "现场笔录");
        await flow.RegisterAsync("冯晨", "沈玉");
        await flow.GenerateAsync(flow.Officer, "RegistrationForm", "立案登记表");
        await flow.GenerateAsync(flow.Officer, "InquiryRecord", "询问笔录");
        await flow.ConcludeAsync();

        // 800 kg over the limit: the benchmark recommends a warning only (62号令 Art 43), and the stored notice says so.
        await flow.NoticeWithWarningAsync(live, overLimitKg: 800);
        var noticed = await flow.CaseJsonAsync();
        Assert.Equal("63-GL-LZ-002", noticed.GetProperty("benchmarkId").GetString());
        Assert.Equal("Warning", noticed.GetProperty("proposedKinds").GetString());
        await flow.GenerateAsync(flow.Officer, "ViolationNotice", "违法行为通知书");

        await flow.WaiveStatementAsync();
        await flow.DecideWarningAsync();
        await flow.GenerateAsync(flow.Officer, "PenaltyDecision", "行政处罚决定书");
        await flow.ServeAsync();
        await flow.GenerateAsync(flow.Officer, "ServiceReceipt", "送达回证");
        await flow.GenerateAsync(flow.Officer, "ClosingReport", "结案报告");
        await flow.CloseAsync();

        await flow.Officer.GotoAsync(flow.CaseUrl);
        Assert.Contains("未发现问题", await CaseFlow.TextAsync(flow.Officer, "#self-check"), StringComparison.Ordinal);
        var documents = await flow.DocumentsOnFileAsync(flow.Officer);
        Assert.Equal(
            ["ClosingReport", "InquiryRecord", "PenaltyDecision", "RegistrationForm", "ServiceReceipt", "SiteRecord", "ViolationNotice"],
            documents.Keys.Order(StringComparer.Ordinal));
        Assert.All(documents.Values, sha => Assert.Matches("^[0-9a-f]{64}$", sha));

        await flow.ArchiveAsync();
        var archived = await flow.CaseJsonAsync();
        Assert.Equal("Archived", archived.GetProperty("status").GetString());
        Assert.Equal(0, archived.GetProperty("allowedMoves").GetArrayLength());
        Assert.Equal(0, await flow.Head.Locator("#moves form").CountAsync());
        Assert.Equal(0, await flow.Head.Locator("#document-kinds form").CountAsync());
        // 提交立案审批, 批准立案, 调查终结, 告知, 陈述申辩期满, 决定, 送达, 结案, 归档.
        Assert.Equal(9, await flow.Head.Locator("#timeline li").CountAsync());
        Assert.Contains("已结案 → 已归档", await CaseFlow.TextAsync(flow.Head, "#timeline li:last-child"), StringComparison.Ordinal);
        // Archiving sealed the case file (电子案卷) beside the documents, which stay as they were.
        var sealedFiles = await flow.DocumentsOnFileAsync(flow.Head);
        Assert.Matches("^[0-9a-f]{64}$", sealedFiles["CaseFile"]);
        Assert.Equal(documents, sealedFiles.Where(d => d.Key != "CaseFile").ToDictionary());

        // The party's page lists the case, archived, and the vehicle; the ID number stays masked.
        await flow.Officer.GotoAsync($"/parties?q={Uri.EscapeDataString(plate)}");
        await flow.Officer.ClickAsync($"#parties a:has-text('{party}')");
        await flow.Officer.WaitForSelectorAsync("#party-cases");
        Assert.Contains("已归档", await CaseFlow.TextAsync(flow.Officer, $"#party-cases tr[data-case='{flow.CaseId}']"), StringComparison.Ordinal);
        Assert.Contains(plate, await CaseFlow.TextAsync(flow.Officer, "#party-vehicles"), StringComparison.Ordinal);
        Assert.Contains("*", await CaseFlow.TextAsync(flow.Officer, "#party-id-number"), StringComparison.Ordinal);
    }
}
