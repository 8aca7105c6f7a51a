package vn.thidua.document;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Generated files opened with the libraries that read them, as Word, Excel or an image viewer would. */
final class Opened {

    /** Where the tests leave the files they open, for dev/render-documents.sh and for a person to look at. */
    static final Path KEPT = Path.of("target", "documents");

    private Opened() {
    }

    static XWPFDocument word(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the text of a Word document, paragraphs and tables, as Word's own text export gives it. */
    static String text(XWPFDocument document) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook excel(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage image(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertNotNull(image, "not a picture ImageIO can decode");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void keep(String name, byte[] bytes) {
        try {
            Files.createDirectories(KEPT);
            Files.write(KEPT.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
