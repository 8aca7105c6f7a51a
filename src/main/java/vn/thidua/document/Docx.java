package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document laid out as Vietnamese administrative documents are (Decree 30/2020/NĐ-CP, appendix I):
 * A4, margins 20 mm top and bottom, 30 mm left, 20 mm right, Times New Roman, body text justified in 13 pt
 * with a first-line indent. The caller writes the parts in order; this class knows the typography.
 */
public final class Docx {

    public static final String FONT = "Times New Roman";
    private static final int BODY_SIZE = 13;
    /** The text width between the margins, in twentieths of a point (210 mm - 30 mm - 20 mm). */
    private static final int TEXT_WIDTH = 9071;

    /** A piece of text with its emphasis. */
    public record Text(String text, boolean bold, boolean italic, int size) {
        public static Text plain(String text) {
            return new Text(text, false, false, BODY_SIZE);
        }

        public static Text bold(String text) {
            return new Text(text, true, false, BODY_SIZE);
        }

        public static Text italic(String text) {
            return new Text(text, false, true, BODY_SIZE);
        }

        public Text sized(int points) {
            return new Text(text, bold, italic, points);
        }
    }

    private final XWPFDocument document = new XWPFDocument();

    public Docx() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }

    /**
     * The header of the document: the issuing body on the left (the body above it in capitals, the issuer
     * in bold capitals, the number below), the national motto on the right with the place and date.
     */
    public void header(List<Text> issuer, List<Text> motto) {
        XWPFTable table = borderless(2);
        XWPFTableRow row = table.getRow(0);
        lines(row.getCell(0), issuer, ParagraphAlignment.CENTER);
        lines(row.getCell(1), motto, ParagraphAlignment.CENTER);
        columns(table, 42, 58);
    }

    /** A centred paragraph (titles). */
    public void centred(Text... texts) {
        paragraph(ParagraphAlignment.CENTER, 0, texts);
    }

    /** A justified body paragraph with a first-line indent. */
    public void body(Text... texts) {
        paragraph(ParagraphAlignment.BOTH, 567, texts);
    }

    /** A heading of a part (I., II., ...) in bold. */
    public void heading(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH, 567, Text.bold(text));
        paragraph.setSpacingBefore(120);
        paragraph.setKeepNext(true);
    }

    /**
     * A table across the text width, columns as wide as their {@code weights} say, with a bold header row
     * repeated on each page; numbers (cells starting with a digit, after the first column) right-aligned.
     */
    public void table(List<String> header, List<List<String>> rows, int points, int... weights) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setTableAlignment(TableRowAlign.CENTER);
        columns(table, weights);
        for (int c = 0; c < header.size(); c++) {
            cell(table.getRow(0).getCell(c), new Text(header.get(c), true, false, points), ParagraphAlignment.CENTER);
        }
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            List<String> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                String value = values.get(c);
                boolean number = !value.isEmpty() && Character.isDigit(value.charAt(0)) && c > 0;
                cell(table.getRow(r + 1).getCell(c), new Text(value, false, false, points),
                        number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        document.createParagraph();
    }

    /** A picture (PNG) across the text width, with a caption below it. */
    public void picture(byte[] png, int widthPixels, int heightPixels, String name, String caption) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setKeepNext(true);
        double width = TEXT_WIDTH / 20.0;
        double height = width * heightPixels / widthPixels;
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, name,
                    Units.toEMU(width), Units.toEMU(height));
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("The chart could not be embedded", e);
        }
        paragraph(ParagraphAlignment.CENTER, 0, Text.italic(caption).sized(12));
    }

    /** The end of the document: recipients on the left, the signature block on the right. */
    public void closing(List<Text> recipients, List<Text> signature) {
        document.createParagraph();
        XWPFTable table = borderless(2);
        lines(table.getRow(0).getCell(0), recipients, ParagraphAlignment.LEFT);
        lines(table.getRow(0).getCell(1), signature, ParagraphAlignment.CENTER);
        columns(table, 1, 1);
    }

    public void write(OutputStream out) {
        try (document) {
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int firstLineIndent, Text... texts) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        if (firstLineIndent > 0) {
            paragraph.setIndentationFirstLine(firstLineIndent);
        }
        paragraph.setSpacingAfter(80);
        for (Text text : texts) {
            run(paragraph, text);
        }
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, Text text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(text.size());
        run.setBold(text.bold());
        run.setItalic(text.italic());
        run.setText(text.text());
    }

    private static void cell(XWPFTableCell cell, Text text, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        run(paragraph, text);
    }

    /** Lines in a cell, the first in its first paragraph. */
    private static void lines(XWPFTableCell cell, List<Text> texts, ParagraphAlignment alignment) {
        for (int i = 0; i < texts.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setAlignment(alignment);
            paragraph.setSpacingAfter(0);
            run(paragraph, texts.get(i));
        }
    }

    private XWPFTable borderless(int columns) {
        XWPFTable table = document.createTable(1, columns);
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        return table;
    }

    /** Columns across the text width in proportion to their weights, fixed so that every reader lays them out alike. */
    private static void columns(XWPFTable table, int... weights) {
        int total = Arrays.stream(weights).sum();
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < weights.length) {
            grid.addNewGridCol();
        }
        for (int c = 0; c < weights.length; c++) {
            int width = TEXT_WIDTH * weights[c] / total;
            grid.getGridColArray(c).setW(BigInteger.valueOf(width));
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(String.valueOf(width));
            }
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    }
}
