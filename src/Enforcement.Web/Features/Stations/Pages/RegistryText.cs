using Enforcement.Domain.Overload.Stations;
using Enforcement.Web.Platform;
using Microsoft.Extensions.Localization;

namespace Enforcement.Web.Features.Stations.Pages;

/// <summary>The registry's kinds and states as the pages show them, through the localizer (English when switched on).</summary>
internal static class RegistryText
{
    public static string Of(this IStringLocalizer<Strings> L, StationKind kind) => kind switch
    {
        StationKind.FixedStation => L["超限检测站"],
        StationKind.NonSitePoint => L["非现场执法点"],
        _ => kind.ToString(),
    };

    public static string Of(this IStringLocalizer<Strings> L, RoadDirection direction) => direction switch
    {
        RoadDirection.Up => L["上行"],
        RoadDirection.Down => L["下行"],
        RoadDirection.Both => L["双向"],
        _ => direction.ToString(),
    };

    public static string Of(this IStringLocalizer<Strings> L, DeviceKind kind) => kind switch
    {
        DeviceKind.WimScale => L["动态称重设备"],
        DeviceKind.PlateCamera => L["车牌识别摄像机"],
        DeviceKind.OverviewCamera => L["全景摄像机"],
        _ => kind.ToString(),
    };

    public static string Of(this IStringLocalizer<Strings> L, DeviceStatus status) => status switch
    {
        DeviceStatus.Commissioning => L["调试"],
        DeviceStatus.InService => L["在用"],
        DeviceStatus.OutOfService => L["停用"],
        _ => status.ToString(),
    };

    public static string Of(this IStringLocalizer<Strings> L, ReviewKind kind) => kind switch
    {
        ReviewKind.Legal => L["法制审核"],
        ReviewKind.Technical => L["技术审核"],
        _ => kind.ToString(),
    };
}
