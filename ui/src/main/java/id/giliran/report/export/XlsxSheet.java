package id.giliran.report.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One sheet of an .xlsx export, written row by row (SXSSF keeps only its last rows in memory):
 * typed cells, a bold header row with the panes frozen under it, widths in characters.
 */
final class XlsxSheet {

    /** The cell styles of a workbook, made once (a workbook holds at most 64 000 styles). */
    static final class Styles {
        final CellStyle header;
        final CellStyle bold;
        final CellStyle count;
        final CellStyle boldCount;
        final CellStyle minutes;
        final CellStyle boldMinutes;
        final CellStyle signedCount;
        final CellStyle signedDecimal;
        final CellStyle date;
        final CellStyle title;

        Styles(SXSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            count = numeric(workbook, "#,##0", null);
            boldCount = numeric(workbook, "#,##0", boldFont);
            minutes = numeric(workbook, "0.0", null);
            boldMinutes = numeric(workbook, "0.0", boldFont);
            signedCount = numeric(workbook, "+#,##0;-#,##0;0", null);
            signedDecimal = numeric(workbook, "+0.0;-0.0;0.0", null);
            date = workbook.createCellStyle();
            date.setDataFormat(dateFormat);
        }

        private static CellStyle numeric(SXSSFWorkbook workbook, String format, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            if (font != null) {
                style.setFont(font);
            }
            return style;
        }
    }

    private final SXSSFSheet sheet;
    private final Styles styles;
    private int next;
    private Row row;
    private int column;

    XlsxSheet(SXSSFWorkbook workbook, Styles styles, String name) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
    }

    XlsxSheet widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
        return this;
    }

    /** The header row; the panes are frozen under it so it stays in sight. */
    XlsxSheet header(String... names) {
        row();
        for (String name : names) {
            cell().setCellValue(name);
            row.getCell(column - 1).setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, next);
        return this;
    }

    XlsxSheet row() {
        row = sheet.createRow(next++);
        column = 0;
        return this;
    }

    XlsxSheet skip() {
        next++;
        return this;
    }

    XlsxSheet text(String text) {
        if (text != null) {
            cell().setCellValue(text);
        } else {
            column++;
        }
        return this;
    }

    XlsxSheet title(String text) {
        cell().setCellValue(text);
        row.getCell(column - 1).setCellStyle(styles.title);
        return this;
    }

    XlsxSheet bold(String text) {
        cell().setCellValue(text);
        row.getCell(column - 1).setCellStyle(styles.bold);
        return this;
    }

    XlsxSheet number(long value) {
        return number(value, false);
    }

    XlsxSheet number(long value, boolean strong) {
        Cell cell = cell();
        cell.setCellValue(value);
        cell.setCellStyle(strong ? styles.boldCount : styles.count);
        return this;
    }

    XlsxSheet signed(long value) {
        Cell cell = cell();
        cell.setCellValue(value);
        cell.setCellStyle(styles.signedCount);
        return this;
    }

    /** A signed decimal, e.g. a change in percent or minutes; null leaves the cell empty. */
    XlsxSheet signed(Double value) {
        if (value == null) {
            column++;
            return this;
        }
        Cell cell = cell();
        cell.setCellValue(value);
        cell.setCellStyle(styles.signedDecimal);
        return this;
    }

    /** Minutes with one decimal; nothing measured leaves the cell empty. */
    XlsxSheet minutes(Duration duration) {
        return minutes(duration, false);
    }

    XlsxSheet minutes(Duration duration, boolean strong) {
        Double minutes = IdFormat.minutes(duration);
        if (minutes == null) {
            column++;
            return this;
        }
        Cell cell = cell();
        cell.setCellValue(minutes);
        cell.setCellStyle(strong ? styles.boldMinutes : styles.minutes);
        return this;
    }

    XlsxSheet date(LocalDate date) {
        Cell cell = cell();
        cell.setCellValue(date);
        cell.setCellStyle(styles.date);
        return this;
    }

    /** A row that says "Tidak ada data". */
    XlsxSheet noData() {
        return row().text(IdFormat.NO_DATA);
    }

    private Cell cell() {
        return row.createCell(column++);
    }
}
