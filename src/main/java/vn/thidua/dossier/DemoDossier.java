package vn.thidua.dossier;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The demo dossier of dev mode: Nam Định's 2023 nomination for the Government Emulation Flag (db/demo) gets its
 * proposal letter (tờ trình), achievements report (báo cáo thành tích) and the minutes of the cluster's vote
 * (biên bản), each a one-page PDF in Vietnamese made here at start with OpenPDF and DejaVu Sans (a font with every
 * Vietnamese letter), not a file of unknown origin. On when thidua.documents.demo=true (dev mode, the tests' demo
 * profile); does nothing where the nomination or the font is missing, or the dossier already has the documents.
 * The figures match the demo data (the vote: 9 present, 8 for, 1 against); numbers and names of officials are
 * illustrative.
 */
@ApplicationScoped
class DemoDossier {

    private static final Logger LOG = Logger.getLogger(DemoDossier.class);
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
    private static final String UPLOADER = "demo.namdinh";

    private final DossierService dossiers;
    private final EntityManager em;
    private final boolean enabled;

    DemoDossier(DossierService dossiers, EntityManager em, DocumentsConfig config) {
        this.dossiers = dossiers;
        this.em = em;
        this.enabled = config.demo();
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        if (!Files.isReadable(FONT) || !Files.isReadable(BOLD)) {
            LOG.warnf("No demo dossier: %s is missing (Debian: fonts-dejavu-core)", FONT);
            return;
        }
        List<Long> flag = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select r.id from AwardRecommendation r where r.year = 2023 and r.awardTypeCode = 'GOV_EMULATION_FLAG' "
                                + "and r.nomineeName = 'Tỉnh Nam Định'", Long.class).getResultList());
        if (flag.isEmpty()) {
            return;
        }
        long id = flag.get(0);
        dossiers.file(id, new DossierService.Upload(DocumentKind.PROPOSAL_LETTER,
                "Tờ trình đề nghị tặng Cờ thi đua của Chính phủ năm 2023", "Tờ trình Cờ thi đua 2023 - Nam Định.pdf", null, null),
                proposalLetter(), UPLOADER);
        dossiers.file(id, new DossierService.Upload(DocumentKind.ACHIEVEMENTS_REPORT,
                "Báo cáo thành tích đề nghị tặng Cờ thi đua của Chính phủ năm 2023", "Báo cáo thành tích 2023 - Nam Định.pdf",
                null, null), achievementsReport(), UPLOADER);
        dossiers.file(id, new DossierService.Upload(DocumentKind.VOTE_MINUTES,
                "Biên bản họp bình xét thi đua năm 2023 của Cụm thi đua các tỉnh Đồng bằng sông Hồng",
                "Biên bản bình xét 2023 - Cụm Đồng bằng sông Hồng.pdf", null, null), voteMinutes(), UPLOADER);
    }

    static byte[] proposalLetter() {
        return pdf("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "Số: 125/TTr-UBND", "Nam Định, ngày 15 tháng 01 năm 2024",
                "TỜ TRÌNH",
                "Về việc đề nghị tặng Cờ thi đua của Chính phủ năm 2023",
                List.of("Kính gửi: Thủ tướng Chính phủ (qua Ban Thi đua - Khen thưởng Trung ương).",
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và Nghị định số 98/2023/NĐ-CP quy định chi tiết "
                                + "thi hành một số điều của Luật Thi đua, khen thưởng;",
                        "Căn cứ kết quả bình xét, suy tôn của Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023;",
                        "Ủy ban nhân dân tỉnh Nam Định kính đề nghị Thủ tướng Chính phủ xem xét, tặng Cờ thi đua của Chính phủ "
                                + "cho tỉnh Nam Định, đơn vị dẫn đầu Cụm thi đua năm 2023.",
                        "(Có báo cáo thành tích và biên bản họp Cụm thi đua kèm theo.)"),
                List.of(), "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
    }

    static byte[] achievementsReport() {
        return pdf("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "Số: 18/BC-UBND", "Nam Định, ngày 12 tháng 01 năm 2024",
                "BÁO CÁO THÀNH TÍCH",
                "Đề nghị tặng Cờ thi đua của Chính phủ năm 2023",
                List.of("Tỉnh Nam Định dẫn đầu Cụm thi đua các tỉnh Đồng bằng sông Hồng năm 2023; hoàn thành vượt mức các chỉ "
                                + "tiêu thu ngân sách và xây dựng nông thôn mới.",
                        "Một số chỉ tiêu 6 tháng đầu năm 2023 (số liệu minh họa, như báo cáo của tỉnh trong dữ liệu mẫu):"),
                List.of(new String[] {"Chỉ tiêu", "Kết quả"},
                        new String[] {"Thu ngân sách nhà nước", "5.600 tỷ đồng"},
                        new String[] {"Tổng vốn đầu tư toàn xã hội", "22.000 tỷ đồng"},
                        new String[] {"Xã đạt chuẩn nông thôn mới", "226 xã"},
                        new String[] {"Xã đạt chuẩn nông thôn mới nâng cao", "60 xã"},
                        new String[] {"Xã đạt chuẩn nông thôn mới kiểu mẫu", "14 xã"}),
                "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
    }

    static byte[] voteMinutes() {
        return pdf("CỤM THI ĐUA CÁC TỈNH ĐỒNG BẰNG SÔNG HỒNG", "Số: 02/BB-CTĐ", "Thái Bình, ngày 20 tháng 3 năm 2024",
                "BIÊN BẢN",
                "Họp bình xét, suy tôn đơn vị dẫn đầu Cụm thi đua năm 2023",
                List.of("Chủ trì: đại diện Ủy ban nhân dân tỉnh Thái Bình, Trưởng Cụm thi đua.",
                        "Thành phần: đại diện các tỉnh thành viên của Cụm thi đua; có mặt 9/9 thành viên.",
                        "Kết quả bỏ phiếu suy tôn tỉnh Nam Định dẫn đầu Cụm thi đua, đề nghị tặng Cờ thi đua của Chính phủ:"),
                List.of(new String[] {"Có mặt", "Đồng ý", "Không đồng ý", "Không biểu quyết"},
                        new String[] {"9", "8", "1", "0"}),
                "TRƯỞNG CỤM THI ĐUA / THƯ KÝ");
    }

    /** One A4 page: the issuer and the national motto, the number and date, the title, the text, a table, the signature. */
    private static byte[] pdf(String issuer, String number, String placeAndDate, String title, String subject,
                              List<String> paragraphs, List<String[]> table, String signature) {
        try {
            BaseFont regular = BaseFont.createFont(FONT.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            BaseFont bold = BaseFont.createFont(BOLD.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            Font text = new Font(regular, 11);
            Font strong = new Font(bold, 11);
            Font heading = new Font(bold, 14);
            Font small = new Font(regular, 10);
            Font smallStrong = new Font(bold, 10);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(title + " - " + subject);
            document.addCreator("Thi đua API (dữ liệu minh họa)");
            document.open();
            PdfPTable header = new PdfPTable(new float[] {42, 58});
            header.setWidthPercentage(100);
            header.getDefaultCell().setBorder(0);
            header.getDefaultCell().setHorizontalAlignment(Element.ALIGN_CENTER);
            header.addCell(new Paragraph(issuer, smallStrong));
            header.addCell(new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", smallStrong));
            header.addCell(new Paragraph(number, small));
            header.addCell(new Paragraph(placeAndDate, small));
            document.add(header);
            Paragraph heading1 = new Paragraph(title, heading);
            heading1.setAlignment(Element.ALIGN_CENTER);
            heading1.setSpacingBefore(24);
            document.add(heading1);
            Paragraph about = new Paragraph(subject, strong);
            about.setAlignment(Element.ALIGN_CENTER);
            about.setSpacingAfter(18);
            document.add(about);
            for (String line : paragraphs) {
                Paragraph p = new Paragraph(line, text);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setSpacingAfter(8);
                document.add(p);
            }
            if (!table.isEmpty()) {
                PdfPTable figures = new PdfPTable(table.get(0).length);
                figures.setWidthPercentage(100);
                figures.setSpacingBefore(6);
                figures.setSpacingAfter(12);
                for (int row = 0; row < table.size(); row++) {
                    for (String cell : table.get(row)) {
                        figures.addCell(new Paragraph(cell, row == 0 ? strong : text));
                    }
                }
                document.add(figures);
            }
            Paragraph sign = new Paragraph(signature.replace(" / ", "\n") + "\n\n\n(Dữ liệu minh họa, tạo tự động)", strong);
            sign.setAlignment(Element.ALIGN_RIGHT);
            sign.setSpacingBefore(24);
            document.add(sign);
            document.close();
            return out.toByteArray();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("demo PDF not made", e);
        }
    }
}
