package vn.thidua.dossier;

/** The contract's prose and examples shared by the dossier endpoints. */
final class DossierDocs {

    static final String UPLOAD = "The file is the body, sent as it is (`Content-Type: application/octet-stream`, or "
            + "any other type: the service judges the type by the bytes, never by the name or the declared type). "
            + "Accepted: PDF, DOCX, XLSX, ODT, JPEG, PNG, at most 20 MiB per file (THIDUA_DOCUMENTS_MAX_SIZE); an "
            + "executable, another archive, one whose entries escape it, HTML or SVG is refused with 415, a larger file "
            + "with 413. The kind, title and file name are query parameters (UTF-8, percent-encoded: Vietnamese names "
            + "round-trip). Send `Content-Digest: sha-256=:<base64>:` (RFC 9530; `Digest: SHA-256=<base64>` is read too) "
            + "to have the service check the bytes it received (422 when they differ). A refused or broken-off upload "
            + "leaves nothing stored. Raw bytes rather than multipart, so that a portal streams a file with one "
            + "`fetch` and a generated client sends a file as one argument.";

    static final String DOCUMENT_EXAMPLE = """
            {"id": 7, "ownerKind": "award-recommendation", "ownerId": 1, "ownerHref": "/api/v1/award-recommendations/1",
             "kind": "PROPOSAL_LETTER", "title": "Tờ trình đề nghị tặng Cờ thi đua của Chính phủ năm 2023",
             "currentVersion": 1,
             "current": {"number": 1, "fileName": "Tờ trình Cờ thi đua 2023 - Nam Định.pdf", "mediaType": "application/pdf",
                         "sizeBytes": 48213, "sha256": "3b1f9a0c5d8e2f7a6b4c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a",
                         "uploadedBy": "can-bo-thi-dua@namdinh.gov.vn", "uploadedAt": "2024-03-05T09:15:00+07:00",
                         "contentHref": "/api/v1/documents/7/versions/1/content"},
             "contentHref": "/api/v1/documents/7/content",
             "createdAt": "2024-03-05T09:15:00+07:00", "updatedAt": "2024-03-05T09:15:00+07:00"}""";

    static final String REPORT_DOCUMENT_EXAMPLE = """
            {"id": 12, "ownerKind": "report", "ownerId": 41, "ownerHref": "/api/v1/reports/41",
             "kind": "OTHER", "title": "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 (bản có chữ ký)",
             "currentVersion": 1,
             "current": {"number": 1, "fileName": "Báo cáo tổng kết năm 2023 - Hà Nam.pdf", "mediaType": "application/pdf",
                         "sizeBytes": 215904, "sha256": "9c2e4b7a1f0d3c5e8b6a4f2d0c9e7b5a3f1d8c6e4b2a0f9d7c5e3b1a8f6d4c2e",
                         "uploadedBy": "can-bo-thi-dua@hanam.gov.vn", "uploadedAt": "2023-12-20T10:00:00+07:00",
                         "contentHref": "/api/v1/documents/12/versions/1/content"},
             "contentHref": "/api/v1/documents/12/content",
             "createdAt": "2023-12-20T10:00:00+07:00", "updatedAt": "2023-12-20T10:00:00+07:00"}""";

    static final String BODY_EXAMPLE = "The bytes of the file, e.g. Tờ trình số 125/TTr-UBND of Ủy ban nhân dân tỉnh Nam Định "
            + "as a PDF; any accepted type (PDF, DOCX, XLSX, ODT, JPEG, PNG) may be sent as application/octet-stream.";

    static final String VERSIONS_EXAMPLE = """
            {"items": [
              {"number": 2, "fileName": "Tờ trình Cờ thi đua 2023 - Nam Định (bản sửa).pdf", "mediaType": "application/pdf",
               "sizeBytes": 49107, "sha256": "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
               "uploadedBy": "can-bo-thi-dua@namdinh.gov.vn", "uploadedAt": "2024-03-12T14:20:00+07:00",
               "contentHref": "/api/v1/documents/7/versions/2/content"},
              {"number": 1, "fileName": "Tờ trình Cờ thi đua 2023 - Nam Định.pdf", "mediaType": "application/pdf",
               "sizeBytes": 48213, "sha256": "3b1f9a0c5d8e2f7a6b4c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a",
               "uploadedBy": "can-bo-thi-dua@namdinh.gov.vn", "uploadedAt": "2024-03-05T09:15:00+07:00",
               "contentHref": "/api/v1/documents/7/versions/1/content"}],
             "page": 0, "size": 20, "total": 2}""";

    static final String TOO_LARGE = "The file is larger than the service accepts per document (20 MiB unless configured "
            + "otherwise). Nothing was stored.";
    static final String UNSUPPORTED = "The file's bytes are not those of a PDF, DOCX, XLSX, ODT, JPEG or PNG file (an "
            + "executable, another archive, one whose entries escape it, HTML, SVG...). Nothing was stored.";
    static final String INVALID = "A missing or invalid title or file name, an empty file, or a declared SHA-256 "
            + "(Content-Digest or Digest) that does not match the bytes received. Nothing was stored.";

    private DossierDocs() {
    }
}
