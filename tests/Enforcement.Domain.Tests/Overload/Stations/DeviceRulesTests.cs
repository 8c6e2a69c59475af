using System.Globalization;
using Enforcement.Domain.Common;
using Enforcement.Domain.Overload;
using Enforcement.Domain.Overload.Stations;

namespace Enforcement.Domain.Tests.Overload.Stations;

public sealed class DeviceRulesTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static DeviceDraft Scale => new("QH-FX-GH-01-WIM1", "动态称重设备", "DWS-3000", "华衡", "5级", 10, 100,
        D("2025-12-01"), D("2025-12-31"), D("2026-01-01"), "在用", null);

    private static Device Empty() => new() { Code = "", Model = "", Manufacturer = "" };

    [Fact]
    public void GoodScale_IsWritten()
    {
        var device = Empty();

        Assert.Empty(DeviceRules.Apply(Scale, device, isNew: true));
        Assert.Equal(DeviceKind.WimScale, device.Kind);
        Assert.Equal(AccuracyClass.Class5, device.AccuracyClass);
        Assert.Equal(DeviceStatus.InService, device.Status);
    }

    [Theory]
    [InlineData("2026-01-01", null)]
    [InlineData("2025-12-31", "enforcementStartsOn")]
    [InlineData("2025-12-15", "enforcementStartsOn")]
    public void Enforcement_StartsOnlyAfterTheNotice(string start, string? refusedField)
    {
        var refusals = DeviceRules.Apply(Scale with { EnforcementStartsOn = D(start) }, Empty(), isNew: true);

        Assert.Equal(refusedField, refusals.SingleOrDefault()?.Field);
    }

    [Fact]
    public void NoticeEndingBeforeItBegins_OrHalfANotice_IsRefused()
    {
        Assert.Equal("noticeTo", DeviceRules.Apply(Scale with { NoticeTo = D("2025-11-30"), EnforcementStartsOn = null }, Empty(), true).Single().Field);
        Assert.Equal("noticeTo", DeviceRules.Apply(Scale with { NoticeTo = null, EnforcementStartsOn = null }, Empty(), true).Single().Field);
        Assert.Equal("enforcementStartsOn", DeviceRules.Apply(Scale with { NoticeFrom = null, NoticeTo = null }, Empty(), true).Single().Field);
    }

    [Fact]
    public void ScaleNeedsItsClass_AndAnOrderedSpeedRange()
    {
        var refusals = DeviceRules.Apply(Scale with { AccuracyClass = null, MinSpeedKmh = 90, MaxSpeedKmh = 30 }, Empty(), true);

        Assert.Equal(["accuracyClass", "maxSpeedKmh"], refusals.Select(r => r.Field));
        Assert.Equal("accuracy.unknown", DeviceRules.Apply(Scale with { AccuracyClass = "3级" }, Empty(), true).Single().Code);
    }

    [Fact]
    public void Camera_HasNoClassOrSpeedRange()
    {
        var camera = Empty();

        Assert.Empty(DeviceRules.Apply(Scale with { Kind = "车牌识别摄像机", AccuracyClass = null, MinSpeedKmh = 90, MaxSpeedKmh = 30 }, camera, true));
        Assert.Null(camera.AccuracyClass);
        Assert.Null(camera.MaxSpeedKmh);
    }

    [Fact]
    public void OutOfService_NeedsItsDate_AndOnlyThen()
    {
        Assert.Equal("outOfServiceFrom", DeviceRules.Apply(Scale with { Status = "停用" }, Empty(), true).Single().Field);
        Assert.Equal("outOfServiceFrom", DeviceRules.Apply(Scale with { OutOfServiceFrom = D("2026-05-01") }, Empty(), true).Single().Field);
        var device = Empty();
        Assert.Empty(DeviceRules.Apply(Scale with { Status = "OutOfService", OutOfServiceFrom = D("2026-05-01") }, device, true));
        Assert.Equal(D("2026-05-01"), device.OutOfServiceFrom);
    }

    [Fact]
    public void RetiredDevice_CannotBeRevived_NorItsDateMoved()
    {
        var device = Empty();
        DeviceRules.Apply(Scale with { Status = "停用", OutOfServiceFrom = D("2026-05-01") }, device, true);

        var revived = DeviceRules.Apply(Scale with { Status = "在用" }, device, isNew: false);
        var moved = DeviceRules.Apply(Scale with { Status = "停用", OutOfServiceFrom = D("2026-06-01") }, device, isNew: false);

        Assert.Equal(RefusalKind.Conflict, Assert.Single(revived).Kind);
        Assert.Equal(RefusalKind.Conflict, Assert.Single(moved).Kind);
        Assert.Equal(DeviceStatus.OutOfService, device.Status);
        Assert.Equal(D("2026-05-01"), device.OutOfServiceFrom);
        Assert.Empty(DeviceRules.Apply(Scale with { Status = "停用", OutOfServiceFrom = D("2026-05-01"), Model = "新型号" }, device, isNew: false));
    }

    [Fact]
    public void CodeAndKind_AreFixedAfterRegistration()
    {
        var device = Empty();
        DeviceRules.Apply(Scale, device, true);

        Assert.Empty(DeviceRules.Apply(Scale with { Code = "OTHER", Kind = "全景摄像机" }, device, isNew: false));
        Assert.Equal("QH-FX-GH-01-WIM1", device.Code);
        Assert.Equal(DeviceKind.WimScale, device.Kind);
    }

    [Theory]
    [InlineData("2026-01-10", "2027-01-09", null)]
    [InlineData("2026-01-10", "2026-01-10", "validTo")]
    [InlineData("2026-01-10", "2025-01-09", "validTo")]
    public void Certificate_EndsAfterItBegins(string from, string to, string? field)
    {
        var refusals = DeviceRules.CheckCertificate(new CertificateDraft("QJJD-1", "所", D(from), D(to)), out var certificate);

        Assert.Equal(field, refusals.SingleOrDefault()?.Field);
        Assert.Equal(field is null, certificate is not null);
    }

    [Fact]
    public void FailedReview_SaysWhy_AndNoReviewIsDatedInTheFuture()
    {
        var today = D("2026-05-20");
        Assert.Equal("conclusion", DeviceRules.CheckReview(new ReviewDraft("技术审核", today, "信息处", false, null), today, out _).Single().Field);
        Assert.Equal("on", DeviceRules.CheckReview(new ReviewDraft("法制审核", today.AddDays(1), "法规股", true, null), today, out _).Single().Field);
        Assert.Empty(DeviceRules.CheckReview(new ReviewDraft("Technical", today, "信息处", false, "零点漂移"), today, out var review));
        Assert.Equal(ReviewKind.Technical, review!.Kind);
    }
}
