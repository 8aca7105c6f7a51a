package vn.thidua.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
import vn.thidua.access.AccessPolicy;
import vn.thidua.common.ApiException;
import vn.thidua.dossier.DocumentKind;
import vn.thidua.dossier.DossierOwner;
import vn.thidua.dossier.OwnerKind;
import vn.thidua.dossier.OwnerRef;

/** A report's dossier: changed while the report is being written (DRAFT, RETURNED), by its province or central staff. */
@ApplicationScoped
class ReportDossier implements DossierOwner {

    private final AccessPolicy access;

    ReportDossier(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public OwnerKind kind() {
        return OwnerKind.REPORT;
    }

    @Override
    public void requireReadable(OwnerRef owner) {
        readable(owner.id());
    }

    @Override
    public void requireWritable(OwnerRef owner, DocumentKind kind) {
        Report r = readable(owner.id());
        if (r.status != ReportStatus.DRAFT && r.status != ReportStatus.RETURNED) {
            throw ApiException.notAllowedNow("The dossier of report " + r.id + " is closed: it is " + r.status
                    + ". Documents change while it is DRAFT or RETURNED.", List.of());
        }
        access.requireOwner(r.province, "change the dossier of this report");
    }

    private Report readable(long id) {
        Supplier<ApiException> notFound = () -> ApiException.notFound("No report has id " + id + ".");
        Report r = Report.<Report>findByIdOptional(id).orElseThrow(notFound);
        access.requireVisible(r.province, r.submittedAt != null, notFound);
        return r;
    }
}
