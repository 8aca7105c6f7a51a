package vn.thidua.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One stored file of a document; never rewritten (a replacement is the next number). */
@Entity
@Table(name = "dossier_document_version")
public class DocumentVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public DossierDocument document;

    public int number;

    /** The file name as the uploader sent it (NFC), without any directory. */
    public String fileName;

    /** The type judged from the bytes, not the one declared. */
    public String mediaType;

    public long sizeBytes;

    /** Lower-case hex. */
    public String sha256;

    /** Where the bytes are: {@code postgres} (a large object) or {@code s3}. */
    public String store;

    /** The large object's oid, or the object's key. */
    public String storageRef;

    public String uploadedBy;

    public OffsetDateTime uploadedAt;

    static DocumentVersion current(DossierDocument document) {
        return find("document = ?1 order by number desc", document).<DocumentVersion>firstResult();
    }
}
