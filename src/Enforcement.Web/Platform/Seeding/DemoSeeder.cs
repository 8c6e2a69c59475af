using System.Globalization;
using Enforcement.Data;
using Enforcement.Data.Accounts;
using Enforcement.Data.Calendar;
using Enforcement.Domain.Calendar;
using Enforcement.Domain.Catalog;
using Enforcement.Data.Seed;
using Enforcement.Domain.Accounts;
using Enforcement.Domain.Agencies;
using Enforcement.Domain.Common;
using Enforcement.Domain.Identifiers;
using Enforcement.Domain.Personnel;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Web.Platform.Seeding;

/// <summary>
/// Reference data (divisions, holidays, roles, security policy) is loaded on every fresh database. The Qinghai
/// demo (agencies, officers, certificates, training, one account per role) is added once, when there are no
/// agencies yet and Seed:Demo is not false.
/// </summary>
internal sealed class DemoSeeder(
    EnforcementDbContext db,
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    ILogger<DemoSeeder> log)
{
    public async Task SeedAsync(bool seedDemo)
    {
        await SeedReferenceDataAsync();
        if (!seedDemo || await db.Agencies.AnyAsync()) return;

        var today = ChinaTime.Today(clock.GetUtcNow());
        var agencies = await SeedAgenciesAsync();
        var officers = await SeedOfficersAsync(agencies, today);
        await SeedAccountsAsync(agencies, officers);
        var stations = await DemoStations.SeedAsync(db, agencies, today, clock.GetUtcNow().UtcDateTime);
        log.LogInformation("Demo data seeded: {Agencies} agencies, {Officers} officers, {Stations} weighing sites", agencies.Count, officers.Count, stations);
    }

    private async Task SeedReferenceDataAsync()
    {
        if (!await db.Divisions.AnyAsync())
        {
            db.Divisions.AddRange(SeedFiles.Read("divisions.csv").Select(r => new Division
            {
                Code = r["code"],
                Name = r["name"],
                Level = Enum.Parse<DivisionLevel>(r["level"], ignoreCase: true),
                ParentCode = r["parent_code"] is { Length: > 0 } p ? p : null,
            }));
        }
        if (!await db.CalendarYears.AnyAsync())
        {
            // 2024–2026 schedules of the State Council General Office (RULES §9).
            var days = SeedFiles.Read("holidays.csv").Select(r => new CalendarDayRow
            {
                Date = DateOnly.ParseExact(r["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Kind = r["kind"] == "off" ? CalendarDayKind.Off : CalendarDayKind.Work,
                Name = r["name"],
                Source = r["source"],
            }).ToList();
            db.CalendarDays.AddRange(days);
            db.CalendarYears.AddRange(days.GroupBy(d => d.Date.Year).Select(g => new CalendarYearRow
            {
                Year = g.Key,
                Source = g.First().Source,
                LoadedAtUtc = clock.GetUtcNow().UtcDateTime,
            }));
        }
        if (!await db.EnforcementItems.AnyAsync())
        {
            // The enforcement item catalog (权责清单) from the statutes; agencies extend it by Excel import.
            using var reader = SeedFiles.Open("catalog-items.csv");
            var catalog = CatalogFile.Read(reader);
            if (!catalog.IsClean) throw new InvalidOperationException($"catalog seed: {string.Join("; ", catalog.Errors)}");
            db.EnforcementItems.AddRange(catalog.Items);
        }
        if (!await db.SecurityPolicies.AnyAsync())
        {
            var row = new SecurityPolicyRow();
            row.Apply(SecurityPolicy.Default);
            db.SecurityPolicies.Add(row);
        }
        await db.SaveChangesAsync();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
    }

    private async Task<Dictionary<string, Agency>> SeedAgenciesAsync()
    {
        var byKey = new Dictionary<string, Agency>(StringComparer.Ordinal);
        // Parents come before children in the file, so one pass with a save per level of the tree is enough.
        foreach (var r in SeedFiles.Read("agencies.csv"))
        {
            var agency = new Agency
            {
                Key = r["key"],
                Name = r["name"],
                Kind = r["kind"] == "执法机构" ? AgencyKind.EnforcementBody : AgencyKind.Department,
                Jurisdiction = r["jurisdiction"] == "路线" ? AgencyJurisdiction.Route : AgencyJurisdiction.Administrative,
                DivisionCode = r["division_code"],
                CreditCode = r["credit_code"],
                Note = r["note"] is { Length: > 0 } n ? n : null,
                ParentId = r["parent_key"] is { Length: > 0 } pk ? byKey[pk].Id : null,
            };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            byKey[agency.Key] = agency;
        }
        return byKey;
    }

    private async Task<Dictionary<string, Officer>> SeedOfficersAsync(Dictionary<string, Agency> agencies, DateOnly today)
    {
        var officers = new Dictionary<string, Officer>(StringComparer.Ordinal);
        foreach (var r in SeedFiles.Read("officers.csv"))
        {
            var categories = Categories(r["categories"]);
            var officer = new Officer
            {
                AgencyId = agencies[r["agency_key"]].Id,
                Name = r["name"],
                IdNumber = r["id_number"],
                Gender = r["gender"] == "女" ? Gender.Female : Gender.Male,
                Post = r["post"],
                Categories = categories,
                LegalQualificationNumber = r["legal_qualification"] is { Length: > 0 } q ? q : null,
                IsAuxiliary = r["auxiliary"] == "true",
                IsLegalReviewer = r["legal_reviewer"] == "true",
                Phone = r["phone"],
            };
            officers[r["key"]] = officer;
            db.Officers.Add(officer);
        }
        await db.SaveChangesAsync();

        foreach (var r in SeedFiles.Read("certificates.csv"))
        {
            var categories = Categories(r["categories"]);
            var suspended = r["status"] == "暂扣";
            db.Certificates.Add(new Certificate
            {
                Number = r["number"],
                OfficerId = officers[r["officer_key"]].Id,
                Issuer = r["issuer"],
                Categories = categories,
                RegionCode = r["region_code"],
                IssuedOn = today.AddDays(int.Parse(r["issued_offset_days"], CultureInfo.InvariantCulture)),
                ExpiresOn = today.AddDays(int.Parse(r["expires_offset_days"], CultureInfo.InvariantCulture)),
                Status = suspended ? CertificateStatus.Suspended : CertificateStatus.Valid,
                StatusChangedOn = suspended ? today.AddDays(-20) : null,
                StatusReason = suspended ? "涉嫌违规执法，调查期间暂扣" : null,
            });
        }

        // This year's training: 12-hour courses per agency; each officer attended as many as their hours say.
        string[] titles = ["法律知识培训", "执法业务培训", "执法规范化培训", "案卷制作培训", "综合执法能力培训", "职业道德培训"];
        var courses = new Dictionary<(int Agency, int Index), TrainingCourse>();
        var startOfYear = new DateOnly(today.Year, 1, 15);
        foreach (var r in SeedFiles.Read("training-hours.csv"))
        {
            var officer = officers[r["officer_key"]];
            var hours = int.Parse(r["hours_this_year"], CultureInfo.InvariantCulture);
            for (var i = 0; i < hours / 12; i++)
            {
                if (!courses.TryGetValue((officer.AgencyId, i), out var course))
                {
                    var heldOn = startOfYear.AddDays(i * 30);
                    course = new TrainingCourse { AgencyId = officer.AgencyId, Title = $"{today.Year}年{titles[i]}", HeldOn = heldOn > today ? today : heldOn, HoursTenths = 120, HasExam = i % 2 == 0 };
                    courses[(officer.AgencyId, i)] = course;
                    db.TrainingCourses.Add(course);
                    await db.SaveChangesAsync();
                }
                db.TrainingRecords.Add(new TrainingRecord
                {
                    OfficerId = officer.Id,
                    CourseId = course.Id,
                    CompletedOn = course.HeldOn,
                    HoursTenths = course.HoursTenths,
                    ExamScore = course.HasExam ? 70 + (officer.Id * 7 + i) % 30 : null,
                });
            }
        }
        await db.SaveChangesAsync();
        return officers;
    }

    private async Task SeedAccountsAsync(Dictionary<string, Agency> agencies, Dictionary<string, Officer> officers)
    {
        foreach (var a in DemoAccounts.All)
        {
            var user = new AppUser
            {
                UserName = a.UserName,
                DisplayName = a.DisplayName,
                AgencyId = agencies[a.AgencyKey].Id,
                OfficerId = a.OfficerKey is null ? null : officers[a.OfficerKey].Id,
                EmailConfirmed = true,
            };
            Check(await users.CreateAsync(user, DemoAccounts.Password), a.UserName);
            Check(await users.AddToRoleAsync(user, a.Role), a.UserName);
            if (a.AuthenticatorKey is not null)
            {
                // The same token the authenticator enrolment page writes, with a key the README publishes.
                Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", a.AuthenticatorKey), a.UserName);
                Check(await users.SetTwoFactorEnabledAsync(user, true), a.UserName);
            }
        }
    }

    private static EnforcementCategory Categories(string text) =>
        EnforcementCategoryNames.TryParse(text, out var categories, out var unknown)
            ? categories
            : throw new InvalidOperationException($"seed data names an unknown category {unknown}");

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
