package vn.thidua.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import vn.thidua.common.Idempotency;
import vn.thidua.dossier.DossierService.Upload;

/**
 * The HTTP answer to an upload, shared by the documents resources of recommendations, reports and conferences: the
 * document created once per Idempotency-Key (the key covers the owner and the parameters, not the bytes), 201 with
 * its Location, or the earlier answer replayed while the caller may still read the document.
 */
@ApplicationScoped
class DocumentUploads {

    private final DossierService dossiers;
    private final Idempotency idempotency;

    DocumentUploads(DossierService dossiers, Idempotency idempotency) {
        this.dossiers = dossiers;
        this.idempotency = idempotency;
    }

    Response upload(String operation, OwnerRef owner, UploadParameters parameters, InputStream body) {
        record Request(OwnerKind ownerKind, long ownerId, Upload upload) {
        }
        Upload upload = parameters.upload();
        return dossiers.upload(owner, upload, body, create -> idempotency.create(parameters.idempotencyKey, operation,
                new Request(owner.kind(), owner.id(), upload), create, created -> URI.create("/api/v1/documents/" + created.id()),
                view -> dossiers.read(view.path("id").asLong())));
    }
}
