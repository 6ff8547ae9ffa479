using System.Data;
using Hotline.Portal.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Hotline.Portal.Dashboards;

/// <summary>A dashboard's 同比/环比 table as an .xlsx with Chinese headers (MiniExcel).</summary>
public sealed class DashboardWorkbook(IStringLocalizer<DashboardText> text)
{
    /// <summary>The workbook's bytes.</summary>
    public byte[] Write(DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        // A table, not a list of rows: an empty period still gets its header row.
        using var table = new DataTable(text["Sheet"]);
        table.Columns.Add(text["Key"], typeof(string));
        table.Columns.Add(text["Current"], typeof(long));
        table.Columns.Add(text["Previous"], typeof(long));
        table.Columns.Add(text["PeriodOverPeriod"], typeof(string));
        table.Columns.Add(text["LastYear"], typeof(long));
        table.Columns.Add(text["YearOverYear"], typeof(string));
        foreach (var line in view.Lines)
            table.Rows.Add(line.Label, line.Current, line.Previous, line.PeriodOverPeriod, line.LastYear, line.YearOverYear);
        using var buffer = new MemoryStream();
        buffer.SaveAs(table, sheetName: text["Sheet"], excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }
}
