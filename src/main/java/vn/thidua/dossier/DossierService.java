package vn.thidua.dossier;

import io.quarkus.panache.common.Parameters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.ApiException;
import vn.thidua.common.CurrentUser;
import vn.thidua.common.Idempotency;
import vn.thidua.common.PageRequest;
import vn.thidua.common.PageView;
import vn.thidua.common.Versioned;
import vn.thidua.common.Versions;

/**
 * The documents of dossiers: upload, replacement (a new version), deletion, listing and download, with the
 * visibility and the rights of their owner ({@link Owners}). An upload streams the bytes into the store
 * while counting and hashing them, inside the transaction that writes its row: whatever refuses it (too
 * large, a type the service does not accept, a declared SHA-256 that does not match, a broken connection)
 * rolls back the row and the stored bytes together.
 */
@ApplicationScoped
public class DossierService {

    /** An upload or a replacement may stream for this long (seconds) before its transaction times out. */
    static final int TRANSFER_SECONDS = 3600;
    static final String AUDIT_ENTITY = "document";

    private final Owners owners;
    private final DocumentStores stores;
    private final DocumentsConfig config;
    private final AuditTrail audit;
    private final CurrentUser user;

    DossierService(Owners owners, DocumentStores stores, DocumentsConfig config, AuditTrail audit, CurrentUser user) {
        this.owners = owners;
        this.stores = stores;
        this.config = config;
        this.audit = audit;
        this.user = user;
    }

    /** What an uploader says about a file: the kind and title of the document (for a replacement, optional) and the file's. */
    public record Upload(DocumentKind kind, String title, String fileName, String contentDigest, String digest) {
    }

    /** One version's bytes to send: what to say about them and where they are. */
    public record Content(long documentId, int number, String fileName, String mediaType, long size, String sha256,
                          String store, String ref) {
    }

    public PageView<DocumentView> list(OwnerRef owner, PageRequest page) {
        owners.requireReadable(owner);
        return PageView.of(DossierDocument.class, "from DossierDocument where " + DossierDocument.ownerColumn(owner.kind())
                + " = :owner", "id", Parameters.with("owner", owner.id()), page, DossierService::views);
    }

    @Transactional
    public Versioned<DocumentView> read(long documentId) {
        DossierDocument document = readable(documentId);
        return versioned(document, DocumentVersion.current(document));
    }

    public PageView<DocumentVersionView> versions(long documentId, PageRequest page) {
        DossierDocument document = readable(documentId);
        return PageView.of(DocumentVersion.class, "from DocumentVersion where document = :document", "number desc",
                Parameters.with("document", document), page, rows -> rows.stream().map(DocumentVersionView::of).toList());
    }

    /**
     * Uploads a new document. {@code answer} runs the creation it is given (once per Idempotency-Key: {@link
     * DocumentUploads}) and makes the caller's answer of it.
     */
    public <R> R upload(OwnerRef owner, Upload upload, InputStream body, Function<Supplier<Versioned<DocumentView>>, R> answer) {
        return receive(() -> requireUploadable(owner, upload), upload, body, answer, received -> {
            requireUploadable(owner, upload);
            DossierDocument document = new DossierDocument();
            document.ownedBy(owner);
            document.kind = upload.kind();
            document.title = title(upload.title(), true);
            document.createdAt = OffsetDateTime.now();
            document.updatedAt = document.createdAt;
            DocumentVersion version = version(document, 1, received, user.actor().subject());
            document.persist();
            version.persist();
            DossierDocument.flush();
            Versioned<DocumentView> created = versioned(document, version);
            audit.record(AUDIT_ENTITY, document.id, "upload", null, created.body());
            return created;
        });
    }

