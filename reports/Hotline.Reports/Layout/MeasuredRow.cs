namespace Hotline.Reports.Layout;

/// <summary>A table row broken into lines per cell, with the height it takes.</summary>
internal sealed record MeasuredRow(IReadOnlyList<IReadOnlyList<string>> Cells, TextStyle Style, double LineHeight, double PaddingY)
{
    /// <summary>The tallest cell's lines plus padding above and below.</summary>
    public double Height => (Cells.Max(c => Math.Max(c.Count, 1)) * LineHeight) + (2 * PaddingY);

    /// <summary>The first <paramref name="lines"/> lines of every cell, and the rest, for a row taller than a page.</summary>
    public (MeasuredRow Head, MeasuredRow Tail) Split(int lines) =>
        (this with { Cells = [.. Cells.Select(c => (IReadOnlyList<string>)[.. c.Take(lines)])] },
         this with { Cells = [.. Cells.Select(c => (IReadOnlyList<string>)[.. c.Skip(lines)])] });
}
