using Enforcement.Web.Features.Documents.Templates;

namespace Enforcement.Web.Features.Documents.Rendering;

/// <summary>How a line of a document is set: the same names drive the print page's CSS classes and the DOCX paragraph properties.</summary>
internal enum LineStyle
{
    /// <summary>The agency's name above the title, centred.</summary>
    Agency,
    /// <summary>The document's title, centred and large.</summary>
    Title,
    /// <summary>The number line under the title, centred.</summary>
    Number,
    /// <summary>A body paragraph with a two-character first-line indent.</summary>
    Body,
    /// <summary>A line without indent (labelled fields, signature lines).</summary>
    Plain,
    /// <summary>Right-aligned: the agency and date at the foot, the seal placeholder.</summary>
    Right,
}

internal abstract record Block;

internal sealed record Line(LineStyle Style, string Text) : Block;

/// <summary>A simple grid: a header row and text cells (送达回证, 证据登记保存清单); <paramref name="Shares"/> are the columns' shares of the width (equal when null).</summary>
internal sealed record Grid(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<double>? Shares = null) : Block;

/// <summary>A document as an ordered list of blocks: both renderers read this one list, so the print page and the DOCX never disagree.</summary>
internal sealed record DocumentLayout(string Title, IReadOnlyList<Block> Blocks);

/// <summary>The tiny builder every template uses: agency, title, number, then paragraphs, fields, grids and the foot.</summary>
internal sealed class DocumentBuilder
{
    /// <summary>A blank to be filled in by hand (where the case record does not hold the fact).</summary>
    public const string Blank = "＿＿＿＿＿＿＿＿";

    private readonly string _title;
    private readonly List<Block> _blocks = [];

    public DocumentBuilder(string agencyName, string title)
    {
        _title = title;
        _blocks.Add(new Line(LineStyle.Agency, agencyName));
        _blocks.Add(new Line(LineStyle.Title, title));
    }

    public DocumentBuilder Number(string text)
    {
        _blocks.Add(new Line(LineStyle.Number, text));
        return this;
    }

    public DocumentBuilder Para(string text)
    {
        _blocks.Add(new Line(LineStyle.Body, text));
        return this;
    }

    /// <summary>"label：value", or a blank to fill in by hand when the value is unknown.</summary>
    public DocumentBuilder Field(string label, string? value)
    {
        _blocks.Add(new Line(LineStyle.Plain, $"{label}：{(string.IsNullOrWhiteSpace(value) ? Blank : value)}"));
        return this;
    }

    public DocumentBuilder Grid(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double>? shares = null)
    {
        _blocks.Add(new Grid(header, rows, shares));
        return this;
    }

    public DocumentBuilder Right(string text)
    {
        _blocks.Add(new Line(LineStyle.Right, text));
        return this;
    }

    /// <summary>The foot of a document the agency issues: its name, the date, and where the seal goes (APL Art 59).</summary>
    public DocumentBuilder Foot(string agencyName, DateOnly on)
    {
        Right(agencyName);
        Right(TemplateText.Date(on));
        return Right("（印章）");
    }

    public DocumentLayout Build() => new(_title, [.. _blocks]);
}