    public Versioned<DocumentView> replace(long documentId, String ifMatch, Upload upload, InputStream body) {
        return receive(() -> requireReplaceable(documentId, ifMatch, upload), upload, body, Supplier::get, received -> {
            DossierDocument document = requireReplaceable(documentId, ifMatch, upload);
            DocumentVersion previous = DocumentVersion.current(document);
            DocumentView before = DocumentView.of(document, previous);
            if (upload.title() != null) {
                document.title = title(upload.title(), false);
            }
            DocumentVersion version = version(document, previous.number + 1, received, user.actor().subject());
            version.persist();
            document.updatedAt = version.uploadedAt;
            DossierDocument.flush();
            Versioned<DocumentView> after = versioned(document, version);
            audit.record(AUDIT_ENTITY, document.id, "replace", before, after.body());
            return after;
        });
    }

    /**
     * Files a document of a recommendation's dossier outside any request, in the name of {@code uploadedBy}, unless
     * the dossier has one of that kind: the generated demo dossier of dev mode ({@link DemoDossier}).
     */
    void file(long recommendationId, Upload upload, byte[] bytes, String uploadedBy) {
        boolean present = QuarkusTransaction.requiringNew().call(() -> DossierDocument.count(
                "awardRecommendationId = ?1 and kind = ?2", recommendationId, upload.kind()) > 0);
        if (present) {
            return;
        }
        DocumentStore store = stores.current();
        Function<Received, DocumentVersion> record = received -> {
            DossierDocument document = new DossierDocument();
            document.awardRecommendationId = recommendationId;
            document.kind = upload.kind();
            document.title = title(upload.title(), true);
            document.createdAt = OffsetDateTime.now();
            document.updatedAt = document.createdAt;
            DocumentVersion version = version(document, 1, received, uploadedBy);
            document.persist();
            version.persist();
            return version;
        };
        if (store.transactional()) {
            QuarkusTransaction.requiringNew().run(() -> record.apply(receive(store, upload, new java.io.ByteArrayInputStream(bytes))));
            return;
        }
        Received received = receive(store, upload, new java.io.ByteArrayInputStream(bytes));
        try {
            QuarkusTransaction.requiringNew().run(() -> record.apply(received));
        } finally {
            settle(store, received.ref());
        }
    }

    private void requireUploadable(OwnerRef owner, Upload upload) {
        if (upload.kind() == null) {
            throw ApiException.unprocessable("kind", "must be one of PROPOSAL_LETTER, ACHIEVEMENTS_REPORT, VOTE_MINUTES, "
                    + "CERTIFICATION, OTHER");
        }
        owners.requireWritable(owner, upload.kind());
        title(upload.title(), true);
    }

    private DossierDocument requireReplaceable(long documentId, String ifMatch, Upload upload) {
        DossierDocument document = readable(documentId);
        owners.requireWritable(document.owner(), document.kind);
        Versions.requireMatch(ifMatch, document.version);
        title(upload.title(), false);
        return document;
    }

    /** A file received into the store and checked, not yet recorded. */
    private record Received(String fileName, String mediaType, long size, String sha256, String store, String ref) {
    }

    /**
     * Receives the body into the current store and records it with {@code record}, in a transaction.
     *
     * <p>PostgreSQL: the bytes go into a large object within the transaction of the row, so a refusal or a broken
     * connection rolls both back. S3: the request is checked first ({@code check}, in a short transaction), then the
     * bytes stream to the bucket with no transaction open and no database connection held (a slow upload would
     * otherwise hold one of the pool's few connections for minutes), then the row is written in a transaction of
     * its own and the object promoted; an object whose row was not committed is discarded.
     */
    private <R> R receive(Runnable check, Upload upload, InputStream body, Function<Supplier<Versioned<DocumentView>>, R> answer,
                          Function<Received, Versioned<DocumentView>> record) {
        DocumentStore store = stores.current();
        if (store.transactional()) {
            return answer.apply(() -> QuarkusTransaction.joiningExisting().timeout(TRANSFER_SECONDS).call(() -> {
                check.run();
                return record.apply(receive(store, upload, body));
            }));
        }
        QuarkusTransaction.requiringNew().run(check);
        Received received = receive(store, upload, body);
        try {
            R response = answer.apply(() -> QuarkusTransaction.joiningExisting().call(() -> record.apply(received)));
            settle(store, received.ref());
            return response;
        } catch (RuntimeException e) {
            settle(store, received.ref());
            throw e;
        }
    }

    /** Promotes the stored object if its row was committed, else discards it (a refusal, a replayed request). */
    private void settle(DocumentStore store, String ref) {
        boolean recorded = QuarkusTransaction.requiringNew().call(() -> DocumentVersion.count(
                "store = ?1 and storageRef = ?2", store.name(), ref) > 0);
        if (recorded) {
            store.promote(ref);
        } else {
            store.discard(ref);
        }
    }

    public void delete(long documentId, String ifMatch) {
        List<DocumentVersion> removed = QuarkusTransaction.joiningExisting().call(() -> deleteRows(documentId, ifMatch));
        for (DocumentVersion version : removed) {
            stores.named(version.store).remove(version.storageRef);
        }
    }

    /** Deletes the rows (and, by a trigger, their large objects); answers the versions whose bytes are elsewhere. */
    private List<DocumentVersion> deleteRows(long documentId, String ifMatch) {
        DossierDocument document = readable(documentId);
        owners.requireWritable(document.owner(), document.kind);
        Versions.requireMatch(ifMatch, document.version);
        DocumentView before = DocumentView.of(document, DocumentVersion.current(document));
        List<DocumentVersion> versions = DocumentVersion.list("document", document);
        for (DocumentVersion version : versions) {
            version.delete();
        }
        document.delete();
        DossierDocument.flush();
        audit.record(AUDIT_ENTITY, documentId, "delete", before, null);
        return versions.stream().filter(v -> !stores.named(v.store).transactional()).toList();
    }

    /** The current version ({@code number} null) or the numbered one, if the caller may read the dossier. */
    @Transactional
    public Content content(long documentId, Integer number) {
        DossierDocument document = readable(documentId);
        DocumentVersion version = number == null ? DocumentVersion.current(document)
                : DocumentVersion.<DocumentVersion>find("document = ?1 and number = ?2", document, number).firstResultOptional()
                        .orElseThrow(() -> ApiException.notFound("Document " + documentId + " has no version " + number + "."));
        return new Content(document.id, version.number, version.fileName, version.mediaType, version.sizeBytes,
                version.sha256, version.store, version.storageRef);
    }

    /** Records that the caller downloaded this version (who read which dossier). */
    @Transactional
    public void recordDownload(Content content, String range) {
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("version", content.number());
        read.put("fileName", content.fileName());
        read.put("sha256", content.sha256());
        if (range != null) {
            read.put("range", range);
        }
        audit.record(AUDIT_ENTITY, content.documentId(), "download", null, read);
    }

    /** Writes {@code length} bytes of the version from {@code offset} on, in a transaction of its own. */
    public void copy(Content content, long offset, long length, OutputStream out) {
        DocumentStore store = stores.named(content.store());
        Runnable transfer = () -> {
            try (InputStream in = store.read(content.ref(), offset, length)) {
                byte[] buffer = new byte[64 * 1024];
                long left = length;
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new IOException("stored object shorter than recorded");
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        if (store.transactional()) {
            QuarkusTransaction.requiringNew().timeout(TRANSFER_SECONDS).run(transfer);
        } else {
            transfer.run();
        }
    }

    /** A stored version as the integrity check reads it. */
    private record Stored(long id, long documentId, int number, String sha256, long size, String store, String ref) {
    }

    /**
     * Reads every stored version back, a hundred rows and one version per transaction, and hashes it against the
     * SHA-256 recorded at upload. Reads every byte: meant for an administrator, off-peak.
     */
    public IntegrityReport verifyAll() {
        long after = 0;
        long checked = 0;
        long bytes = 0;
        long mismatchCount = 0;
        List<IntegrityReport.Mismatch> mismatches = new ArrayList<>();
        while (true) {
            long from = after;
            List<Stored> page = QuarkusTransaction.requiringNew().call(() -> DocumentVersion.<DocumentVersion>find(
                            "id > ?1 order by id", from).range(0, 99).list().stream()
                    .map(v -> new Stored(v.id, v.document.id, v.number, v.sha256, v.sizeBytes, v.store, v.storageRef))
                    .toList());
            if (page.isEmpty()) {
                return new IntegrityReport(checked, bytes, mismatches, mismatchCount);
            }
            for (Stored version : page) {
                after = version.id();
                MeteredInputStream[] read = new MeteredInputStream[1];
                DocumentStore store = stores.named(version.store());
                Supplier<Boolean> check = () -> {
                    try (InputStream in = store.read(version.ref(), 0, -1)) {
                        read[0] = new MeteredInputStream(in, Long.MAX_VALUE);
                        read[0].transferTo(OutputStream.nullOutputStream());
                        return true;
                    } catch (IOException e) {
                        return false;
                    }
                };
                boolean readable = store.transactional()
                        ? QuarkusTransaction.requiringNew().timeout(TRANSFER_SECONDS).call(check::get) : check.get();
                checked++;
                String actual = readable ? read[0].sha256Hex() : null;
                Long actualSize = readable ? read[0].count() : null;
                if (readable) {
                    bytes += actualSize;
                }
                if (!version.sha256().equals(actual) || actualSize == null || actualSize != version.size()) {
                    mismatchCount++;
                    if (mismatches.size() < 100) {
                        mismatches.add(new IntegrityReport.Mismatch(version.documentId(), version.number(), version.sha256(),
                                actual, version.size(), actualSize));
                    }
                }
            }
        }
    }

    /**
     * Streams the body into the store while hashing and counting it, then checks it: its type by its bytes
     * (an archive by its entries, read back from the store: {@link ArchiveInspection}), the declared digest. Any
     * refusal throws, rolling back the stored bytes.
     */
    private Received receive(DocumentStore store, Upload upload, InputStream body) {
        String fileName = fileName(upload.fileName());
        Optional<byte[]> declared = declaredSha256(upload.contentDigest(), upload.digest());
        long limit = config.maxSize().asLongValue();
        String ref = null;
        try {
            BufferedInputStream in = new BufferedInputStream(body, 64 * 1024);
            in.mark(FileTypes.HEAD);
            byte[] head = in.readNBytes(FileTypes.HEAD);
            in.reset();
            if (head.length == 0) {
                throw ApiException.unprocessable("body", "the file is empty");
            }
            String type = FileTypes.ofHead(head, head.length).orElseThrow(DossierService::unsupported);
            MeteredInputStream metered = new MeteredInputStream(in, limit);
            ref = store.write(metered);
            String sha256 = metered.sha256Hex();
            if (declared.isPresent() && !HexFormat.of().formatHex(declared.get()).equals(sha256)) {
                throw ApiException.unprocessable("Content-Digest", "the file's SHA-256 is " + sha256 + ", not the declared "
                        + HexFormat.of().formatHex(declared.get()) + ": the file changed on its way; send it again");
            }
            if (type.equals(FileTypes.ZIP)) {
                String stored = ref;
                try {
                    type = ArchiveInspection.typeOf((offset, length) -> store.read(stored, offset, length), metered.count(),
                            limit).orElseThrow(DossierService::unsupported);
                } catch (ArchiveInspection.Refused hostile) {
                    throw new ApiException(ApiException.Kind.UNSUPPORTED_MEDIA_TYPE, hostile.getMessage(), List.of());
                }
            }
            return new Received(fileName, type, metered.count(), sha256, store.name(), ref);
        } catch (MeteredInputStream.TooLarge e) {
            throw discarding(store, ref, new ApiException(ApiException.Kind.PAYLOAD_TOO_LARGE, "The file is larger than the "
                    + limit / (1024 * 1024) + " MiB the service accepts per document.", List.of()));
        } catch (IOException e) {
            throw discarding(store, ref, ApiException.badRequest("body",
                    "the upload broke off before the file was complete; nothing was stored"));
        } catch (RuntimeException refused) {
            throw discarding(store, ref, refused);
        }
    }

    /** Removes what was written of a refused file (outside the database; a rollback takes a large object). */
    private static RuntimeException discarding(DocumentStore store, String ref, RuntimeException refusal) {
        if (ref != null) {
            store.discard(ref);
        }
        return refusal;
    }

    private static DocumentVersion version(DossierDocument document, int number, Received received, String uploadedBy) {
        DocumentVersion version = new DocumentVersion();
        version.document = document;
        version.number = number;
        version.fileName = received.fileName();
        version.mediaType = received.mediaType();
        version.sizeBytes = received.size();
        version.sha256 = received.sha256();
        version.store = received.store();
        version.storageRef = received.ref();
        version.uploadedBy = uploadedBy;
        version.uploadedAt = OffsetDateTime.now();
        return version;
    }

    private static ApiException unsupported() {
        return new ApiException(ApiException.Kind.UNSUPPORTED_MEDIA_TYPE, "The file is not a " + FileTypes.ACCEPTED
                + " file, judged by its content (not by its name or declared type). Executables, archives, HTML and SVG "
                + "are refused.", List.of());
    }

    /** The SHA-256 the sender declared in Content-Digest (RFC 9530) or Digest (RFC 3230), if any. */
    static Optional<byte[]> declaredSha256(String contentDigest, String digest) {
        String header = contentDigest != null ? contentDigest : digest;
        String name = contentDigest != null ? "Content-Digest" : "Digest";
        if (header == null) {
            return Optional.empty();
        }
        for (String member : header.split(",")) {
            int eq = member.indexOf('=');
            if (eq > 0 && member.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("sha-256")) {
                String value = member.substring(eq + 1).strip();
                if (value.length() > 2 && value.startsWith(":") && value.endsWith(":")) {
                    value = value.substring(1, value.length() - 1);
                }
                try {
                    byte[] sha = Base64.getDecoder().decode(value);
                    if (sha.length == 32) {
                        return Optional.of(sha);
                    }
                } catch (IllegalArgumentException e) {
                    // answered below
                }
                throw ApiException.badRequest(name, "sha-256 must be the 32 bytes of the digest in base64, e.g. "
                        + "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");
            }
        }
        throw ApiException.badRequest(name, "must carry a sha-256 digest, e.g. sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:");
    }

    /** The name without any directory part, in NFC, without control characters. */
    static String fileName(String sent) {
        if (sent == null || sent.isBlank()) {
            throw ApiException.unprocessable("fileName", "must be given: the file's name, e.g. Tờ trình Cờ thi đua 2023.pdf");
        }
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > 255) {
            throw ApiException.unprocessable("fileName", "must be a file name of 1 to 255 characters");
        }
        return name;
    }

    private static String title(String sent, boolean required) {
        if (sent == null || sent.isBlank()) {
            if (required) {
                throw ApiException.unprocessable("title", "must be given, e.g. Tờ trình đề nghị tặng Cờ thi đua của Chính phủ");
            }
            return null;
        }
        String title = Normalizer.normalize(sent.strip(), Normalizer.Form.NFC);
        if (title.length() > 300) {
            throw ApiException.unprocessable("title", "must be at most 300 characters");
        }
        return title;
    }

    private DossierDocument readable(long documentId) {
        DossierDocument document = DossierDocument.<DossierDocument>findByIdOptional(documentId)
                .orElseThrow(() -> ApiException.notFound("No document has id " + documentId + "."));
        try {
            owners.requireReadable(document.owner());
        } catch (ApiException e) {
            if (e.kind() == ApiException.Kind.NOT_FOUND) {
                throw ApiException.notFound("No document has id " + documentId + ".");
            }
            throw e;
        }
        return document;
    }

    private static Versioned<DocumentView> versioned(DossierDocument document, DocumentVersion current) {
        return new Versioned<>(DocumentView.of(document, current), document.version);
    }

    private static List<DocumentView> views(List<DossierDocument> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        Map<Long, DocumentVersion> current = DocumentVersion.<DocumentVersion>find(
                        "document in ?1 order by number desc", documents).list().stream()
                .collect(Collectors.toMap(v -> v.document.id, Function.identity(), (newer, older) -> newer));
        return documents.stream().map(d -> DocumentView.of(d, current.get(d.id))).toList();
    }
}
